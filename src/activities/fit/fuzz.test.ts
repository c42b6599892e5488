// Fuzz: thousands of seeded mutations of real FIT files (and of generated ones when the corpus is absent):
// bit flips, truncation, swapped and deleted bytes, random header sizes. decodeFit must always return a
// well-formed result, never throw, and do work bounded by the input (a hang would trip vitest's timeout).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir, hasCorpus } from "../../../test/corpus.ts";
import { decodeFit, type FitDecodeResult } from "./decode-fit.ts";
import { activityFit, concatBytes, settingsFit } from "./fit-fixtures.ts";
import { COMMON_MUTATIONS, expectSaneActivity, int, prng, type Mutation } from "../../../test/seeded-mutations.ts";

const CASES = Number(process.env.FIT_FUZZ_CASES ?? 3000);
/** Override to explore other mutation streams: FIT_FUZZ_SEED=7 npx vitest run src/activities/fit/fuzz.test.ts */
const SEED = Number(process.env.FIT_FUZZ_SEED ?? 20_240_501);
/** Larger corpus files are cut to this size first, to keep the whole run within a few seconds. */
const MAX_SOURCE_BYTES = 96 * 1024;

function sources(): Uint8Array[] {
  const generated = [
    activityFit({ records: 300 }),
    settingsFit(),
    concatBytes(activityFit({ records: 50 }), settingsFit()),
  ];
  if (!hasCorpus) return generated;
  const dirs = [join(corpusDir, "fit"), join(corpusDir, "fit/odd")];
  const files = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith(".fit"))
      .map((f) => join(d, f)),
  );
  const real = files
    .filter((f) => statSync(f).size > 0)
    .map((f) => new Uint8Array(readFileSync(f).subarray(0, MAX_SOURCE_BYTES)));
  return [...real, ...generated];
}

const MUTATIONS: readonly (readonly [string, Mutation])[] = [
  ...COMMON_MUTATIONS,
  [
    "random header",
    (b, rnd) => {
      const out = b.slice();
      if (out.length >= 8) {
        out[0] = int(rnd, 256);
        new DataView(out.buffer).setUint32(4, int(rnd, 3) === 0 ? 0 : int(rnd, 2 ** 32), true);
      }
      return out;
    },
  ],
];

/** The checks every result must pass, whatever the input. */
function checkWellFormed(r: FitDecodeResult, input: Uint8Array): void {
  if (r.kind === "error") {
    expect(r.reason).not.toMatch(/internal decoder fault/);
    expect(r.reason.length).toBeGreaterThan(0);
    return;
  }
  if (r.kind === "not_activity") return;
  const { samples } = r.activity;
  expect(r.records).toBeLessThanOrEqual(input.length); // each message takes at least one byte
  expect(samples.length).toBeLessThanOrEqual(r.records);
  expect(samples.length).toBeLessThanOrEqual(input.length / 2 + 16);
  expectSaneActivity(r.activity);
}

describe("decodeFit fuzz", () => {
  it(`survives ${CASES} seeded mutations of ${hasCorpus ? "the corpus and generated files" : "generated files (corpus absent)"}`, () => {
    const files = sources();
    const rnd = prng(SEED);
    const counts = { activity: 0, not_activity: 0, error: 0 };
    for (let c = 0; c < CASES; c++) {
      const source = files[int(rnd, files.length)]!;
      let bytes = source;
      for (let m = 1 + int(rnd, 2); m > 0; m--) bytes = MUTATIONS[int(rnd, MUTATIONS.length)]![1](bytes, rnd);
      let r: FitDecodeResult;
      try {
        r = decodeFit(bytes);
      } catch (e) {
        throw new Error(`case ${c} threw: ${String(e)}`);
      }
      checkWellFormed(r, bytes);
      counts[r.kind]++;
    }
    // The mutations must exercise every outcome, or the fuzz is not testing much.
    expect(counts.activity).toBeGreaterThan(CASES / 10);
    expect(counts.error).toBeGreaterThan(CASES / 50);
  });
});

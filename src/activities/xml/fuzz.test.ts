// Fuzz for the XML formats and the dispatcher: thousands of seeded mutations of real GPX and TCX files (and of
// generated ones when the corpus is absent), some gzipped, through importBytes. Every case must end with a
// well-formed result (an activity, not an activity, or an error with a reason), never a throw; the work is
// bounded by the input (a hang would trip vitest's timeout).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { corpusDir, hasCorpus } from "../../../test/corpus.ts";
import { importBytes, type ImportFileResult } from "../import-file.ts";
import { COMMON_MUTATIONS, expectSaneActivity, int, prng, type Mutation } from "../../../test/seeded-mutations.ts";

const CASES = Number(process.env.XML_FUZZ_CASES ?? 2000);
const SEED = Number(process.env.XML_FUZZ_SEED ?? 20_261_127);
/** Larger corpus files are cut to this size first (a cut file is itself a truncation case). */
const MAX_SOURCE_BYTES = 48 * 1024;

function generatedGpx(points: number): string {
  const pts = Array.from({ length: points }, (_, i) => {
    const t = new Date(Date.UTC(2026, 4, 1, 6, 0, i * 5)).toISOString();
    return `<trkpt lat="${(45 + i * 0.0001).toFixed(6)}" lon="7.000000"><ele>${200 + (i % 7)}</ele><time>${t}</time><extensions><ns3:TrackPointExtension><ns3:hr>${140 + (i % 9)}</ns3:hr><ns3:cad>${84 + (i % 3)}</ns3:cad></ns3:TrackPointExtension></extensions></trkpt>`;
  }).join("");
  return `<?xml version="1.0"?><gpx version="1.1" creator="fuzz" xmlns="http://www.topografix.com/GPX/1/1" xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"><trk><type>running</type><trkseg>${pts}</trkseg></trk></gpx>`;
}

function generatedTcx(points: number): string {
  const pts = Array.from({ length: points }, (_, i) => {
    const t = new Date(Date.UTC(2026, 4, 1, 6, 0, i * 5)).toISOString();
    return `<Trackpoint><Time>${t}</Time><DistanceMeters>${i * 15}</DistanceMeters><HeartRateBpm><Value>${150}</Value></HeartRateBpm><Extensions><TPX><Speed>3.0</Speed><RunCadence>86</RunCadence></TPX></Extensions></Trackpoint>`;
  }).join("");
  return `  <?xml version="1.0"?><TrainingCenterDatabase><Activities><Activity Sport="Running"><Id>2026-05-01T06:00:00Z</Id><Lap StartTime="2026-05-01T06:00:00Z"><Track>${pts}</Track></Lap></Activity></Activities></TrainingCenterDatabase>`;
}

function sources(): { name: string; bytes: Uint8Array }[] {
  const enc = new TextEncoder();
  const generated = [
    { name: "gen.gpx", bytes: enc.encode(generatedGpx(200)) },
    { name: "gen.tcx", bytes: enc.encode(generatedTcx(200)) },
  ];
  const real = !hasCorpus
    ? []
    : ["gpx", "gpx/odd", "tcx", "tcx/odd"].flatMap((d) =>
        readdirSync(join(corpusDir, d))
          .filter((f) => /\.(gpx|tcx)$/.test(f) && statSync(join(corpusDir, d, f)).size > 0)
          .map((f) => ({
            name: f,
            bytes: new Uint8Array(readFileSync(join(corpusDir, d, f)).subarray(0, MAX_SOURCE_BYTES)),
          })),
      );
  return [...real, ...generated];
}

/** The common mutations, and a repeated slice (duplicated elements, unbalanced tags). */
const MUTATIONS: readonly Mutation[] = [
  ...COMMON_MUTATIONS.map(([, m]) => m),
  (b, rnd) => {
    const from = int(rnd, b.length + 1);
    const to = Math.min(b.length, from + int(rnd, 256));
    const out = new Uint8Array(b.length + (to - from));
    out.set(b.subarray(0, to));
    out.set(b.subarray(from), to);
    return out;
  },
];

function checkWellFormed(r: ImportFileResult): void {
  expect(["activity", "not_activity", "error"]).toContain(r.kind);
  if (r.kind === "error") expect((r.error ?? "").length).toBeGreaterThan(0);
  if (r.kind !== "activity" || !r.activity) return;
  expectSaneActivity(r.activity);
}

describe("GPX/TCX import fuzz", () => {
  it(`survives ${CASES} seeded mutations of ${hasCorpus ? "the corpus and generated files" : "generated files (corpus absent)"}`, () => {
    const files = sources();
    const rnd = prng(SEED);
    const counts = { activity: 0, not_activity: 0, error: 0 };
    for (let c = 0; c < CASES; c++) {
      const source = files[int(rnd, files.length)]!;
      let bytes = source.bytes;
      for (let m = 1 + int(rnd, 2); m > 0; m--) bytes = MUTATIONS[int(rnd, MUTATIONS.length)]!(bytes, rnd);
      // One case in eight goes through the gzip path, and half of those are then damaged too.
      let name = source.name;
      if (int(rnd, 8) === 0) {
        bytes = new Uint8Array(gzipSync(bytes));
        name += ".gz";
        if (int(rnd, 2) === 0) bytes = MUTATIONS[int(rnd, 2)]!(bytes, rnd);
      }
      let r: ImportFileResult;
      try {
        r = importBytes(name, bytes);
      } catch (e) {
        throw new Error(`case ${c} (${name}) threw: ${String(e)}`);
      }
      checkWellFormed(r);
      counts[r.kind]++;
    }
    expect(counts.activity).toBeGreaterThan(CASES / 10);
    expect(counts.error).toBeGreaterThan(0);
  });
});

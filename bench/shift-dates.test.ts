// The synthetic export moves real files to other days: every corpus activity, decoded after the move, must be
// the same activity (same samples, laps, summary, warnings) starting exactly that many days later.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Decoder, Stream } from "@garmin/fitsdk";
import { describe, expect, it } from "vitest";
import { decodeFit } from "../src/activities/fit/decode-fit.ts";
import { activityFit, FIXTURE_START } from "../src/activities/fit/fit-fixtures.ts";
import { decodeGpx } from "../src/activities/gpx/decode-gpx.ts";
import { decodeTcx } from "../src/activities/tcx/decode-tcx.ts";
import { corpusDir, hasCorpus, noteCorpusSkip } from "../test/corpus.ts";
import { shiftFitDays, shiftXmlDays } from "./shift-dates.ts";

noteCorpusSkip("shift-dates");

const DAYS = -1234;
/** FIT time 0x10000000: values below it are seconds since the device powered on. */
const DEVICE_TIME_END = new Date((631065600 + 0x10000000) * 1000).toISOString();
const moved = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();

function corpus(folder: string, ext: RegExp): { name: string; bytes: Uint8Array }[] {
  if (!hasCorpus) return [];
  return readdirSync(join(corpusDir, folder))
    .filter((f) => ext.test(f))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(corpusDir, folder, name));
      return { name, bytes: name.endsWith(".gz") ? gunzipSync(raw) : raw };
    });
}

type Decoded = ReturnType<typeof decodeFit>;

function expectSameActivityMoved(before: Decoded, after: Decoded, days: number): void {
  expect(after.kind).toBe(before.kind);
  if (before.kind !== "activity" || after.kind !== "activity") return;
  const a = before.activity;
  const b = after.activity;
  expect(b.start).toBe(moved(a.start, days));
  expect(b.laps.map((l) => l.start)).toEqual(a.laps.map((l) => moved(l.start, days)));
  expect(b.laps.map((l) => [l.durationS, l.distanceM])).toEqual(
    a.laps.map((l) => [l.durationS, l.distanceM]),
  );
  expect(b.samples).toEqual(a.samples);
  expect(b.summary).toEqual(a.summary);
  expect(b.sport).toBe(a.sport);
  expect(b.device).toBe(a.device);
  expect(after.records).toBe(before.records);
  expect(after.warnings).toEqual(before.warnings);
}

/** Every date the Garmin SDK reads from the file (any message, any field), in file order, as ISO strings. */
function sdkDates(bytes: Uint8Array): string[] {
  const { messages } = new Decoder(Stream.fromByteArray(Array.from(bytes))).read({
    mergeHeartRates: false,
    expandComponents: false,
    applyScaleAndOffset: false,
  });
  const out: string[] = [];
  for (const [kind, list] of Object.entries(messages as Record<string, Record<string, unknown>[]>))
    list.forEach((m, i) => {
      for (const [field, value] of Object.entries(m))
        if (value instanceof Date) out.push(`${kind}[${i}].${field}=${value.toISOString()}`);
    });
  return out;
}

describe("shiftFitDays", () => {
  it("moves a generated activity's dates and keeps its CRC right", () => {
    const file = activityFit({ records: 120 });
    const out = shiftFitDays(file, 10);
    expect(out.complete).toBe(true);
    expect(out.shifted).toBeGreaterThan(120);
    const decoded = decodeFit(out.bytes);
    expect(decoded.kind).toBe("activity");
    if (decoded.kind !== "activity") return;
    expect(decoded.activity.start).toBe(moved(FIXTURE_START.toISOString(), 10));
    expect(decoded.warnings).toEqual([]);
    // The input is not changed.
    expect(decodeFit(file)).toMatchObject({ activity: { start: FIXTURE_START.toISOString() } });
  });

  it("says where it stopped on a cut file and leaves the rest as it was", () => {
    const file = activityFit({ records: 120 });
    const cut = file.subarray(0, Math.floor(file.length * 0.6));
    const out = shiftFitDays(cut, 3);
    expect(out.bytes.length).toBe(cut.length);
    const decoded = decodeFit(out.bytes);
    expect(decoded.kind).toBe("activity");
    if (decoded.kind === "activity")
      expect(decoded.activity.start).toBe(moved(FIXTURE_START.toISOString(), 3));
  });

  it.skipIf(!hasCorpus)("every corpus FIT file decodes to the same activity, moved", () => {
    const files = corpus("fit", /\.fit(\.gz)?$/);
    expect(files.length).toBeGreaterThan(30);
    let activities = 0;
    for (const { name, bytes } of files) {
      const before = decodeFit(bytes);
      const out = shiftFitDays(bytes, DAYS);
      try {
        expectSameActivityMoved(before, decodeFit(out.bytes), DAYS);
      } catch (e) {
        throw new Error(`${name}: ${(e as Error).message}`, { cause: e });
      }
      if (before.kind === "activity") activities++;
    }
    expect(activities).toBeGreaterThan(30);
  });

  it.skipIf(!hasCorpus)(
    "moves every date the Garmin SDK reads, in every message of every corpus FIT file",
    () => {
      let dates = 0;
      for (const { name, bytes } of corpus("fit", /\.fit(\.gz)?$/)) {
        // Values below 0x10000000 (the SDK shows them as dates in 1998 or before) are device time: not moved.
        const before = sdkDates(bytes).map((d) =>
          d.replace(/=(.*)$/, (_, iso: string) => `=${iso < DEVICE_TIME_END ? iso : moved(iso, DAYS)}`),
        );
        expect(sdkDates(shiftFitDays(bytes, DAYS).bytes), name).toEqual(before);
        dates += before.length;
      }
      expect(dates).toBeGreaterThan(1000);
    },
  );
});

describe("shiftXmlDays", () => {
  it("moves dates across month, year and leap-day ends, keeping time, fraction and zone", () => {
    const text =
      "<time>2020-02-28T23:59:59Z</time><time>2019-12-31T08:00:00.250+02:00</time><Id>2016-03-01T00:00:00-05:00</Id><name>Run 2020-02-28</name>";
    const { text: out, shifted } = shiftXmlDays(text, 1);
    expect(shifted).toBe(3);
    expect(out).toBe(
      "<time>2020-02-29T23:59:59Z</time><time>2020-01-01T08:00:00.250+02:00</time><Id>2016-03-02T00:00:00-05:00</Id><name>Run 2020-02-28</name>",
    );
  });

  it.skipIf(!hasCorpus)("every corpus GPX and TCX file decodes to the same activity, moved", () => {
    const files = [
      ...corpus("gpx", /\.gpx$/).map((f) => ({ ...f, decode: decodeGpx })),
      ...corpus("tcx", /\.tcx$/).map((f) => ({ ...f, decode: decodeTcx })),
    ];
    expect(files.length).toBeGreaterThan(20);
    let activities = 0;
    for (const { name, bytes, decode } of files) {
      const before = decode(bytes);
      const out = new TextEncoder().encode(shiftXmlDays(new TextDecoder().decode(bytes), DAYS).text);
      try {
        expectSameActivityMoved(before as Decoded, decode(out) as Decoded, DAYS);
      } catch (e) {
        throw new Error(`${name}: ${(e as Error).message}`, { cause: e });
      }
      if (before.kind === "activity") activities++;
    }
    expect(activities).toBeGreaterThan(15);
  });
});

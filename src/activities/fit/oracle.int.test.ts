// Correctness oracle: every FIT file of the shared corpus decoded by ours and by Garmin's SDK must agree on
// record count, start time, total distance and duration, and on every record's channels. Known differences
// are listed with their reason, so any new difference fails. (The SDK is a reference only: never timed.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { Decoder, Stream, type RecordMesg } from "@garmin/fitsdk";
import { corpusDir, hasCorpus, noteCorpusSkip, corpusFitFiles } from "../../../test/corpus.ts";
import type { Activity } from "../activity.ts";
import { decodeFit } from "./decode-fit.ts";

interface Facts {
  readonly records: number;
  readonly start: string | null;
  readonly distanceM: number;
  readonly durationS: number;
}

/** Why our decoder and the SDK legitimately disagree on a file, and what we must produce for it. */
const KNOWN_DIFFERENCES: Readonly<Record<string, { readonly why: string; readonly ours: string }>> = {
  "fitparse__antfs-dump.63.fit": {
    why: "compressed-timestamp record headers: the SDK stops ('not currently supported'), we decode them",
    ours: "activity, 686 records",
  },
  "fitparse__compressed-speed-distance.fit": {
    why: "compressed timestamps (FR70): the SDK stops, we decode them and the compressed speed/distance",
    ours: "activity, 755 records",
  },
  "sportslib__empty-activities.fit": {
    why: "unfinalised recording (header data size 0): the SDK stops at a CRC error at byte 14, we read to the end",
    ours: "activity, 2319 records",
  },
  "fitparse__strava-android-app-201.10-b1218918.fit": {
    why: "Strava Android app: some records are a byte shorter than their definition; the SDK stops at the first (byte 7471, 473 records), we resynchronise after each and drop the misread record",
    ours: "activity, 4884 records",
  },
  "fittrackee__example-course.fit": {
    why: "a course (file type 6), not an activity: we stop after file_id by design, the SDK reads its 25 points",
    ours: "not_activity",
  },
};

function readCorpusFile(path: string): Uint8Array {
  const raw = readFileSync(path);
  const bytes = path.endsWith(".gz") ? gunzipSync(raw) : raw;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Heart rate the SDK merges into records from `hr` messages (HRM-Swim/Tri store it during swims); we read only record.heart_rate. */
const HEART_RATE_FROM_HR_MESSAGES: ReadonlySet<string> = new Set([
  "fitparse__event_timestamp.fit",
  "fitparse__sample_mulitple_header.fit",
]);

function sdkRecords(bytes: Uint8Array): RecordMesg[] {
  return new Decoder(Stream.fromByteArray(bytes)).read().messages.recordMesgs ?? [];
}

function sdkFacts(records: readonly RecordMesg[]): Facts {
  const times = records.flatMap((r) => (r.timestamp instanceof Date ? [r.timestamp.getTime() / 1000] : []));
  const distanceM = Math.max(0, ...records.map((r) => (typeof r.distance === "number" ? r.distance : 0)));
  const first = times[0];
  const last = times.at(-1);
  return {
    records: records.length,
    start: first === undefined ? null : new Date(first * 1000).toISOString(),
    distanceM,
    durationS: first === undefined || last === undefined ? 0 : last - first,
  };
}

/** Our facts, or a one-word description of a non-activity result. */
function ourFacts(r: ReturnType<typeof decodeFit>): Facts | string {
  if (r.kind !== "activity") return r.kind;
  const a = r.activity;
  return {
    records: r.records,
    start: a.samples.length > 0 ? a.start : null,
    distanceM: a.summary.distanceM,
    durationS: a.summary.durationS,
  };
}

/** Null when they agree (within rounding), else what differs. */
function difference(ours: Facts | string, sdk: Facts): string | null {
  if (typeof ours === "string")
    return sdk.records === 0 ? null : `ours: ${ours}; SDK: ${sdk.records} records`;
  const diffs: string[] = [];
  if (ours.records !== sdk.records) diffs.push(`records ${ours.records} vs ${sdk.records}`);
  if (ours.start !== sdk.start) diffs.push(`start ${ours.start} vs ${sdk.start}`);
  if (Math.abs(ours.distanceM - sdk.distanceM) > 1)
    diffs.push(`distance ${ours.distanceM.toFixed(1)} vs ${sdk.distanceM.toFixed(1)} m`);
  if (Math.abs(ours.durationS - sdk.durationS) > 1)
    diffs.push(`duration ${ours.durationS} vs ${sdk.durationS} s`);
  return diffs.length === 0 ? null : diffs.join("; ");
}

/**
 * Per channel, how many SDK records disagree with our sample at the same time. Records sharing a timestamp
 * are left out: we merge them into one sample by design.
 */
function channelMismatches(a: Activity, records: readonly RecordMesg[]): Record<string, number> {
  const startS = Date.parse(a.start) / 1000;
  const s = a.samples;
  const index = new Map<number, number>();
  for (let i = 0; i < s.length; i++) index.set(s.time[i]!, i);
  const perTime = new Map<number, number>();
  for (const r of records)
    if (r.timestamp instanceof Date)
      perTime.set(r.timestamp.getTime(), (perTime.get(r.timestamp.getTime()) ?? 0) + 1);
  const cadenceFactor = a.sport === "running" || a.sport === "walking" || a.sport === "hiking" ? 2 : 1;
  const mismatches: Record<string, number> = {};
  const compare = (channel: string, sdk: unknown, ours: number, tolerance: number): void => {
    if (typeof sdk === "number" && !(Math.abs(sdk - ours) <= tolerance))
      mismatches[channel] = (mismatches[channel] ?? 0) + 1;
  };
  for (const r of records) {
    if (!(r.timestamp instanceof Date) || perTime.get(r.timestamp.getTime()) !== 1) continue;
    const i = index.get(r.timestamp.getTime() / 1000 - startS);
    if (i === undefined) {
      mismatches["missing sample"] = (mismatches["missing sample"] ?? 0) + 1;
      continue;
    }
    const semicircles = (v: unknown): unknown => (typeof v === "number" ? (v * 180) / 2 ** 31 : v);
    const cadence =
      typeof r.cadence === "number" ? (r.cadence + (r.fractionalCadence ?? 0)) * cadenceFactor : undefined;
    compare("heartRate", r.heartRate, s.heartRate[i]!, 0);
    compare("speed", r.enhancedSpeed ?? r.speed, s.speed[i]!, 1e-6);
    compare("altitude", r.enhancedAltitude ?? r.altitude, s.altitude[i]!, 1e-6);
    compare("distance", r.distance, s.distance[i]!, 1e-6);
    compare("latitude", semicircles(r.positionLat), s.latitude[i]!, 1e-9);
    compare("longitude", semicircles(r.positionLong), s.longitude[i]!, 1e-9);
    compare("cadence", cadence, s.cadence[i]!, 1e-6);
  }
  return mismatches;
}

function describeOurs(ours: Facts | string): string {
  return typeof ours === "string" ? ours : `activity, ${ours.records} records`;
}


noteCorpusSkip("FIT oracle (ours vs @garmin/fitsdk)");

describe.skipIf(!hasCorpus)("FIT oracle: ours vs @garmin/fitsdk on the corpus", () => {
  const report: string[] = [];
  afterAll(() => {
    if (report.length > 0) console.log(`FIT files where ours and the SDK differ:\n${report.join("\n")}`);
  });

  it.each(corpusFitFiles())("%s", (path) => {
    const name = path.split("/").at(-1)!;
    const bytes = readCorpusFile(join(corpusDir, path));
    const result = decodeFit(bytes);
    const records = sdkRecords(bytes);
    const ours = ourFacts(result);
    const diff = difference(ours, sdkFacts(records));
    const known = KNOWN_DIFFERENCES[name];
    if (known === undefined) {
      expect(diff, `new difference on ${name}`).toBeNull();
      if (result.kind !== "activity") return;
      const mismatches = channelMismatches(result.activity, records);
      if (HEART_RATE_FROM_HR_MESSAGES.has(name)) {
        expect(
          mismatches["heartRate"],
          `${name}: remove it from HEART_RATE_FROM_HR_MESSAGES`,
        ).toBeGreaterThan(0);
        delete mismatches["heartRate"];
      }
      expect(mismatches, `channels that differ on ${name}`).toEqual({});
      return;
    }
    report.push(`  ${name}: ${diff ?? "(no longer differs)"} -- ${known.why}`);
    expect(diff, `${name} no longer differs: remove it from KNOWN_DIFFERENCES`).not.toBeNull();
    expect(describeOurs(ours)).toBe(known.ours);
  });

  it("lists only files that exist", () => {
    const names = new Set(corpusFitFiles().map((p) => p.split("/").at(-1)));
    expect(Object.keys(KNOWN_DIFFERENCES).filter((n) => !names.has(n))).toEqual([]);
  });
});

import { describe, it, expect } from "vitest";
import { decodeFit, type FitDecodeResult } from "./decode-fit.ts";
import { activityFit, concatBytes, FIXTURE_START, settingsFit } from "./fit-fixtures.ts";

function activityOf(r: FitDecodeResult) {
  if (r.kind !== "activity") throw new Error(`expected an activity, got ${JSON.stringify(r)}`);
  return r;
}

describe("decodeFit on files written by Garmin's encoder", () => {
  const file = activityFit({ records: 600, speedMps: 3, cadence: 85 });

  it("decodes an activity: records, start, device, samples, laps and summary", () => {
    const r = activityOf(decodeFit(file, { highSpeedMps: 2.5 }));
    const a = r.activity;
    expect(r.records).toBe(600);
    expect(r.warnings).toEqual([]);
    expect(a).toMatchObject({
      format: "fit",
      sport: "running",
      start: FIXTURE_START.toISOString(),
      device: "Garmin Fenix 5",
    });
    expect(a.samples.length).toBe(600);
    expect(a.samples.time[599]).toBe(599);
    expect(a.samples.latitude[0]).toBeCloseTo(45, 6);
    expect(a.samples.longitude[0]).toBeCloseTo(7, 6);
    expect(a.samples.altitude[10]).toBeCloseTo(110, 6);
    expect(a.samples.heartRate[0]).toBe(150);
    expect(a.laps).toEqual([{ start: FIXTURE_START.toISOString(), durationS: 599, distanceM: 1797 }]);
    expect(a.summary).toMatchObject({
      durationS: 599,
      movingTimeS: 599,
      distanceM: 1797,
      maxSpeedMps: 3,
      timeAboveHighSpeedS: 599,
    });
  });

  it("has no UTC offset without activity.local_timestamp", () => {
    expect(activityOf(decodeFit(file)).activity.utcOffsetS).toBeNull();
  });

  it.each([
    [-8 * 3600, -8 * 3600],
    [5.5 * 3600, 5.5 * 3600],
    [-8 * 3600 + 3, -8 * 3600], // clocks a few seconds apart: whole quarter hours
    [14 * 3600, 14 * 3600],
    [15 * 3600, null], // beyond any time zone: a clock that was wrong
  ])("reads activity.local_timestamp %d s from UTC as the offset %s", (written, offset) => {
    const r = activityOf(decodeFit(activityFit({ records: 30, localOffsetS: written })));
    expect(r.activity.utcOffsetS).toBe(offset);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    ["running", "generic", "running", 170],
    ["running", "trail", "running", 170],
    ["running", "treadmill", "running", 170],
    ["fitnessEquipment", "treadmill", "running", 170],
    ["walking", "generic", "walking", 170],
    ["hiking", "generic", "hiking", 170],
    ["cycling", "road", "cycling", 85],
    ["swimming", "lapSwimming", "swimming", 85],
    ["tennis", "generic", "other", 85],
  ] as const)("maps sport %s/%s to %s, cadence %d per minute", (sport, subSport, expected, cadence) => {
    const a = activityOf(decodeFit(activityFit({ records: 30, sport, subSport, cadence: 85 }))).activity;
    expect(a.sport).toBe(expected);
    expect(a.summary.avgCadence).toBe(cadence);
  });

  it("skips a non-activity file after its file_id", () => {
    expect(decodeFit(settingsFit())).toEqual({
      kind: "not_activity",
      fileType: 2,
      reason: "file_id.type is 2 (settings), not an activity",
    });
  });

  it("stops right after file_id on a non-activity file: what follows is never read", () => {
    const settings = settingsFit();
    // Header, then file_id's definition (4 fields: type, manufacturer, product, serial) and data message.
    const fileIdEnd = 14 + (6 + 4 * 3) + (1 + 1 + 2 + 2 + 4);
    expect(settings[fileIdEnd]).toBe(0x41); // the next definition's header
    settings.fill(0xff, fileIdEnd, settings.length - 2); // garbage that would break any decoding
    expect(decodeFit(settings)).toMatchObject({ kind: "not_activity", fileType: 2 });
  });

  it("warns on a file CRC mismatch but keeps the data", () => {
    const bad = file.slice();
    bad[bad.length - 1]! ^= 0xff;
    const r = activityOf(decodeFit(bad));
    expect(r.records).toBe(600);
    expect(r.warnings.join()).toMatch(/file CRC mismatch/);
    expect(activityOf(decodeFit(bad, { checkCrc: false })).warnings).toEqual([]);
  });

  it("warns on a header CRC mismatch", () => {
    const bad = file.slice();
    bad[12]! ^= 0x01;
    expect(activityOf(decodeFit(bad)).warnings.join()).toMatch(/header CRC mismatch/);
  });

  it("keeps what a truncated file holds and says where it stopped", () => {
    const cut = file.slice(0, Math.floor(file.length / 2));
    const r = activityOf(decodeFit(cut));
    expect(r.records).toBeGreaterThan(250);
    expect(r.records).toBeLessThan(600);
    expect(r.warnings.join("\n")).toMatch(
      new RegExp(`truncated at byte ${cut.length} after ${r.records} records`),
    );
  });

  it("recovers an unfinalised file whose header data size is 0, or larger than the file", () => {
    for (const size of [0, 10_000_000]) {
      const lying = file.slice();
      new DataView(lying.buffer).setUint32(4, size, true);
      lying.set([0, 0], 12); // no header CRC
      const r = activityOf(decodeFit(lying));
      expect(r.records).toBe(600);
      expect(r.warnings.join()).toMatch(size === 0 ? /data size is 0/ : /exceeds/);
    }
  });

  it("reads chained files: two activities, and an activity followed by a settings file", () => {
    expect(activityOf(decodeFit(concatBytes(file, file))).records).toBe(1200);
    const mixed = activityOf(decodeFit(concatBytes(file, settingsFit())));
    expect(mixed.records).toBe(600);
    expect(mixed.warnings).toEqual([]);
    expect(activityOf(decodeFit(concatBytes(settingsFit(), file))).records).toBe(600);
  });

  it("reports trailing bytes that are not a FIT file", () => {
    const r = activityOf(decodeFit(concatBytes(file, new Uint8Array(20).fill(7))));
    expect(r.records).toBe(600);
    expect(r.warnings.join()).toMatch(/ignored 20 bytes after FIT file 1/);
  });

  it("takes the sport of the longest session in a multisport file, with a warning", () => {
    const swim = activityFit({ records: 100, sport: "swimming" });
    const ride = activityFit({
      records: 300,
      sport: "cycling",
      start: new Date(FIXTURE_START.getTime() + 200_000),
    });
    const r = activityOf(decodeFit(concatBytes(swim, ride)));
    expect(r.activity.sport).toBe("cycling");
    expect(r.warnings.join()).toMatch(/multisport file \(2 sessions: swimming, cycling\)/);
  });
});

describe("decodeFit on input that is not a usable FIT file", () => {
  it.each([
    ["an empty file", new Uint8Array(0), "empty file (0 bytes)"],
    [
      "a short file",
      new Uint8Array([14, 16, 0]),
      "not a FIT file: only 3 bytes at byte 0, a FIT header needs 12",
    ],
    [
      "a text file",
      new TextEncoder().encode("<?xml version='1.0'?><gpx></gpx>"),
      'not a FIT file: no ".FIT" signature at byte 8',
    ],
  ])("%s is an error", (_name, bytes, reason) => {
    expect(decodeFit(bytes)).toEqual({ kind: "error", reason });
  });

  it("is an error when the header is cut before any message", () => {
    const r = decodeFit(activityFit({ records: 10 }).slice(0, 20));
    expect(r.kind).toBe("error");
    expect(r.kind === "error" && r.reason).toMatch(/^no activity data: truncated at byte 20 after 0 records/);
  });
});

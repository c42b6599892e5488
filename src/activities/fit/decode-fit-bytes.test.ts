// Hand-assembled FIT messages for what Garmin's encoder never writes: compressed timestamps, developer
// fields, big-endian definitions, invalid values, compressed speed/distance.
import { describe, it, expect } from "vitest";
import { decodeFit, type FitDecodeResult } from "./decode-fit.ts";
import { activityFileId, BASE, definition, fitFile, uint } from "./fit-fixtures.ts";

const RECORD = 20;
/** A FIT time whose low 5 bits are 30, so compressed offsets roll over soon. */
const T0 = 1_100_000_000 - (1_100_000_000 % 32) + 30;
const TS = { num: 253, size: 4, baseType: BASE.uint32 };
const HR = { num: 3, size: 1, baseType: BASE.uint8 };

function activityOf(r: FitDecodeResult) {
  if (r.kind !== "activity") throw new Error(`expected an activity, got ${JSON.stringify(r)}`);
  return r;
}

describe("decodeFit on hand-assembled messages", () => {
  it("applies compressed timestamp headers, rolling the 5-bit offset over the last timestamp", () => {
    // One message per line:
    // prettier-ignore
    const data = [
      ...activityFileId(),
      ...definition(1, RECORD, [TS, HR]),
      1, ...uint(T0, 4), 100,
      ...definition(0, RECORD, [HR]),
      0x80 | 31, 101, // T0 + 1
      0x80 | 0, 102, // rolls over: T0 + 2
      0x80 | 1, 103, // T0 + 3
      0x80 | 5, 104, // T0 + 7
    ];
    const a = activityOf(decodeFit(fitFile(data))).activity;
    expect([...a.samples.time]).toEqual([0, 1, 2, 3, 7]);
    expect([...a.samples.heartRate]).toEqual([100, 101, 102, 103, 104]);
  });

  it("skips developer fields by their declared sizes", () => {
    // One message per line:
    // prettier-ignore
    const data = [
      ...activityFileId(),
      ...definition(2, RECORD, [TS, HR], { developerSizes: [4, 2] }),
      2, ...uint(T0, 4), 120, 0xde, 0xad, 0xbe, 0xef, 0x12, 0x34,
      2, ...uint(T0 + 1, 4), 121, 1, 2, 3, 4, 5, 6,
    ];
    const r = activityOf(decodeFit(fitFile(data)));
    expect(r.records).toBe(2);
    expect([...r.activity.samples.heartRate]).toEqual([120, 121]);
    expect(r.warnings).toEqual(["no session or sport message: sport unknown"]);
  });

  it("reads big-endian definitions", () => {
    const fields = [
      TS,
      { num: 0, size: 4, baseType: BASE.sint32 },
      { num: 5, size: 4, baseType: BASE.uint32 },
      { num: 6, size: 2, baseType: BASE.uint16 },
    ];
    // One message per line:
    // prettier-ignore
    const data = [
      ...activityFileId(),
      ...definition(3, RECORD, fields, { bigEndian: true }),
      3, ...uint(T0, 4, true), ...uint(2 ** 30, 4, true), ...uint(123_456, 4, true), ...uint(3250, 2, true),
    ];
    const s = activityOf(decodeFit(fitFile(data))).activity.samples;
    expect(s.latitude[0]).toBe(90);
    expect(s.distance[0]).toBeCloseTo(1234.56, 6);
    expect(s.speed[0]).toBeCloseTo(3.25, 6);
  });

  it("turns invalid values into NaN", () => {
    const fields = [
      TS,
      HR,
      { num: 0, size: 4, baseType: BASE.sint32 },
      { num: 5, size: 4, baseType: BASE.uint32 },
      { num: 6, size: 2, baseType: BASE.uint16 },
    ];
    // prettier-ignore
    const data = [...activityFileId(), ...definition(1, RECORD, fields), 1, ...uint(T0, 4), 0xff, 0xff, 0xff, 0xff, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
    const s = activityOf(decodeFit(fitFile(data))).activity.samples;
    expect([s.heartRate[0], s.latitude[0], s.distance[0], s.speed[0]]).toEqual([NaN, NaN, NaN, NaN]);
  });

  it("prefers enhanced speed and altitude, and adds fractional cadence", () => {
    const fields = [
      TS,
      { num: 78, size: 4, baseType: BASE.uint32 }, // enhanced_altitude
      { num: 2, size: 2, baseType: BASE.uint16 }, // altitude (after it in the message, still overridden)
      { num: 73, size: 4, baseType: BASE.uint32 }, // enhanced_speed
      { num: 53, size: 1, baseType: BASE.uint8 }, // fractional_cadence
      { num: 4, size: 1, baseType: BASE.uint8 }, // cadence
    ];
    const data = [
      ...activityFileId(),
      ...definition(1, RECORD, fields),
      1,
      ...uint(T0, 4),
      ...uint(3000, 4),
      ...uint(2600, 2),
      ...uint(4100, 4),
      64,
      80,
    ];
    const s = activityOf(decodeFit(fitFile(data))).activity.samples;
    expect(s.altitude[0]).toBe(100);
    expect(s.speed[0]).toBeCloseTo(4.1, 6);
    expect(s.cadence[0]).toBe(80.5); // sport unknown: not doubled
  });

  it("accumulates compressed speed/distance across the 256 m roll-over", () => {
    const csd = (speedCmS: number, metres: number): number[] => {
      const d12 = Math.round(metres * 16) & 0xfff;
      return uint(speedCmS | (d12 << 12), 3);
    };
    const data = [
      ...activityFileId(),
      ...definition(1, RECORD, [TS, { num: 8, size: 3, baseType: BASE.byte }]),
    ];
    [0, 100, 200, 300, 520].forEach((m, i) => data.push(1, ...uint(T0 + i * 30, 4), ...csd(330, m)));
    const s = activityOf(decodeFit(fitFile(data))).activity.samples;
    expect([...s.distance]).toEqual([0, 100, 200, 300, 520]);
    expect(s.speed[0]).toBeCloseTo(3.3, 6);
  });

  it("merges records that share a timestamp into one sample", () => {
    // One message per line:
    // prettier-ignore
    const data = [
      ...activityFileId(),
      ...definition(1, RECORD, [TS, HR]),
      ...definition(2, RECORD, [TS, { num: 5, size: 4, baseType: BASE.uint32 }]),
      1, ...uint(T0, 4), 130,
      2, ...uint(T0, 4), ...uint(500, 4),
    ];
    const r = activityOf(decodeFit(fitFile(data)));
    expect(r.records).toBe(2);
    expect(r.activity.samples.length).toBe(1);
    expect([r.activity.samples.heartRate[0], r.activity.samples.distance[0]]).toEqual([130, 5]);
  });

  it("stops at a data message of an undefined local type, keeping what came before", () => {
    const data = [
      ...activityFileId(),
      ...definition(1, RECORD, [TS, HR]),
      1,
      ...uint(T0, 4),
      130,
      9,
      1,
      2,
      3,
    ];
    const r = activityOf(decodeFit(fitFile(data)));
    expect(r.records).toBe(1);
    expect(r.warnings[0]).toEqual(
      `stopped at byte ${14 + data.length - 4} after 1 records (1 in this file): data message at byte ${14 + data.length - 4} uses local type 9, never defined`,
    );
  });

  it("resynchronises after a record a byte shorter than its definition (Strava Android app), dropping it", () => {
    const fields = [TS, HR, { num: 5, size: 4, baseType: BASE.uint32 }];
    const data = [...activityFileId(), ...definition(1, RECORD, fields)];
    for (let i = 0; i < 30; i++) {
      const record = [1, ...uint(T0 + i, 4), 140, ...uint(i * 300, 4)];
      data.push(...(i === 10 ? record.slice(0, -1) : record)); // record 10 lost a byte
    }
    const r = activityOf(decodeFit(fitFile(data)));
    expect(r.records).toBe(29);
    expect([...r.activity.samples.time].slice(8, 12)).toEqual([8, 9, 11, 12]);
    expect(r.activity.summary.distanceM).toBe(87);
    expect(r.warnings[0]).toMatch(
      /^corrupt data after the message at byte \d+ \(the stream broke at byte \d+\): dropped 1 misread records and resumed at byte \d+$/,
    );
  });

  it("reads an unfinalised file (data size 0, no CRC) and then the FIT file chained after it", () => {
    const records = (from: number, n: number): number[] => {
      const out = [...activityFileId(), ...definition(1, RECORD, [TS, HR])];
      for (let i = 0; i < n; i++) out.push(1, ...uint(T0 + from + i, 4), 150);
      return out;
    };
    const unfinalised = fitFile(records(0, 5), { dataSize: 0 }).slice(0, -2); // never closed: no CRC
    const r = activityOf(decodeFit(new Uint8Array([...unfinalised, ...fitFile(records(100, 3))])));
    expect(r.records).toBe(8);
    expect([...r.activity.samples.time]).toEqual([0, 1, 2, 3, 4, 100, 101, 102]);
  });

  it("rejects a definition with an impossible architecture byte", () => {
    const bad = definition(1, RECORD, [TS]);
    bad[2] = 7;
    const r = decodeFit(fitFile([...activityFileId(), ...bad]));
    expect(r).toEqual({
      kind: "error",
      reason: "no activity data: definition at byte 25 has architecture byte 7, not 0 or 1",
    });
  });
});

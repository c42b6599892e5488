import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { buildActivity, summarise } from "./summary.ts";
import { createSamples, SampleBuilder, type MutableSamples } from "./samples.ts";

/** Samples from rows of [time s, distance m, speed m/s, hr, cadence, altitude m]; NaN where absent. */
function samplesOf(rows: readonly (readonly number[])[]): MutableSamples {
  const s = createSamples(rows.length);
  rows.forEach(([t, d, v, hr, cad, alt], i) => {
    s.time[i] = t ?? Number.NaN;
    s.distance[i] = d ?? Number.NaN;
    s.speed[i] = v ?? Number.NaN;
    s.heartRate[i] = hr ?? Number.NaN;
    s.cadence[i] = cad ?? Number.NaN;
    s.altitude[i] = alt ?? Number.NaN;
  });
  return s;
}

/** A steady run: one sample per second at `mps`. */
function steady(seconds: number, mps: number): MutableSamples {
  return samplesOf(Array.from({ length: seconds + 1 }, (_, t) => [t, t * mps, mps, 150, 170, 100]));
}

const NaN_ = Number.NaN;

describe("summarise", () => {
  it("summarises a steady 10-minute run at 4 m/s", () => {
    const s = summarise(steady(600, 4), { highSpeedMps: 3.5 });
    expect(s.durationS).toBe(600);
    expect(s.movingTimeS).toBe(600);
    expect(s.distanceM).toBe(2400);
    expect(s.avgPaceSPerKm).toBeCloseTo(250, 6);
    expect(s.bestPaceSPerKm).toBeCloseTo(250, 6);
    expect(s.avgHeartRate).toBe(150);
    expect(s.avgCadence).toBe(170);
    expect(s.elevationGainM).toBe(0);
    expect(s.timeAboveHighSpeedS).toBe(600);
    expect(s.maxSpeedMps).toBe(4);
  });

  it("excludes a standing pause from moving time but not from duration", () => {
    const rows: number[][] = [];
    for (let t = 0; t <= 100; t++) rows.push([t, t * 3, 3]);
    for (let t = 101; t <= 160; t++) rows.push([t, 300, 0]); // standing at a crossing
    for (let t = 161; t <= 260; t++) rows.push([t, 300 + (t - 160) * 3, 3]);
    const s = summarise(samplesOf(rows));
    expect(s.durationS).toBe(260);
    expect(s.movingTimeS).toBe(200);
    expect(s.distanceM).toBe(600);
  });

  it("does not count an auto-pause gap without distance as moving, but counts a GPS gap where distance advanced", () => {
    const paused = summarise(
      samplesOf([
        [0, 0, 3],
        [10, 30, 3],
        [610, 30, 3],
        [620, 60, 3],
      ]),
    );
    expect(paused.movingTimeS).toBe(20);
    const tunnel = summarise(
      samplesOf([
        [0, 0, 3],
        [10, 30, 3],
        [130, 390, 3],
        [140, 420, 3],
      ]),
    );
    expect(tunnel.movingTimeS).toBe(140);
  });

  it("caps gaps when only speed is known", () => {
    const s = summarise(
      samplesOf([
        [0, NaN_, 3],
        [1, NaN_, 3],
        [601, NaN_, 3],
      ]),
    );
    expect(s.movingTimeS).toBe(31);
    expect(s.distanceM).toBe(0);
    expect(s.avgPaceSPerKm).toBeNull();
    expect(s.bestPaceSPerKm).toBeNull();
  });

  it("finds the fastest kilometre inside a longer run", () => {
    const rows: number[][] = [];
    let d = 0;
    for (let t = 0; t <= 1200; t++) {
      rows.push([t, d, 0]);
      d += t >= 400 && t < 600 ? 5 : 2.5; // 200 s at 5 m/s = 1 km fast
    }
    const s = summarise(samplesOf(rows));
    expect(s.bestPaceSPerKm).toBeCloseTo(200, 0);
  });

  it("falls back to the fastest 30-second pace below 1 km", () => {
    const rows: number[][] = [];
    let d = 0;
    for (let t = 0; t <= 200; t++) {
      rows.push([t, d, 0]);
      d += t >= 50 && t < 90 ? 4 : 2; // 40 s at 4 m/s inside slower running
    }
    const s = summarise(samplesOf(rows));
    expect(s.distanceM).toBeLessThan(1000);
    expect(s.bestPaceSPerKm).toBeCloseTo(250, 0);
  });

  it.each([
    ["noise under the band", [100, 101, 100, 101.5, 100, 101, 100], 0],
    ["a steady climb in small steps", [100, 101, 102, 103, 104, 105, 106], 6],
    ["climb, descent, climb", [100, 110, 100, 110], 20],
    ["no altitude", [NaN_, NaN_], null],
  ] as const)("elevation gain: %s", (_name, alts, expected) => {
    const s = summarise(samplesOf(alts.map((a, t) => [t, t, 1, NaN_, NaN_, a])));
    expect(s.elevationGainM).toBe(expected);
  });

  it("ignores NaN and zero heart rate and cadence", () => {
    const s = summarise(
      samplesOf([
        [0, 0, 3, 0, 0],
        [1, 3, 3, 140, 160],
        [2, 6, 3, NaN_, NaN_],
        [3, 9, 3, 160, 180],
      ]),
    );
    expect(s.avgHeartRate).toBe(150);
    expect(s.avgCadence).toBe(170);
  });

  it("ignores a single-sample speed spike for max speed", () => {
    const s = summarise(
      samplesOf([
        [0, 0, 3],
        [1, 3, 3.2],
        [2, 6, 40],
        [3, 9, 3.1],
        [4, 12, 3],
      ]),
    );
    expect(s.maxSpeedMps).toBeCloseTo(3.2, 6);
  });

  it("reports time above the threshold only when one is given", () => {
    const rows = [
      [0, 0, 3],
      [1, 3, 3],
      [2, 8, 5],
      [3, 13, 5],
      [4, 16, 3],
    ];
    expect(summarise(samplesOf(rows)).timeAboveHighSpeedS).toBeNull();
    expect(summarise(samplesOf(rows), { highSpeedMps: 4.5 }).timeAboveHighSpeedS).toBe(2);
  });

  it("summarises an empty activity without failing", () => {
    const s = summarise(createSamples(0));
    expect(s).toMatchObject({
      durationS: 0,
      movingTimeS: 0,
      distanceM: 0,
      avgPaceSPerKm: null,
      maxSpeedMps: null,
    });
  });

  it("gives no pace for a sub-metre distance (found by the property below)", () => {
    const s = summarise(samplesOf([[-5e-324, 0, NaN, NaN, 0, 0], [0, 5e-324, 0, 0, NaN, NaN]]));
    expect(s.avgPaceSPerKm).toBeNull();
    expect(s.bestPaceSPerKm).toBeNull();
  });

  it("never yields a negative or non-finite number for arbitrary samples", () => {
    const value = fc.oneof(fc.double({ min: -1e6, max: 1e6 }), fc.constant(NaN_));
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value, value, value, value, value), { maxLength: 60 }), (rows) => {
        const s = summarise(samplesOf(rows), { highSpeedMps: 4 });
        for (const v of Object.values(s)) if (v !== null) expect(Number.isFinite(v) && v >= 0).toBe(true);
      }),
    );
  });
});

describe("buildActivity", () => {
  it("derives distance from positions and speed from distance when the file has neither", () => {
    const s = createSamples(61);
    for (let t = 0; t <= 60; t++) {
      s.time[t] = t;
      s.latitude[t] = 45 + t * 0.00003; // ~3.34 m per second northward
      s.longitude[t] = 7;
    }
    const a = buildActivity({
      format: "gpx",
      sport: "running",
      start: "2024-05-01T06:00:00.000Z",
      utcOffsetS: null,
      device: null,
      samples: s,
      laps: [],
    });
    expect(a.summary.distanceM).toBeCloseTo(200.2, 0);
    expect(a.samples.speed[30]).toBeCloseTo(3.34, 1);
    expect(a.summary.movingTimeS).toBe(60);
  });
});

describe("SampleBuilder", () => {
  it("grows by doubling, keeps values and NaN-fills new samples", () => {
    const b = new SampleBuilder(2);
    for (let i = 0; i < 5; i++) {
      const at = b.add(); // add() first: it may replace the arrays when it grows
      b.time[at] = i;
    }
    const s = b.finish();
    expect(s.length).toBe(5);
    expect([...s.time]).toEqual([0, 1, 2, 3, 4]);
    expect(Number.isNaN(s.heartRate[4])).toBe(true);
  });

  it("refuses to grow past its bound", () => {
    const b = new SampleBuilder(2, 3);
    expect([b.add(), b.add(), b.add(), b.add()]).toEqual([0, 1, 2, -1]);
    expect(b.finish().length).toBe(3);
  });
});

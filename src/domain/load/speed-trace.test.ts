import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addRunCadence, emptyCadenceBands } from "./cadence.ts";
import { bestSustainedSpeed, MAX_RUNNING_SPEED_MPS, timeAtOrAbove, traceSpeed } from "./speed-trace.ts";

const samplesOf = (speeds: number[], stepS = 1) => ({
  time: speeds.map((_, i) => i * stepS),
  speed: speeds,
  cadence: speeds.map(() => Number.NaN),
});

describe("traceSpeed", () => {
  it("one GPS spike is not a sprint: above 11 m/s is dropped, shorter spikes are averaged out", () => {
    const easy = Array<number>(300).fill(3);
    const glitch = [...easy];
    glitch[150] = 30; // impossible
    glitch[151] = 9; // possible, but for one second
    const best = bestSustainedSpeed(traceSpeed(samplesOf(glitch)));
    expect(best).toBeLessThan(3.7);
  });

  it("a 30-second effort is found at its speed", () => {
    const speeds = [
      ...Array<number>(120).fill(3),
      ...Array<number>(30).fill(6),
      ...Array<number>(120).fill(3),
    ];
    const trace = traceSpeed(samplesOf(speeds));
    expect(bestSustainedSpeed(trace)).toBeCloseTo(6, 6);
    // The trailing 10-s mean is above 4.5 m/s for about the effort's length.
    expect(timeAtOrAbove(trace, 4.5)).toBeGreaterThanOrEqual(25);
    expect(timeAtOrAbove(trace, 4.5)).toBeLessThanOrEqual(35);
  });

  it("the time of a pause does not count", () => {
    const s = { time: [0, 1, 2, 3, 500, 501, 502], speed: [5, 5, 5, 5, 5, 5, 5], cadence: [] };
    const trace = traceSpeed(s);
    expect(Array.from(trace.dt)).toEqual([0, 1, 1, 1, 0, 1, 1]);
  });

  it("time at or above a threshold never exceeds the sampled time and never rises with the threshold", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 12, noNaN: true }), { minLength: 1, maxLength: 400 }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (speeds, threshold, more) => {
          const trace = traceSpeed(samplesOf(speeds));
          const total = trace.dt.reduce((a, b) => a + b, 0);
          expect(timeAtOrAbove(trace, threshold)).toBeLessThanOrEqual(total);
          expect(timeAtOrAbove(trace, threshold + more)).toBeLessThanOrEqual(timeAtOrAbove(trace, threshold));
        },
      ),
    );
  });

  it("a sustained speed never exceeds the fastest valid sample", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 11, noNaN: true }), { minLength: 1, maxLength: 200 }),
        (speeds) => {
          const best = bestSustainedSpeed(traceSpeed(samplesOf(speeds)));
          if (best !== null) expect(best).toBeLessThanOrEqual(Math.max(...speeds) + 1e-9);
        },
      ),
    );
  });

  it("survives broken samples (NaN, negative, out-of-order times) with sane values", () => {
    const value = fc.oneof(fc.double({ min: -5, max: 50 }), fc.constant(Number.NaN), fc.constant(Infinity));
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value, value), { maxLength: 300 }), (rows) => {
        const samples = {
          time: rows.map((r) => r[0] * 10),
          speed: rows.map((r) => r[1]),
          cadence: rows.map((r) => r[2] * 10),
        };
        const trace = traceSpeed(samples);
        const best = bestSustainedSpeed(trace);
        if (best !== null) expect(best).toBeGreaterThanOrEqual(0);
        if (best !== null) expect(best).toBeLessThanOrEqual(MAX_RUNNING_SPEED_MPS + 1e-9);
        const above = timeAtOrAbove(trace, 3);
        expect(Number.isFinite(above) && above >= 0).toBe(true);
        const bands = emptyCadenceBands();
        addRunCadence(bands, samples, trace);
        for (const v of bands.seconds) expect(Number.isFinite(v) && v >= 0).toBe(true);
      }),
    );
  });

  it("has no value without speed", () => {
    expect(bestSustainedSpeed(traceSpeed(samplesOf(Array<number>(60).fill(Number.NaN))))).toBeNull();
  });
});

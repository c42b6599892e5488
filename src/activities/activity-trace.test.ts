import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Samples } from "./activity.ts";
import { decodeTrace, encodeTrace, TRACE_STEP_S } from "./activity-trace.ts";

function samples(time: number[], speed: number[], cadence: number[]): Samples {
  const nan = () => new Float64Array(time.length).fill(Number.NaN);
  return {
    length: time.length,
    time: Float64Array.from(time),
    distance: nan(),
    speed: Float64Array.from(speed),
    heartRate: nan(),
    cadence: Float64Array.from(cadence),
    altitude: nan(),
    latitude: nan(),
    longitude: nan(),
  };
}

describe("activity trace", () => {
  it("keeps the 5 s mean speed and cadence, and a pause as a gap", () => {
    const time = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 60, 61];
    const speed = [3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 2.5, 2.5];
    const cadence = [170, 170, 170, 170, 170, 180, 180, 180, 180, 180, Number.NaN, Number.NaN];
    const trace = decodeTrace(encodeTrace(samples(time, speed, cadence))!);
    expect([...trace.time]).toEqual([5, 10, 65]);
    expect([...trace.speed]).toEqual([3, 4, 2.5]);
    expect(trace.cadence[0]).toBe(170);
    expect(trace.cadence[1]).toBe(180);
    expect(trace.cadence[2]).toBeNaN();
  });

  it("is null without speed or cadence", () => {
    expect(encodeTrace(samples([0, 1], [Number.NaN, Number.NaN], [Number.NaN, Number.NaN]))).toBeNull();
  });

  it("stays small: about 4 bytes of data per 5 s", () => {
    const n = 3600;
    const text = encodeTrace(samples([...Array(n).keys()], Array(n).fill(3.2), Array(n).fill(172)))!;
    expect(text.length).toBeLessThan(((n / TRACE_STEP_S) * 4 * 4) / 3 + 10);
  });

  it("round-trips any speed to the centimetre per second", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 12, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (speeds) => {
          const time = speeds.map((_, i) => i * TRACE_STEP_S);
          const trace = decodeTrace(
            encodeTrace(
              samples(
                time,
                speeds,
                speeds.map(() => Number.NaN),
              ),
            )!,
          );
          expect(trace.speed.length).toBe(speeds.length);
          speeds.forEach((v, i) => expect(Math.abs(trace.speed[i]! - v)).toBeLessThanOrEqual(0.005 + 1e-9));
        },
      ),
    );
  });
});

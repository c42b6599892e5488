import { describe, expect, it } from "vitest";
import { series } from "../../../test/synthetic-runs.ts";
import { dayNumber } from "../dates.ts";
import { compareHighSpeed, percentile, speedReference } from "./high-speed.ts";
import { toRuns } from "./load-activity.ts";

const day = (iso: string) => dayNumber(iso) as number;
const year = { from: day("2025-06-01"), to: day("2026-06-01") };

describe("percentile", () => {
  it.each([
    [[5], 0.9, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9],
    [[10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 0.5, 5],
    [[1, 2, 3], 1, 3],
  ])("%j at %d is %d", (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
});

describe("speedReference", () => {
  it("takes top speed from many runs, so one fast run (or glitch) does not set it", () => {
    const acts = [
      ...series("2026-01-01", 19, 2, () => ({ km: 6, sprints: { count: 4, seconds: 20, mps: 5 } })),
      ...series("2026-02-20", 1, 1, () => ({ km: 6, sprints: { count: 1, seconds: 20, mps: 9 } })),
    ];
    const ref = speedReference(toRuns(acts).runs, year);
    expect(ref.kind === "ok" && ref.topSpeedMps).toBeCloseTo(5, 6);
    expect(ref.kind === "ok" && ref.thresholdMps).toBeCloseTo(4, 6);
    expect(ref.kind === "ok" && ref.thresholdBasis).toBe("top_speed");
  });

  it("never puts the threshold within easy running: at least 1.2x the typical speed", () => {
    const acts = series("2026-01-01", 10, 2, () => ({ km: 6, easyMps: 3 }));
    const ref = speedReference(toRuns(acts).runs, year);
    expect(ref.kind === "ok" && ref.thresholdMps).toBeCloseTo(3.6, 2);
    expect(ref.kind === "ok" && ref.thresholdBasis).toBe("typical_speed");
  });

  it("ignores an implausible average (a file with a 1-minute moving time for 3 km) in the typical speed", () => {
    const acts = series("2026-01-01", 10, 2, () => ({ km: 6, easyMps: 3 }));
    const odd = {
      start: "2026-01-02T07:00:00Z",
      sport: "running",
      durationS: 60,
      movingTimeS: 60,
      distanceM: 3000,
    };
    const ref = speedReference(
      toRuns([...acts, odd, odd, odd, odd, odd, odd, odd, odd, odd, odd, odd]).runs,
      year,
    );
    expect(ref.kind === "ok" && ref.typicalSpeedMps).toBeCloseTo(3, 2);
  });

  it("says not enough data with fewer than 5 runs with speed", () => {
    const acts = [
      ...series("2026-01-01", 4, 2, () => ({ km: 6 })),
      ...series("2026-01-10", 6, 2, () => ({ km: 6, noSamples: true })),
    ];
    expect(speedReference(toRuns(acts).runs, year)).toEqual({
      kind: "not_enough_data",
      reason: "only 4 runs with speed samples (5 needed to know your top speed)",
    });
  });
});

describe("compareHighSpeed", () => {
  const acts = series("2026-01-01", 10, 2, () => ({ km: 6, sprints: { count: 2, seconds: 30, mps: 5 } }));
  const ref = speedReference(toRuns(acts).runs, year);
  if (ref.kind !== "ok") throw new Error("reference expected");
  const recent = { from: 28, to: 55 };
  const baseline = { from: 0, to: 27 };

  it("gives minutes per week in each period", () => {
    const perRun = [
      { day: 1, highSpeedS: 60 },
      { day: 10, highSpeedS: 60 },
      { day: 30, highSpeedS: 600 },
      { day: 40, highSpeedS: 600 },
      { day: 50, highSpeedS: null }, // no speed data: not counted
    ];
    const c = compareHighSpeed(ref, perRun, recent, baseline);
    expect(c).toMatchObject({
      kind: "ok",
      recentPerWeekS: 300,
      baselinePerWeekS: 30,
      recentRunsWithSpeed: 2,
      baselineRunsWithSpeed: 2,
    });
  });

  it("needs two runs with speed in each period", () => {
    const c = compareHighSpeed(
      ref,
      [
        { day: 1, highSpeedS: 0 },
        { day: 30, highSpeedS: 0 },
        { day: 31, highSpeedS: 0 },
      ],
      recent,
      baseline,
    );
    expect(c.kind).toBe("not_enough_data");
  });
});

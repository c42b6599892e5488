import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { plannedRun } from "../../../test/synthetic-runs.ts";
import { dayNumber } from "../dates.ts";
import { toRuns, type LoadActivity } from "./load-activity.ts";
import { weeklyVolume } from "./weekly-volume.ts";

const day = (iso: string) => dayNumber(iso) as number;
const activity = (
  start: string,
  distanceM: number,
  movingTimeS: number,
  sport = "running",
): LoadActivity => ({
  start,
  sport,
  durationS: movingTimeS + 60,
  movingTimeS,
  distanceM,
});

describe("weeklyVolume", () => {
  it("sums runs into ISO weeks (Monday first), with the change against the week before", () => {
    const { runs } = toRuns([
      activity("2026-03-01T07:00:00Z", 10_000, 3000), // Sunday: the week of 02-23
      activity("2026-03-02T07:00:00Z", 5_000, 1500), // Monday: the week of 03-02
      activity("2026-03-04T07:00:00Z", 10_000, 3000),
      activity("2026-03-05T07:00:00Z", 99_000, 9000, "cycling"),
      activity("2026-03-07T07:00:00Z", 8_000, 2400), // after the last day: not counted
    ]);
    const weeks = weeklyVolume(runs, day("2026-03-06"), 2);
    expect(weeks).toEqual([
      {
        weekStart: "2026-02-23",
        lastDay: "2026-03-01",
        partial: false,
        runs: 1,
        timeS: 3000,
        distanceM: 10_000,
        distanceChangePct: null,
        timeChangePct: null,
      },
      {
        weekStart: "2026-03-02",
        lastDay: "2026-03-06",
        partial: true,
        runs: 2,
        timeS: 4500,
        distanceM: 15_000,
        distanceChangePct: null,
        timeChangePct: null,
      },
    ]);
    expect(weeklyVolume(runs, day("2026-03-08"), 1)[0]).toMatchObject({
      partial: false,
      runs: 3,
      distanceChangePct: 130,
      timeChangePct: 130,
    });
  });

  it("uses elapsed time when a file has no moving time", () => {
    const { runs } = toRuns([{ ...activity("2026-03-02T07:00:00Z", 5000, 0), durationS: 1800 }]);
    expect(weeklyVolume(runs, day("2026-03-08"), 1)[0]?.timeS).toBe(1800);
  });

  it("weekly totals add up to the totals of the runs in those weeks", () => {
    const arbRun = fc.record({
      dayOffset: fc.integer({ min: 0, max: 69 }),
      hour: fc.integer({ min: 0, max: 23 }),
      km: fc.double({ min: 0, max: 50, noNaN: true }),
      minutes: fc.integer({ min: 1, max: 300 }),
      sport: fc.constantFrom("running", "running", "cycling"),
    });
    fc.assert(
      fc.property(fc.array(arbRun, { maxLength: 40 }), (plans) => {
        // 10 weeks from Monday 2026-01-05 to Sunday 2026-03-15.
        const first = day("2026-01-05");
        const acts = plans.map((p) =>
          activity(
            new Date((first + p.dayOffset) * 86_400_000 + p.hour * 3_600_000).toISOString(),
            p.km * 1000,
            p.minutes * 60,
            p.sport,
          ),
        );
        const { runs } = toRuns(acts);
        const weeks = weeklyVolume(runs, first + 69, 10);
        const sum = (f: (w: (typeof weeks)[number]) => number) => weeks.reduce((s, w) => s + f(w), 0);
        const running = acts.filter((a) => a.sport === "running");
        expect(sum((w) => w.runs)).toBe(running.length);
        expect(sum((w) => w.distanceM)).toBeCloseTo(
          running.reduce((s, a) => s + a.distanceM, 0),
          6,
        );
        expect(sum((w) => w.timeS)).toBe(running.reduce((s, a) => s + a.movingTimeS, 0));
      }),
    );
  });

  it("counts synthetic runs by their start date", () => {
    const { runs } = toRuns([
      plannedRun({ date: "2026-03-02", km: 5 }),
      plannedRun({ date: "2026-03-03", km: 7 }),
    ]);
    const [w] = weeklyVolume(runs, day("2026-03-08"), 1);
    expect(w?.runs).toBe(2);
    expect((w?.distanceM ?? 0) / 1000).toBeCloseTo(12, 1);
  });
});

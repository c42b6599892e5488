import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { plannedRun } from "../../../test/synthetic-runs.ts";
import { dayNumber } from "../dates.ts";
import { toRuns } from "./load-activity.ts";
import { scanSpikes, spikeBandRow, spikeCap, SPIKE_BANDS } from "./spikes.ts";

const day = (iso: string) => dayNumber(iso) as number;

describe("Frandsen 2025 bands", () => {
  it.each([
    [-20, "up_to_10", 1],
    [0, "up_to_10", 1],
    [10, "up_to_10", 1],
    [10.01, "10_to_30", 1.64],
    [30, "10_to_30", 1.64],
    [40, "30_to_100", 1.52],
    [100, "30_to_100", 1.52],
    [100.5, "over_100", 2.28],
    [400, "over_100", 2.28],
  ])("+%d %% is band %s (hazard %d)", (increase, band, hazard) => {
    const row = spikeBandRow(increase);
    expect(row.band).toBe(band);
    expect(row.hazardRatio).toBe(hazard);
  });

  it("a longer run is never in a lower band", () => {
    const rank = (pctIncrease: number) => SPIKE_BANDS.indexOf(spikeBandRow(pctIncrease));
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (a, more) => {
          expect(rank(a + more)).toBeGreaterThanOrEqual(rank(a));
        },
      ),
    );
  });
});

describe("scanSpikes", () => {
  it("compares each run with the longest run of the 30 days before it", () => {
    const { runs } = toRuns([
      plannedRun({ date: "2026-01-01", km: 20 }), // more than 30 days before the spike: not the reference
      plannedRun({ date: "2026-02-10", km: 10 }),
      plannedRun({ date: "2026-02-20", km: 8 }),
      plannedRun({ date: "2026-03-01", km: 14 }),
    ]);
    const scan = scanSpikes(runs, day("2026-02-01"), day("2026-03-31"));
    expect(scan.runsInRange).toBe(3);
    expect(scan.runsWithReference).toBe(2);
    expect(scan.spikes).toHaveLength(1);
    const s = scan.spikes[0]!;
    expect(s).toMatchObject({
      date: "2026-03-01",
      measure: "distance",
      referenceDate: "2026-02-10",
      band: "30_to_100",
      hazardRatio: 1.52,
    });
    expect(s.increasePct).toBeCloseTo(40, 0);
  });

  it("compares a run without distance by time, against the longest time", () => {
    const { runs } = toRuns([
      plannedRun({ date: "2026-03-01", km: 6, noDistance: true }),
      plannedRun({ date: "2026-03-03", km: 9, noDistance: true }),
    ]);
    const [s] = scanSpikes(runs, day("2026-03-01"), day("2026-03-31")).spikes;
    expect(s?.measure).toBe("time");
    expect(s?.increasePct).toBeCloseTo(50, 0);
    expect(s?.band).toBe("30_to_100");
  });

  it("a second run on the same day is compared with the first", () => {
    const { runs } = toRuns([
      plannedRun({ date: "2026-03-01T07:00:00Z", km: 5 }),
      plannedRun({ date: "2026-03-01T18:00:00Z", km: 12 }),
    ]);
    expect(scanSpikes(runs, day("2026-03-01"), day("2026-03-01")).spikes[0]?.band).toBe("over_100");
  });

  it("ignores activities that are not runs", () => {
    const { runs } = toRuns([
      plannedRun({ date: "2026-03-01", km: 5 }),
      plannedRun({ date: "2026-03-02", km: 40, sport: "cycling" }),
    ]);
    expect(runs).toHaveLength(1);
  });
});

describe("scanSpikes invariants", () => {
  const activity = (date: string, km: number) => ({
    start: `${date}T07:00:00Z`,
    sport: "running",
    durationS: km * 360,
    movingTimeS: km * 360,
    distanceM: km * 1000,
  });
  const history = fc.array(
    fc.record({ offset: fc.integer({ min: 1, max: 40 }), km: fc.double({ min: 1, max: 40, noNaN: true }) }),
    { maxLength: 15 },
  );

  it("the same history with a longer last run never gives it a lower band", () => {
    fc.assert(
      fc.property(
        history,
        fc.double({ min: 1, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (past, km, more) => {
          const earlier = past.map((p) =>
            activity(new Date(Date.UTC(2026, 2, 1) - p.offset * 86_400_000).toISOString().slice(0, 10), p.km),
          );
          const bandOf = (lastKm: number) => {
            const { runs } = toRuns([...earlier, activity("2026-03-01", lastKm)]);
            const s = scanSpikes(runs, day("2026-03-01"), day("2026-03-01")).spikes[0];
            return s ? SPIKE_BANDS.findIndex((b) => b.band === s.band) : 0;
          };
          expect(bandOf(km + more)).toBeGreaterThanOrEqual(bandOf(km));
        },
      ),
    );
  });
});

describe("spikeCap (history.longestRunLast30DaysKm)", () => {
  const { runs } = toRuns([
    plannedRun({ date: "2026-02-01", km: 20 }),
    plannedRun({ date: "2026-02-20", km: 10 }),
    plannedRun({ date: "2026-03-01", km: 12 }),
    plannedRun({ date: "2026-03-05", km: 30 }), // after the day asked about
  ]);

  it.each([
    ["2026-03-01", 20, 22, "2026-02-01"],
    ["2026-03-02", 20, 22, "2026-02-01"], // 2026-02-01 is the 29th day before: the 30th day counting 03-02
    ["2026-03-03", 12, 13.2, "2026-03-01"], // 2026-02-01 has left the window
    ["2026-02-25", 20, 22, "2026-02-01"], // 2026-03-01 is later: not counted
  ])("as of %s: longest %d km, cap %d km", (asOf, longest, cap, date) => {
    const c = spikeCap(runs, day(asOf));
    expect(c?.longestRunLast30DaysKm).toBeCloseTo(longest, 1);
    expect(c?.capKm).toBeCloseTo(cap, 1);
    expect(c?.longestRunDate).toBe(date);
  });

  it("is null without a run with a distance in the 30 days", () => {
    expect(spikeCap(runs, day("2026-06-01"))).toBeNull();
  });
});

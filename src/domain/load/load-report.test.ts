import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { plannedRun, series, type SyntheticRun } from "../../../test/synthetic-runs.ts";
import { loadReport, samplesNeeded } from "./load-report.ts";

const INJURY = "2026-03-20"; // a Friday
const sprints = { count: 6, seconds: 30, mps: 5.5 };

/** Easy runs every other day from December; every fourth one 10 km, the others 8 km. */
function steadyHistory(plan: (date: string) => Partial<SyntheticRun> & object = () => ({})): SyntheticRun[] {
  return series("2025-12-01", 55, 2, (i, date) => ({ km: i % 4 === 3 ? 10 : 8, ...plan(date) }));
}

describe("loadReport: a 40 % spike and new sprint work in the last 3 weeks", () => {
  const activities = [
    ...series("2025-12-01", 52, 2, (i, date) => ({
      km: i % 4 === 3 ? 10 : 8,
      ...(date >= "2026-02-28" ? { sprints } : {}),
    })),
    plannedRun({ date: "2026-03-15", km: 14 }),
  ];
  const report = loadReport({ activities, injuryDate: INJURY });

  it("names the spike and the fast running, in table order, and nothing else", () => {
    expect(report.factors.map((f) => f.id)).toEqual(["LOAD-SPIKE", "LOAD-SPEED"]);
  });

  it("gives the spike's numbers: +40 %, band >30-100 %, hazard 1.52, 14 km against 10 km", () => {
    const spike = report.factors[0]!;
    expect(spike.numbers).toMatchObject({ spikeRuns: 1, hazardRatio: 1.52 });
    expect(spike.numbers["largestIncreasePct"]).toBeCloseTo(40, 0);
    expect(spike.numbers["largestRunKm"]).toBeCloseTo(14, 1);
    expect(spike.numbers["referenceKm"]).toBeCloseTo(10, 1);
    expect(spike.text).toContain(
      "2026-03-15: 14.0 km after a 30-day longest of 10.0 km (+40 %, band >30-100 %, hazard 1.52x)",
    );
    expect(spike.source).toMatch(/Frandsen 2025/);
    expect(report.spikes.map((s) => s.date)).toEqual(["2026-03-15"]);
  });

  it("gives the fast running's numbers: new, against none before", () => {
    const speed = report.factors[1]!;
    expect(speed.numbers["baselineMinutesPerWeek"]).toBe(0);
    // 6 x 30 s per run, runs from 02-28 to 03-14: 8 runs, about 3 min each, over 4 weeks.
    expect(speed.numbers["recentMinutesPerWeek"]).toBeGreaterThan(5);
    expect(speed.numbers["recentMinutesPerWeek"]).toBeLessThan(7);
    expect(speed.numbers["topSpeedMps"]).toBeCloseTo(5.5, 6);
    expect(speed.numbers["thresholdMps"]).toBeCloseTo(4.4, 6);
    expect(speed.text).toMatch(/^New fast running/);
    expect(speed.source).toMatch(/Chumanov 2011/);
  });

  it("shows the fast running per week: none before the sprints, some after", () => {
    const fast = report.weeks.map((w) => [w.weekStart, Math.round((w.highSpeedS ?? -60) / 60)]);
    expect(fast).toEqual([
      ["2026-01-26", 0],
      ["2026-02-02", 0],
      ["2026-02-09", 0],
      ["2026-02-16", 0],
      ["2026-02-23", 3],
      ["2026-03-02", 9],
      ["2026-03-09", 9],
      ["2026-03-16", -1], // no run that week
    ]);
  });

  it("gives the cap for the next run: +10 % over the 30-day longest", () => {
    expect(report.nextRunCap?.longestRunLast30DaysKm).toBeCloseTo(14, 1);
    expect(report.nextRunCap?.capKm).toBeCloseTo(15.4, 1);
  });
});

describe("loadReport: other histories", () => {
  it("a steady history names no factor and judges everything", () => {
    const report = loadReport({ activities: steadyHistory(), injuryDate: INJURY });
    expect(report.factors).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(report.cadence.kind).toBe("ok");
  });

  it("a cadence drop at the same speed in the last 4 weeks names LOAD-CADENCE with the gait advice and the caveat", () => {
    const report = loadReport({
      activities: steadyHistory((date) => ({ cadenceSpm: date >= "2026-02-21" ? 160 : 172 })),
      injuryDate: INJURY,
    });
    expect(report.factors.map((f) => f.id)).toEqual(["LOAD-CADENCE"]);
    const f = report.factors[0]!;
    expect(f.numbers["meanChangePct"]).toBeCloseTo((160 / 172 - 1) * 100, 1);
    expect(f.numbers).toMatchObject({ bandFromMps: 3, bandBaselineSpm: 172, bandRecentSpm: 160 });
    expect(report.cadenceBand).toEqual({ fromMps: 3, toMps: 3.25 });
    // Week by week at that speed: 172 before 02-21, 160 after; the week of 02-16 holds two runs at 172 and one at 160.
    expect(report.weeks.map((w) => (w.cadenceSpm === null ? null : Math.round(w.cadenceSpm)))).toEqual([
      172, 172, 172, 168, 160, 160, 160, 160,
    ]);
    expect(f.change).toMatch(/professional/);
    expect(f.caveat).toMatch(/no trial shows/);
    expect(f.source).toMatch(/Heiderscheit 2011/);
  });

  it("more running in the last 4 weeks names LOAD-VOLUME with both periods' numbers", () => {
    const activities = [
      ...series("2025-12-01", 40, 2, () => ({ km: 6, noSamples: true })), // to 2026-02-17
      ...series("2026-02-21", 28, 1, () => ({ km: 6, noSamples: true })), // daily to 2026-03-20
    ];
    const report = loadReport({ activities, injuryDate: INJURY });
    const v = report.factors.find((f) => f.id === "LOAD-VOLUME");
    expect(v?.numbers["recentRuns"]).toBe(28);
    expect(v?.numbers["baselineRuns"]).toBe(13); // 01-24 to 02-17, every other day
    expect(v?.numbers["changePct"]).toBeCloseTo((28 / 13 - 1) * 100, 0);
    expect(v?.caveat).toMatch(/Buist 2008/);
  });

  it("running again after a 4-week break is named, without a percentage", () => {
    const activities = [
      ...series("2025-11-01", 20, 2, () => ({ km: 8 })),
      ...series("2026-02-23", 12, 2, () => ({ km: 8 })),
    ];
    const v = loadReport({ activities, injuryDate: INJURY }).factors.find((f) => f.id === "LOAD-VOLUME");
    expect(v?.text).toMatch(/^You started running again/);
    expect(v?.numbers["changePct"]).toBeUndefined();
    expect(v?.numbers["baselineRuns"]).toBe(0);
  });

  it("with little data it says so and names no factor", () => {
    const activities = [
      plannedRun({ date: "2026-03-10", km: 5 }),
      plannedRun({ date: "2026-03-15", km: 12 }),
    ];
    const report = loadReport({ activities, injuryDate: INJURY });
    expect(report.factors).toEqual([]);
    expect(report.notes).toEqual([
      "Not enough data: 2 runs in the 8 weeks before the injury (4 needed to name contributing factors).",
      "Volume change: not enough data (no runs before 2026-02-21 to compare the last weeks with).",
      "Fast running: not enough data (only 2 runs with speed samples (5 needed to know your top speed)).",
      "Cadence: not enough data (0 min of running with cadence at matching speeds in both periods (20 min needed)).",
    ]);
    expect(report.spikes[0]?.band).toBe("over_100"); // still shown as a fact
  });

  it("treadmill runs without distance are compared by time and give no distance cap", () => {
    const activities = series("2026-02-01", 20, 2, (i) => ({
      km: i === 19 ? 9 : 6,
      noDistance: true,
      noSamples: true,
    }));
    const report = loadReport({ activities, injuryDate: INJURY });
    expect(report.spikes).toHaveLength(1);
    expect(report.spikes[0]?.measure).toBe("time");
    expect(report.factors[0]?.numbers["largestIncreasePct"]).toBeCloseTo(50, 0);
    expect(report.nextRunCap).toBeNull();
  });

  it("activities after the injury date do not change the analysis", () => {
    const before = steadyHistory();
    const after = [
      ...before,
      plannedRun({ date: "2026-03-21", km: 30, sprints }),
      plannedRun({ date: "2026-04-01", km: 3 }),
    ];
    const a = loadReport({ activities: before, injuryDate: INJURY });
    const b = loadReport({ activities: after, injuryDate: INJURY });
    expect(b).toEqual(a);
  });

  it("counts the activities it ignored", () => {
    const report = loadReport({
      activities: [
        plannedRun({ date: "2026-03-01", km: 40, sport: "cycling" }),
        { ...plannedRun({ date: "2026-03-02", km: 5 }), start: "yesterday" },
      ],
      injuryDate: INJURY,
    });
    expect(report.activitiesNotRunning).toBe(1);
    expect(report.activitiesWithUnreadableStart).toBe(1);
  });

  it.each([["2026-02-30"], ["20-03-2026"], [""]])(
    "rejects the injury date %j with a clear error",
    (injuryDate) => {
      expect(() => loadReport({ activities: [], injuryDate })).toThrow(/injuryDate: not a calendar date/);
    },
  );
});

describe("loadReport invariants", () => {
  const arbPlan = fc.record({
    dayOffset: fc.integer({ min: 0, max: 90 }),
    km: fc.double({ min: 0.5, max: 30, noNaN: true }),
    easyMps: fc.double({ min: 2, max: 4.5, noNaN: true }),
    sprint: fc.boolean(),
    cadenceSpm: fc.integer({ min: 150, max: 190 }),
    noDistance: fc.boolean(),
    noSamples: fc.boolean(),
  });

  it("no factor without numbers, text, advice and a source; weekly runs add up", () => {
    fc.assert(
      fc.property(fc.array(arbPlan, { maxLength: 30 }), (plans) => {
        const activities = plans.map((p) =>
          plannedRun({
            date: new Date(Date.UTC(2025, 11, 20) + p.dayOffset * 86_400_000).toISOString().slice(0, 10),
            km: p.km,
            easyMps: p.easyMps,
            cadenceSpm: p.cadenceSpm,
            noDistance: p.noDistance,
            noSamples: p.noSamples,
            ...(p.sprint ? { sprints } : {}),
          }),
        );
        const report = loadReport({ activities, injuryDate: INJURY });
        for (const f of report.factors) {
          const values = Object.values(f.numbers);
          expect(values.length).toBeGreaterThan(0);
          for (const v of values) expect(Number.isFinite(v)).toBe(true);
          for (const s of [f.text, f.change, f.source, f.caveat, f.title]) expect(s.trim()).not.toBe("");
        }
        expect(new Set(report.factors.map((f) => f.id)).size).toBe(report.factors.length);
        expect(report.weeks.reduce((s, w) => s + w.runs, 0)).toBe(report.runsInReport);
        for (const s of report.spikes) expect(s.increasePct).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });
});

describe("samplesNeeded", () => {
  it.each([
    ["2026-03-20T23:59:00Z", true], // the injury day
    ["2025-03-21T07:00:00Z", true], // 364 days before
    ["2025-03-20T07:00:00Z", false], // 365 days before: the top speed looks back one year
    ["2026-03-21T00:00:00Z", false], // after the injury
    ["not a date", false],
  ])("%s: %s", (start, expected) => {
    expect(samplesNeeded(start, INJURY)).toBe(expected);
  });
});

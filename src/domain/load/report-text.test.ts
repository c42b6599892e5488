import { describe, expect, it } from "vitest";
import { plannedRun, series } from "../../../test/synthetic-runs.ts";
import { loadReport } from "./load-report.ts";
import { loadReportText } from "./report-text.ts";
import { pace, pct } from "./units-text.ts";

describe("loadReportText", () => {
  const sprints = { count: 6, seconds: 30, mps: 5.5 };
  const activities = [
    ...series("2025-12-01", 52, 2, (i, date) => ({
      km: i % 4 === 3 ? 10 : 8,
      ...(date >= "2026-02-28" ? { sprints } : {}),
    })),
    plannedRun({ date: "2026-03-15", km: 14 }),
  ];
  const text = loadReportText(loadReport({ activities, injuryDate: "2026-03-20" }));

  it.each([
    ["the title", "Training load before the injury on 2026-03-20"],
    [
      "the periods compared",
      "the last 4 weeks (2026-02-21 to 2026-03-20) with the 4 weeks before (2026-01-24 to 2026-02-20)",
    ],
    [
      "the threshold of fast running",
      "Fast running means faster than 3:47 /km (your top sustained speed: 3:02 /km",
    ],
    ["a week row", "2026-03-09      4   40.0 km  215 min   +54 %  9 min"],
    ["the cut-short week", "2026-03-16*"],
    [
      "the volume comparison",
      "Volume: 27.0 km and 146 min a week, against 30.0 km and 167 min (-10 % by distance)",
    ],
    ["the fast-running comparison", "Fast running: 5 min a week, against 0 min"],
    ["the cadence comparison", "Cadence at the same speed: 0 % (554 min of running compared)"],
    ["the spike row", "2026-03-15  14.0 km against 10.0 km (2026-03-13)  +40 %  >30-100 %  hazard 1.52x"],
    ["the first factor", "1. A run much longer than your recent longest [LOAD-SPIKE]"],
    ["the second factor", "2. More fast running than before [LOAD-SPEED]"],
    ["what to change", "What to change: Keep any single run no more than 10 % longer"],
    ["the cap", "keep any single run at or under 15.4 km (+10 %, Frandsen 2025)"],
    ["the disclaimer", "not a diagnosis"],
  ])("shows %s", (_what, expected) => {
    expect(text).toContain(expected);
  });

  it("lists cadence per speed band when the cadence factor fires", () => {
    const history = series("2025-12-01", 55, 2, (_i, date) => ({
      km: 8,
      cadenceSpm: date >= "2026-02-21" ? 160 : 172,
    }));
    const t = loadReportText(loadReport({ activities: history, injuryDate: "2026-03-20" }));
    expect(t).toContain("Cadence at the same speed: -7 %");
    expect(t).toContain("    5:08 /km to 5:33 /km: 172 -> 160 steps/min (-7 %)");
    expect(t).toContain("[LOAD-CADENCE]");
  });

  it("says plainly when nothing could be judged", () => {
    const t = loadReportText(loadReport({ activities: [], injuryDate: "2026-03-20" }));
    expect(t).toContain("Likely contributing factors: none found in the training data.");
    expect(t).toContain("Not enough data: 0 runs in the 8 weeks before the injury");
    expect(t).toContain("Next run: no run with a distance in the 30 days up to 2026-03-20");
  });
});

describe("units", () => {
  it.each([
    [4, "4:10 /km"],
    [3, "5:33 /km"],
    [0, "-"],
  ])("pace of %d m/s is %s", (mps, expected) => expect(pace(mps)).toBe(expected));

  it.each([
    [40.2, "+40 %"],
    [-12.6, "-13 %"],
    [0.2, "0 %"],
  ])("pct(%d) is %s", (v, expected) => expect(pct(v)).toBe(expected));
});

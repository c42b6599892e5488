import { describe, expect, it } from "vitest";
import type { Decision } from "../domain/decision.ts";
import type { StoredEpisode } from "../store/episodes.ts";
import { historyPart } from "./episode-decision.ts";
import { effortOf, stageCheckOf } from "./imported-run.ts";

describe("effort of an imported run", () => {
  it.each([
    ["half the top speed", 3000, 1000, 6, 0.5],
    ["faster than the top speed is clamped to 1", 6000, 1000, 5, 1],
    ["no top speed known", 3000, 1000, null, null],
    ["no distance", 0, 1000, 5, null],
    ["no moving time", 3000, 0, 5, null],
  ] as const)("%s", (_name, distanceM, movingTimeS, top, expected) => {
    expect(effortOf(distanceM, movingTimeS, top)).toBe(expected);
  });
});

describe("stage check of an imported run", () => {
  const at = (runStage: Decision["runStage"]) => ({ runStage }) as Decision;
  it.each([
    ["within stage 1", 1, 18, 0.45, { withinMinutes: true, withinEffort: true, withinLimits: true }],
    ["too long for stage 1", 1, 25, 0.45, { withinMinutes: false, withinEffort: true, withinLimits: false }],
    [
      "too hard for stage 3",
      3,
      25,
      0.7,
      { maxMinutes: 30, maxEffort: 0.6, withinEffort: false, withinLimits: false },
    ],
    ["unknown effort only judged on minutes", 2, 15, null, { withinEffort: true, withinLimits: true }],
  ] as const)("%s", (_name, stage, minutes, effort, expected) => {
    expect(stageCheckOf(at(stage), minutes, effort)).toMatchObject({ runStage: stage, ...expected });
  });
  it("is null when the engine has no run stage", () => {
    expect(stageCheckOf(at(null), 20, 0.5)).toBeNull();
  });
});

describe("history for the decision", () => {
  const base = { checkIns: [], runs: [], exerciseLogs: [] } as unknown as StoredEpisode;
  const run = (start: string, km: number, localDate = start.slice(0, 10)) => ({
    start,
    localDate,
    distanceM: km * 1000,
    durationS: km * 300,
    movingTimeS: km * 300,
  });
  it("takes the longest run of the 30 days up to today from imported runs when the episode has none", () => {
    const stored = {
      ...base,
      importedRuns: [
        run("2026-02-01T07:00:00Z", 20),
        run("2026-02-20T07:00:00Z", 9),
        run("2026-03-01T07:00:00Z", 6),
      ],
    };
    expect(historyPart(stored, "2026-03-10")).toEqual({ history: { longestRunLast30DaysKm: 9 } });
  });
  it("counts the 30 days by the runs' local dates", () => {
    // 03:00 UTC on 9 Feb was the evening of 8 Feb in California: outside the 30 days up to 10 Mar (9 Feb on).
    const importedRuns = [run("2026-02-09T03:00:00Z", 12, "2026-02-08"), run("2026-03-01T07:00:00Z", 6)];
    expect(historyPart({ ...base, importedRuns }, "2026-03-09")).toEqual({ history: { longestRunLast30DaysKm: 12 } });
    expect(historyPart({ ...base, importedRuns }, "2026-03-10")).toEqual({ history: { longestRunLast30DaysKm: 6 } });
    const byUtc = [run("2026-02-09T03:00:00Z", 12), run("2026-03-01T07:00:00Z", 6)];
    expect(historyPart({ ...base, importedRuns: byUtc }, "2026-03-10")).toEqual({ history: { longestRunLast30DaysKm: 12 } });
  });
  it("keeps the runner's own figure", () => {
    expect(
      historyPart(
        { ...base, history: { longestRunLast30DaysKm: 4 }, importedRuns: [run("2026-03-01T07:00:00Z", 6)] },
        "2026-03-10",
      ),
    ).toEqual({ history: { longestRunLast30DaysKm: 4 } });
  });
  it("gives no history without imported runs", () => {
    expect(historyPart({ ...base, importedRuns: [] }, "2026-03-10")).toEqual({});
  });
});

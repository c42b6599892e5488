import { describe, expect, it } from "vitest";
import { plannedRun } from "../../../test/synthetic-runs.ts";
import { historySchema } from "../episode.ts";
import { episodeHistory } from "./episode-history.ts";

describe("episodeHistory", () => {
  const activities = [
    plannedRun({ date: "2026-05-01", km: 6 }),
    plannedRun({ date: "2026-05-10", km: 8 }),
    plannedRun({ date: "2026-05-12", km: 30, sport: "cycling" }),
  ];

  it.each([
    ["2026-05-12", { longestRunLast30DaysKm: 8 }],
    ["2026-05-05", { longestRunLast30DaysKm: 6 }],
    ["2026-07-01", {}],
  ])("as of %s: %j, valid for the episode contract", (today, expected) => {
    const history = episodeHistory(activities, today);
    expect(history).toEqual(expected);
    expect(historySchema.safeParse(history).success).toBe(true);
  });
});

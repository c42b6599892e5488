// The short validation (last stored entries + new entry + today) reaches the same verdict as validating
// the whole episode with the shared schema, for any stored history in date order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../domain/dates.ts";
import { episodeSchema } from "../domain/episode.ts";
import type { StoredEpisode } from "../store/episodes.ts";
import { checkIn, injury, run, runner } from "../../test/store-fixtures.ts";
import { assembleEpisode, issuesOfNewItem } from "./episode-decision.ts";

const INJURY = "2026-03-01";
const sortedOffsets = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 12 }), { minLength: min, maxLength: max }).map((xs) => [...xs].sort((a, b) => a - b));

function stored(checkInDays: number[], runDays: number[]): StoredEpisode {
  return {
    id: "e",
    status: "active",
    createdAt: "2026-03-01T00:00:00.000Z",
    runner,
    injury: injury(INJURY),
    checkIns: checkInDays.map((d, i) => ({ ...checkIn(addDays(INJURY, d)), id: `c${i}`, clientId: `c${i}` })),
    runs: runDays.map((d, i) => ({ ...run(addDays(INJURY, d)), id: `r${i}`, clientId: `r${i}`, source: "manual" as const })),
    exerciseLogs: [],
  };
}

describe("issuesOfNewItem", () => {
  it("agrees with validating the whole episode", () => {
    fc.assert(
      fc.property(sortedOffsets(1, 6), sortedOffsets(0, 4), fc.integer({ min: 0, max: 14 }), fc.integer({ min: -2, max: 16 }), fc.boolean(), (c, r, today, newDay, isRun) => {
        const episode = stored(c, r);
        const t = addDays(INJURY, today);
        const item = isRun ? { run: run(addDays(INJURY, newDay)) } : { checkIn: checkIn(addDays(INJURY, newDay)) };
        const short = issuesOfNewItem(episode, t, item);
        const full = episodeSchema.safeParse(assembleEpisode(episode, t, item));
        expect(short.length === 0).toBe(full.success);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["before the injury", -1, 10, "date", "check-in is before the injury date"],
    ["after today", 11, 10, "date", "check-in is after today"],
    ["earlier than the last one", 4, 10, "date", "check-in is earlier than the one before it; list them in date order"],
    ["when a stored one is after today", 5, 5, "checkIns.2.date", "check-in is after today"],
  ])("names the path of a check-in %s", (_what, day, today, path, message) => {
    const history = path.startsWith("checkIns") ? [1, 2, 7] : [2, 5];
    const issues = issuesOfNewItem(stored(history, []), addDays(INJURY, today), { checkIn: checkIn(addDays(INJURY, day)) });
    expect(issues).toContainEqual({ path, message });
  });
});

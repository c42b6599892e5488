// Parts of a first assessment for store and server tests (check-ins and runs come from episode-fixtures).
import type { Injury, Runner } from "../src/domain/episode.ts";
import { addDays } from "../src/domain/dates.ts";

export { checkIn, run } from "./episode-fixtures.ts";

export const runner: Runner = { age: 35, previousHamstringStrain: "none" };

export function injury(date: string): Injury {
  return {
    date,
    onset: "sudden",
    activity: "fast_running",
    popFelt: false,
    forcedToStop: true,
    painAtInjury: 5,
    location: { level: "middle", side: "outer" },
  };
}

/** ISO date `days` after `iso`. */
export const plusDays = addDays;

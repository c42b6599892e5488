// The episode's `history` for the decision engine (rule RUN-CLEARED), filled from the runner's activities.
import { dayNumber } from "../dates.ts";
import type { Episode } from "../episode.ts";
import { toRuns, type LoadActivity } from "./load-activity.ts";
import { spikeCap } from "./spikes.ts";

/** `history.longestRunLast30DaysKm` as of `today`; empty when no run with a distance falls in those 30 days. */
export function episodeHistory(
  activities: readonly LoadActivity[],
  today: string,
): NonNullable<Episode["history"]> {
  const day = dayNumber(today);
  if (day === null) throw new RangeError(`today: not a calendar date in the form YYYY-MM-DD: "${today}"`);
  const cap = spikeCap(toRuns(activities).runs, day);
  return cap ? { longestRunLast30DaysKm: Math.round(cap.longestRunLast30DaysKm * 100) / 100 } : {};
}

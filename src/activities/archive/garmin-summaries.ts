// Garmin's *_summarizedActivities.json: one summary per activity in the account. Its file names do not
// match the uploaded FIT files, so it is keyed by start time (to the second, as FitMe matches at ±5 s)
// and used only as a sport hint and a count of what the account holds.
import type { Sport } from "../activity.ts";
import { sportFromName } from "../xml/sport-name.ts";

export interface GarminSummaries {
  readonly count: number;
  /** Sport by start time, epoch seconds. */
  readonly sportByStart: ReadonlyMap<number, Sport>;
}

const MATCH_WINDOW_S = 5;

export function readGarminSummaries(json: string): GarminSummaries {
  const parsed: unknown = JSON.parse(json);
  const sportByStart = new Map<number, Sport>();
  let count = 0;
  for (const block of Array.isArray(parsed) ? parsed : [parsed]) {
    const list = (block as { summarizedActivitiesExport?: unknown })?.summarizedActivitiesExport;
    if (!Array.isArray(list)) continue;
    for (const item of list as Record<string, unknown>[]) {
      count++;
      const start = item["startTimeGmt"];
      const sport = sportFromName(String(item["activityType"] ?? item["sportType"] ?? ""));
      if (typeof start === "number" && sport !== "other") sportByStart.set(Math.round(start / 1000), sport);
    }
  }
  return { count, sportByStart };
}

export function garminSportAt(summaries: GarminSummaries, startIso: string): Sport | null {
  const start = Math.round(Date.parse(startIso) / 1000);
  for (let d = 0; d <= MATCH_WINDOW_S; d++) {
    const sport = summaries.sportByStart.get(start - d) ?? summaries.sportByStart.get(start + d);
    if (sport) return sport;
  }
  return null;
}

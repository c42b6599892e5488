// Weekly running volume (ISO weeks, Monday first) and its week-on-week change. The change is reported,
// not used as a risk rule by itself: weekly ratios did not predict injury (Buist 2008; Frandsen 2025).
import { dayToIso, isoWeekStart } from "./calendar.ts";
import type { Run } from "./load-activity.ts";

export interface WeekVolume {
  /** The Monday starting the week. */
  readonly weekStart: string;
  /** The last day counted: the Sunday, or an earlier day when the week is cut short. */
  readonly lastDay: string;
  readonly partial: boolean;
  readonly runs: number;
  readonly timeS: number;
  readonly distanceM: number;
  /** Versus the week before; null when the week before had none, or this week is cut short. */
  readonly distanceChangePct: number | null;
  readonly timeChangePct: number | null;
}

interface Totals {
  runs: number;
  timeS: number;
  distanceM: number;
}

/** `weeks` ISO weeks ending with the week of `lastDay` (counted up to `lastDay` only). */
export function weeklyVolume(runs: readonly Run[], lastDay: number, weeks: number): WeekVolume[] {
  const lastWeek = isoWeekStart(lastDay);
  const firstWeek = lastWeek - 7 * (weeks - 1);
  // One extra week in front, so that the first reported week has a change too.
  const totals: Totals[] = Array.from({ length: weeks + 1 }, () => ({ runs: 0, timeS: 0, distanceM: 0 }));
  for (const run of runs) {
    if (run.day > lastDay || run.day < firstWeek - 7) continue;
    const t = totals[Math.floor((run.day - (firstWeek - 7)) / 7)];
    if (!t) continue;
    t.runs++;
    t.timeS += run.timeS;
    t.distanceM += run.distanceM;
  }
  const out: WeekVolume[] = [];
  for (let w = 1; w <= weeks; w++) {
    const t = totals[w] as Totals;
    const before = totals[w - 1] as Totals;
    const start = firstWeek + 7 * (w - 1);
    const end = Math.min(start + 6, lastDay);
    // A week cut short is not compared with a whole one.
    const partial = end < start + 6;
    out.push({
      weekStart: dayToIso(start),
      lastDay: dayToIso(end),
      partial,
      runs: t.runs,
      timeS: t.timeS,
      distanceM: t.distanceM,
      distanceChangePct: partial ? null : changePct(before.distanceM, t.distanceM),
      timeChangePct: partial ? null : changePct(before.timeS, t.timeS),
    });
  }
  return out;
}

export function changePct(before: number, after: number): number | null {
  return before > 0 ? ((after - before) / before) * 100 : null;
}

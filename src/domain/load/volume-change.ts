// Running volume of the last weeks versus the weeks before: the seed's "have you recently increased your
// running volume?". Reported as what the seed asks about; weekly change alone is a weak predictor (Buist 2008).
import { inRange, notEnough, type DayRange, type NotEnoughData } from "./analysis-result.ts";
import { dayToIso } from "./calendar.ts";
import { weeksIn } from "./high-speed.ts";
import type { Run } from "./load-activity.ts";
import { changePct } from "./weekly-volume.ts";

export interface VolumeChange {
  readonly kind: "ok";
  /** Distance when every run of both periods has one, time otherwise. */
  readonly measure: "distance" | "time";
  readonly recentRuns: number;
  readonly baselineRuns: number;
  readonly recentKmPerWeek: number;
  readonly baselineKmPerWeek: number;
  readonly recentMinutesPerWeek: number;
  readonly baselineMinutesPerWeek: number;
  /** Change of `measure`; null when the earlier period had no running (a return after a break). */
  readonly changePct: number | null;
}

export function compareVolume(
  runs: readonly Run[],
  recent: DayRange,
  baseline: DayRange,
): VolumeChange | NotEnoughData {
  if (!runs.some((r) => r.day < recent.from)) {
    return notEnough(`no runs before ${dayToIso(recent.from)} to compare the last weeks with`);
  }
  const r = totals(runs, recent);
  const b = totals(runs, baseline);
  const measure = r.allHaveDistance && b.allHaveDistance ? "distance" : "time";
  const before = measure === "distance" ? b.distanceM : b.timeS;
  const after = measure === "distance" ? r.distanceM : r.timeS;
  return {
    kind: "ok",
    measure,
    recentRuns: r.runs,
    baselineRuns: b.runs,
    recentKmPerWeek: r.distanceM / 1000 / weeksIn(recent),
    baselineKmPerWeek: b.distanceM / 1000 / weeksIn(baseline),
    recentMinutesPerWeek: r.timeS / 60 / weeksIn(recent),
    baselineMinutesPerWeek: b.timeS / 60 / weeksIn(baseline),
    changePct: changePct(before, after),
  };
}

function totals(runs: readonly Run[], range: DayRange) {
  let n = 0;
  let timeS = 0;
  let distanceM = 0;
  let allHaveDistance = true;
  for (const run of runs) {
    if (!inRange(run.day, range)) continue;
    n++;
    timeS += run.timeS;
    distanceM += run.distanceM;
    if (run.distanceM <= 0) allHaveDistance = false;
  }
  return { runs: n, timeS, distanceM, allHaveDistance };
}

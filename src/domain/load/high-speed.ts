// Time at high speed relative to the runner's own top speed, to find new or increased fast running.
// Speed is the main hamstring load (Chumanov 2011; Schache 2012); the seed: "high-speed running is a large
// risk factor, so be sure to introduce or increase sprint training slowly".
import { inRange, notEnough, type DayRange, type NotEnoughData } from "./analysis-result.ts";
import type { Run } from "./load-activity.ts";
import { bestSustainedSpeed, MAX_RUNNING_SPEED_MPS, traceSpeed } from "./speed-trace.ts";
import { count } from "./units-text.ts";

/** High speed starts at this share of the runner's robust top speed... */
export const TOP_SPEED_SHARE = 0.8;
/** ...and never below this multiple of their typical pace, so easy running never counts as fast. */
export const TYPICAL_SPEED_MULTIPLE = 1.2;
/** The robust top speed: this percentile of the runs' best sustained speeds, not the single fastest. */
const TOP_SPEED_PERCENTILE = 0.9;
export const MIN_RUNS_FOR_TOP_SPEED = 5;

export interface SpeedReference {
  readonly kind: "ok";
  readonly topSpeedMps: number;
  readonly typicalSpeedMps: number | null;
  readonly thresholdMps: number;
  /** Which bound set the threshold: the share of top speed, or the floor above typical pace. */
  readonly thresholdBasis: "top_speed" | "typical_speed";
  readonly runsWithSpeed: number;
}

/** The runner's top speed and high-speed threshold, from the runs of `history` (one pass over their samples). */
export function speedReference(runs: readonly Run[], history: DayRange): SpeedReference | NotEnoughData {
  const bests: number[] = [];
  const averages: number[] = [];
  for (const run of runs) {
    if (!inRange(run.day, history)) continue;
    const average = run.timeS > 0 ? run.distanceM / run.timeS : 0;
    // A file whose moving time is implausibly short (a run "at" 50 m/s) says nothing about typical pace.
    if (average > 0 && average <= MAX_RUNNING_SPEED_MPS) averages.push(average);
    const samples = run.activity.samples;
    if (!samples) continue;
    const best = bestSustainedSpeed(traceSpeed(samples));
    if (best !== null && best > 0) bests.push(best);
  }
  if (bests.length < MIN_RUNS_FOR_TOP_SPEED) {
    return notEnough(
      `only ${count(bests.length, "run")} with speed samples (${MIN_RUNS_FOR_TOP_SPEED} needed to know your top speed)`,
    );
  }
  const topSpeedMps = percentile(bests, TOP_SPEED_PERCENTILE);
  const typicalSpeedMps = averages.length > 0 ? percentile(averages, 0.5) : null;
  const fromTop = TOP_SPEED_SHARE * topSpeedMps;
  const fromTypical = TYPICAL_SPEED_MULTIPLE * (typicalSpeedMps ?? 0);
  return {
    kind: "ok",
    topSpeedMps,
    typicalSpeedMps,
    thresholdMps: Math.max(fromTop, fromTypical),
    thresholdBasis: fromTop >= fromTypical ? "top_speed" : "typical_speed",
    runsWithSpeed: bests.length,
  };
}

/** Nearest-rank percentile of a non-empty list (0 < p <= 1). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] as number;
}

/** Seconds of high-speed running in one run, with the day it belongs to; null when it has no speed data. */
export interface RunHighSpeed {
  readonly day: number;
  readonly highSpeedS: number | null;
}

export interface HighSpeedChange {
  readonly kind: "ok";
  readonly reference: SpeedReference;
  readonly recentPerWeekS: number;
  readonly baselinePerWeekS: number;
  readonly recentRunsWithSpeed: number;
  readonly baselineRunsWithSpeed: number;
}

export const MIN_RUNS_PER_BLOCK = 2;

/** High-speed time per week in the recent block versus the baseline block (each a whole number of weeks). */
export function compareHighSpeed(
  reference: SpeedReference,
  perRun: readonly RunHighSpeed[],
  recent: DayRange,
  baseline: DayRange,
): HighSpeedChange | NotEnoughData {
  const r = blockTotal(perRun, recent);
  const b = blockTotal(perRun, baseline);
  if (r.runs < MIN_RUNS_PER_BLOCK || b.runs < MIN_RUNS_PER_BLOCK) {
    return notEnough(
      `runs with speed data: ${b.runs} in the earlier weeks and ${r.runs} in the last weeks (${MIN_RUNS_PER_BLOCK} needed in each)`,
    );
  }
  return {
    kind: "ok",
    reference,
    recentPerWeekS: r.seconds / weeksIn(recent),
    baselinePerWeekS: b.seconds / weeksIn(baseline),
    recentRunsWithSpeed: r.runs,
    baselineRunsWithSpeed: b.runs,
  };
}

function blockTotal(perRun: readonly RunHighSpeed[], range: DayRange): { seconds: number; runs: number } {
  let seconds = 0;
  let runs = 0;
  for (const r of perRun) {
    if (r.highSpeedS === null || !inRange(r.day, range)) continue;
    seconds += r.highSpeedS;
    runs++;
  }
  return { seconds, runs };
}

export function weeksIn(range: DayRange): number {
  return (range.to - range.from + 1) / 7;
}

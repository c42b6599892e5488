// Single-run spikes: a run longer than the longest of the previous 30 days, in the bands of Frandsen 2025
// (5,205 runners: hazard 1.64, 1.52 and 2.28 for >10-30 %, >30-100 % and >100 % versus <=10 %).
import { dayToIso } from "./calendar.ts";
import { MS_PER_DAY, type Run } from "./load-activity.ts";

export type SpikeBand = "up_to_10" | "10_to_30" | "30_to_100" | "over_100";

interface BandRow {
  readonly band: SpikeBand;
  /** The band holds increases above this (%), up to the next row's. */
  readonly abovePct: number;
  readonly label: string;
  /** Overuse-injury hazard versus runs within 10 % (Frandsen 2025). */
  readonly hazardRatio: number;
}

/** Ordered by increase. */
export const SPIKE_BANDS: readonly BandRow[] = [
  { band: "up_to_10", abovePct: -Infinity, label: "<=10 %", hazardRatio: 1 },
  { band: "10_to_30", abovePct: 10, label: ">10-30 %", hazardRatio: 1.64 },
  { band: "30_to_100", abovePct: 30, label: ">30-100 %", hazardRatio: 1.52 },
  { band: "over_100", abovePct: 100, label: ">100 %", hazardRatio: 2.28 },
];

/** The spike rule's cap: the next run at most this much longer than the 30-day longest. */
export const SPIKE_CAP_PCT = 10;
const WINDOW_DAYS = 30;

export function spikeBandRow(increasePct: number): BandRow {
  let row = SPIKE_BANDS[0] as BandRow;
  for (const r of SPIKE_BANDS) if (increasePct > r.abovePct) row = r;
  return row;
}

export interface RunSpike {
  readonly date: string;
  readonly start: string;
  /** Distance when the run has one; time otherwise (a treadmill without distance). */
  readonly measure: "distance" | "time";
  /** Metres or seconds, after `measure`. */
  readonly length: number;
  readonly reference: number;
  readonly referenceDate: string;
  readonly increasePct: number;
  readonly band: SpikeBand;
  readonly bandLabel: string;
  readonly hazardRatio: number;
}

export interface SpikeScan {
  /** Runs in the range that were longer than their 30-day reference, oldest first. */
  readonly spikes: readonly RunSpike[];
  readonly runsInRange: number;
  /** Runs in the range that had a run of the same measure in the 30 days before them. */
  readonly runsWithReference: number;
}

/** Runs on days [fromDay, toDay] compared with the longest run of the 30 days before each. */
export function scanSpikes(runs: readonly Run[], fromDay: number, toDay: number): SpikeScan {
  const spikes: RunSpike[] = [];
  let runsInRange = 0;
  let runsWithReference = 0;
  runs.forEach((run, i) => {
    if (run.day < fromDay || run.day > toDay) return;
    runsInRange++;
    const measure = run.distanceM > 0 ? "distance" : "time";
    const length = measure === "distance" ? run.distanceM : run.timeS;
    const ref = longestBefore(runs, i, measure);
    if (!ref || length <= 0) return;
    runsWithReference++;
    if (length <= ref.length) return;
    const increasePct = (length / ref.length - 1) * 100;
    const row = spikeBandRow(increasePct);
    spikes.push({
      date: dayToIso(run.day),
      start: run.activity.start,
      measure,
      length,
      reference: ref.length,
      referenceDate: dayToIso(ref.run.day),
      increasePct,
      band: row.band,
      bandLabel: row.label,
      hazardRatio: row.hazardRatio,
    });
  });
  return { spikes, runsInRange, runsWithReference };
}

/** The longest run (by `measure`) that started in the 30 days before runs[i]; runs are oldest first. */
function longestBefore(
  runs: readonly Run[],
  i: number,
  measure: "distance" | "time",
): { run: Run; length: number } | null {
  const run = runs[i] as Run;
  const from = run.startMs - WINDOW_DAYS * MS_PER_DAY;
  let best: { run: Run; length: number } | null = null;
  for (let j = i - 1; j >= 0; j--) {
    const prev = runs[j] as Run;
    if (prev.startMs < from) break;
    if (prev.startMs >= run.startMs) continue;
    const length = measure === "distance" ? prev.distanceM : prev.timeS;
    if (length > 0 && (!best || length > best.length)) best = { run: prev, length };
  }
  return best;
}

export interface SpikeCap {
  /** The day the cap applies to (the next run). */
  readonly asOf: string;
  /** `history.longestRunLast30DaysKm` for the decision engine. */
  readonly longestRunLast30DaysKm: number;
  readonly longestRunDate: string;
  /** The next run should be no longer than this: +10 % (Frandsen 2025). */
  readonly capKm: number;
}

/** The longest run with a distance in the 30 days up to and including `day`, and the +10 % cap; null without one. */
export function spikeCap(runs: readonly Run[], day: number): SpikeCap | null {
  let best: Run | null = null;
  for (const run of runs) {
    if (run.day > day || run.day <= day - WINDOW_DAYS) continue;
    if (run.distanceM > 0 && (!best || run.distanceM > best.distanceM)) best = run;
  }
  if (!best) return null;
  const km = best.distanceM / 1000;
  return {
    asOf: dayToIso(day),
    longestRunLast30DaysKm: km,
    longestRunDate: dayToIso(best.day),
    capKm: km * (1 + SPIKE_CAP_PCT / 100),
  };
}

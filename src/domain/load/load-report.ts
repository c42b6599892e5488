// The training-load report for the weeks before an injury (the seed's "causes"): what changed, with the
// numbers, the likely contributing factors with their sources, and the single-run cap for the next run.
import { dayNumber } from "../dates.ts";
import { inRange, type DayRange, type NotEnoughData } from "./analysis-result.ts";
import {
  addRunCadence,
  cadenceOverTime,
  compareCadence,
  emptyCadenceBands,
  mergeCadenceBands,
  type CadenceBands,
  type CadenceChange,
} from "./cadence.ts";
import { dayToIso, isoWeekStart } from "./calendar.ts";
import { contributingFactors, type LoadFactor } from "./factors.ts";
import {
  compareHighSpeed,
  speedReference,
  type HighSpeedChange,
  type RunHighSpeed,
  type SpeedReference,
} from "./high-speed.ts";
import { MS_PER_DAY, parseInstant, toRuns, type LoadActivity, type Run } from "./load-activity.ts";
import { scanSpikes, spikeCap, type RunSpike, type SpikeCap } from "./spikes.ts";
import { timeAtOrAbove, traceSpeed } from "./speed-trace.ts";
import { count } from "./units-text.ts";
import { compareVolume, type VolumeChange } from "./volume-change.ts";
import { weeklyVolume, type WeekVolume } from "./weekly-volume.ts";

export interface LoadReportInput {
  readonly activities: readonly LoadActivity[];
  /** ISO date of the injury; the runs of that day count (the injury may have happened on that run). */
  readonly injuryDate: string;
  /** Weeks shown in the weekly table (default 8). The comparisons are always the last 4 weeks against the 4 before. */
  readonly weeks?: number;
  /** The day the next-run cap is for (default the injury date). */
  readonly asOf?: string;
}

export interface WeekLoad extends WeekVolume {
  /** Seconds above the high-speed threshold; null when no run of the week had speed data or no threshold is known. */
  readonly highSpeedS: number | null;
  /** Steps per minute at the report's cadence speed band (`cadenceBand`); null with too little running there. */
  readonly cadenceSpm: number | null;
}

export interface LoadReport {
  readonly injuryDate: string;
  readonly recent: { readonly from: string; readonly to: string };
  readonly baseline: { readonly from: string; readonly to: string };
  readonly runsInReport: number;
  readonly activitiesNotRunning: number;
  readonly activitiesWithUnreadableStart: number;
  readonly weeks: readonly WeekLoad[];
  /** Runs of the weekly table longer than the longest of their previous 30 days (any band). */
  readonly spikes: readonly RunSpike[];
  readonly volume: VolumeChange | NotEnoughData;
  readonly speedReference: SpeedReference | NotEnoughData;
  readonly highSpeed: HighSpeedChange | NotEnoughData;
  readonly cadence: CadenceChange | NotEnoughData;
  /** The speed band the weekly cadence is read at (the one run most); null without cadence data. */
  readonly cadenceBand: { readonly fromMps: number; readonly toMps: number } | null;
  readonly factors: readonly LoadFactor[];
  /** Plain statements of what could not be judged, and why. */
  readonly notes: readonly string[];
  /** The day the next-run cap is for, and the cap (null without a run with a distance in the 30 days up to it). */
  readonly nextRunAsOf: string;
  readonly nextRunCap: SpikeCap | null;
}

/** Fewer runs than this in the 8 weeks before the injury: too few to name contributing factors. */
export const MIN_RUNS_FOR_FACTORS = 4;
const BLOCK_DAYS = 28;
const TOP_SPEED_HISTORY_DAYS = 365;

/**
 * Whether the report reads the samples of an activity that started at `start`: only for the year up to the
 * injury. Callers reading a long history can drop the samples of every other activity and keep its summary.
 */
export function samplesNeeded(start: string, injuryDate: string): boolean {
  const injury = dayNumber(injuryDate);
  const ms = parseInstant(start);
  if (injury === null || ms === null) return false;
  const day = Math.floor(ms / MS_PER_DAY);
  return day <= injury && day > injury - TOP_SPEED_HISTORY_DAYS;
}

/** The periods of a report: the last 4 weeks up to the injury, the 4 before, and the weekly table's ISO weeks. */
function reportPeriods(
  injury: number,
  weekCount: number,
): { recent: DayRange; baseline: DayRange; table: DayRange } {
  const recent = { from: injury - BLOCK_DAYS + 1, to: injury };
  const baseline = { from: recent.from - BLOCK_DAYS, to: recent.from - 1 };
  const table = { from: isoWeekStart(injury) - 7 * (weekCount - 1), to: injury };
  return { recent, baseline, table };
}

export function loadReport(input: LoadReportInput): LoadReport {
  const injury = requireDay(input.injuryDate, "injuryDate");
  const asOf = input.asOf === undefined ? injury : requireDay(input.asOf, "asOf");
  const weekCount = input.weeks ?? 8;
  if (!Number.isInteger(weekCount) || weekCount < 1 || weekCount > 104)
    throw new RangeError(`weeks: must be a whole number from 1 to 104, got ${weekCount}`);

  const { runs, unreadableStarts } = toRuns(input.activities);
  const { recent, baseline, table } = reportPeriods(injury, weekCount);
  const pass = windowPass(
    runs,
    { from: Math.min(table.from, baseline.from), to: injury },
    recent,
    baseline,
    injury,
  );
  const tableWeeks = Array.from({ length: weekCount }, (_, i) => table.from + 7 * i);
  const cadenceWeeks = cadenceOverTime(
    tableWeeks.map((w) => pass.weeklyCadence.get(w) ?? emptyCadenceBands()),
  );

  const spikeScan = scanSpikes(runs, table.from, table.to);
  const volume = compareVolume(
    runs.filter((r) => r.day <= injury),
    recent,
    baseline,
  );
  const highSpeed =
    pass.reference.kind === "ok"
      ? compareHighSpeed(pass.reference, pass.perRun, recent, baseline)
      : pass.reference;
  const runsInBlocks = runs.filter((r) => r.day >= baseline.from && r.day <= injury).length;
  const enough = runsInBlocks >= MIN_RUNS_FOR_FACTORS;
  const analysis = {
    recentSpikes: scanSpikes(runs, recent.from, recent.to).spikes,
    volume,
    highSpeed,
    cadence: pass.cadence,
  };
  return {
    injuryDate: dayToIso(injury),
    recent: { from: dayToIso(recent.from), to: dayToIso(recent.to) },
    baseline: { from: dayToIso(baseline.from), to: dayToIso(baseline.to) },
    runsInReport: runs.filter((r) => inRange(r.day, table)).length,
    activitiesNotRunning: input.activities.length - runs.length - unreadableStarts,
    activitiesWithUnreadableStart: unreadableStarts,
    weeks: weeklyVolume(runs, injury, weekCount).map((w, i) => ({
      ...w,
      highSpeedS: pass.weeklyHighSpeed.get(tableWeeks[i] as number) ?? null,
      cadenceSpm: cadenceWeeks?.spm[i] ?? null,
    })),
    spikes: spikeScan.spikes,
    volume,
    speedReference: pass.reference,
    highSpeed,
    cadence: pass.cadence,
    cadenceBand: cadenceWeeks ? { fromMps: cadenceWeeks.fromMps, toMps: cadenceWeeks.toMps } : null,
    factors: enough ? contributingFactors(analysis) : [],
    notes: reportNotes(enough, runsInBlocks, spikeScan.runsInRange, spikeScan.runsWithReference, analysis),
    nextRunAsOf: dayToIso(asOf),
    nextRunCap: spikeCap(runs, asOf),
  };
}

interface WindowPass {
  readonly reference: SpeedReference | NotEnoughData;
  readonly perRun: RunHighSpeed[];
  /** High-speed seconds per ISO week (keyed by its Monday), for weeks with speed data. */
  readonly weeklyHighSpeed: ReadonlyMap<number, number>;
  /** Cadence bands per ISO week (keyed by its Monday). */
  readonly weeklyCadence: ReadonlyMap<number, CadenceBands>;
  readonly cadence: CadenceChange | NotEnoughData;
}

/** One trace per run of the window feeds both the high-speed time and the cadence bands: linear in samples. */
function windowPass(
  runs: readonly Run[],
  window: DayRange,
  recent: DayRange,
  baseline: DayRange,
  injury: number,
): WindowPass {
  const reference = speedReference(runs, { from: injury - TOP_SPEED_HISTORY_DAYS + 1, to: injury });
  const perRun: RunHighSpeed[] = [];
  const weekly = new Map<number, number>();
  const weeklyCadence = new Map<number, CadenceBands>();
  const bands = { recent: emptyCadenceBands(), baseline: emptyCadenceBands() };
  for (const run of runs) {
    const samples = run.activity.samples;
    if (!inRange(run.day, window) || !samples) continue;
    const trace = traceSpeed(samples);
    const week = isoWeekStart(run.day);
    const runBands = emptyCadenceBands();
    if (addRunCadence(runBands, samples, trace)) {
      if (inRange(run.day, recent)) mergeCadenceBands(bands.recent, runBands);
      else if (inRange(run.day, baseline)) mergeCadenceBands(bands.baseline, runBands);
      if (!weeklyCadence.has(week)) weeklyCadence.set(week, emptyCadenceBands());
      mergeCadenceBands(weeklyCadence.get(week) as CadenceBands, runBands);
    }
    if (reference.kind !== "ok" || !trace.sustained.some((v) => v >= 0)) continue;
    const highSpeedS = timeAtOrAbove(trace, reference.thresholdMps);
    perRun.push({ day: run.day, highSpeedS });
    weekly.set(week, (weekly.get(week) ?? 0) + highSpeedS);
  }
  return {
    reference,
    perRun,
    weeklyHighSpeed: weekly,
    weeklyCadence,
    cadence: compareCadence(bands.baseline, bands.recent),
  };
}

function reportNotes(
  enough: boolean,
  runsInBlocks: number,
  runsInTable: number,
  runsWithReference: number,
  a: {
    volume: VolumeChange | NotEnoughData;
    highSpeed: HighSpeedChange | NotEnoughData;
    cadence: CadenceChange | NotEnoughData;
  },
): string[] {
  const notes: string[] = [];
  if (!enough)
    notes.push(
      `Not enough data: ${count(runsInBlocks, "run")} in the 8 weeks before the injury (${MIN_RUNS_FOR_FACTORS} needed to name contributing factors).`,
    );
  if (runsInTable > 0 && runsWithReference === 0)
    notes.push("Single-run spikes: not enough data (no run had another run in the 30 days before it).");
  if (a.volume.kind === "not_enough_data") notes.push(`Volume change: not enough data (${a.volume.reason}).`);
  if (a.highSpeed.kind === "not_enough_data")
    notes.push(`Fast running: not enough data (${a.highSpeed.reason}).`);
  if (a.cadence.kind === "not_enough_data") notes.push(`Cadence: not enough data (${a.cadence.reason}).`);
  return notes;
}

function requireDay(iso: string, field: string): number {
  const day = dayNumber(iso);
  if (day === null) throw new RangeError(`${field}: not a calendar date in the form YYYY-MM-DD: "${iso}"`);
  return day;
}

// Cadence by speed band: at the same speed, fewer steps per minute means longer steps. A drop at the same
// speed suggests overstriding, which the seed links to hamstring strain (Heiderscheit 2011: biomechanics only).
import { notEnough, type NotEnoughData } from "./analysis-result.ts";
import type { LoadSamples } from "./load-activity.ts";
import { MAX_RUNNING_SPEED_MPS, type SpeedTrace } from "./speed-trace.ts";

export const CADENCE_BAND_MPS = 0.25;
/** Slower is walking: its cadence says nothing about running stride. */
const MIN_RUNNING_SPEED_MPS = 1.5;
/** A run whose cadence averages below this counts one foot (some TCX and GPX files): doubled. */
const ONE_FOOT_BELOW_SPM = 110;
const MIN_SPM = 120;
const MAX_SPM = 250;
/** A band is compared only with this much running in both periods... */
export const MIN_BAND_S = 5 * 60;
/** ...and the comparison needs this much matched running in all. */
export const MIN_MATCHED_S = 20 * 60;
const BAND_COUNT = Math.ceil(MAX_RUNNING_SPEED_MPS / CADENCE_BAND_MPS) + 1;

/** Running time and cadence-weighted time per speed band, for one period. */
export interface CadenceBands {
  readonly seconds: Float64Array;
  readonly stepSeconds: Float64Array;
}

export function emptyCadenceBands(): CadenceBands {
  return { seconds: new Float64Array(BAND_COUNT), stepSeconds: new Float64Array(BAND_COUNT) };
}

/** Adds one run's samples to `bands` (two passes over the samples); false when the run has no usable cadence. */
export function addRunCadence(bands: CadenceBands, samples: LoadSamples, trace: SpeedTrace): boolean {
  const scale = footScale(samples, trace);
  if (scale === null) return false;
  let used = false;
  forEachRunningCadence(samples, trace, (band, spm, dt) => {
    const c = spm * scale;
    if (c < MIN_SPM || c > MAX_SPM) return;
    bands.seconds[band] = (bands.seconds[band] as number) + dt;
    bands.stepSeconds[band] = (bands.stepSeconds[band] as number) + c * dt;
    used = true;
  });
  return used;
}

/** Adds the bands of `from` into `into` (a run's bands into a period's). */
export function mergeCadenceBands(into: CadenceBands, from: CadenceBands): void {
  for (let b = 0; b < BAND_COUNT; b++) {
    into.seconds[b] = (into.seconds[b] as number) + (from.seconds[b] as number);
    into.stepSeconds[b] = (into.stepSeconds[b] as number) + (from.stepSeconds[b] as number);
  }
}

export interface CadenceOverTime {
  /** The speed band the runner ran most in these weeks: each week's cadence is read there. */
  readonly fromMps: number;
  readonly toMps: number;
  /** Per week, in order; null with under 5 minutes in the band that week. */
  readonly spm: readonly (number | null)[];
}

/** Cadence week by week at one speed, so that a change of pace mix does not pass for a change of stride. */
export function cadenceOverTime(weeks: readonly CadenceBands[]): CadenceOverTime | null {
  let band = -1;
  let most = 0;
  for (let b = 0; b < BAND_COUNT; b++) {
    const total = weeks.reduce((sum, w) => sum + (w.seconds[b] as number), 0);
    if (total > most) [band, most] = [b, total];
  }
  if (band < 0) return null;
  const spm = weeks.map((w) => {
    const t = w.seconds[band] as number;
    return t >= MIN_BAND_S ? (w.stepSeconds[band] as number) / t : null;
  });
  return { fromMps: band * CADENCE_BAND_MPS, toMps: (band + 1) * CADENCE_BAND_MPS, spm };
}

function footScale(samples: LoadSamples, trace: SpeedTrace): number | null {
  let seconds = 0;
  let stepSeconds = 0;
  forEachRunningCadence(samples, trace, (_band, spm, dt) => {
    seconds += dt;
    stepSeconds += spm * dt;
  });
  if (seconds === 0) return null;
  return stepSeconds / seconds < ONE_FOOT_BELOW_SPM ? 2 : 1;
}

function forEachRunningCadence(
  samples: LoadSamples,
  trace: SpeedTrace,
  visit: (band: number, spm: number, dt: number) => void,
): void {
  const n = Math.min(samples.cadence.length, trace.dt.length);
  for (let i = 0; i < n; i++) {
    const spm = samples.cadence[i] as number;
    const v = trace.sustained[i] as number;
    const dt = trace.dt[i] as number;
    if (!(spm > 0) || !(v >= MIN_RUNNING_SPEED_MPS) || dt === 0) continue;
    visit(Math.floor(v / CADENCE_BAND_MPS), spm, dt);
  }
}

export interface CadenceBandChange {
  /** Lower edge of the band (m/s). */
  readonly fromMps: number;
  readonly toMps: number;
  readonly baselineSpm: number;
  readonly recentSpm: number;
  readonly baselineMinutes: number;
  readonly recentMinutes: number;
  readonly changePct: number;
}

export interface CadenceChange {
  readonly kind: "ok";
  readonly bands: readonly CadenceBandChange[];
  /** Mean change over the matched bands, weighted by the smaller of the two periods' time in each. */
  readonly meanChangePct: number;
  readonly matchedMinutes: number;
}

/** Cadence at the same speed, recent versus baseline; not enough data unless enough running is matched. */
export function compareCadence(baseline: CadenceBands, recent: CadenceBands): CadenceChange | NotEnoughData {
  const bands: CadenceBandChange[] = [];
  let weight = 0;
  let weightedChange = 0;
  for (let b = 0; b < BAND_COUNT; b++) {
    const tb = baseline.seconds[b] as number;
    const tr = recent.seconds[b] as number;
    if (tb < MIN_BAND_S || tr < MIN_BAND_S) continue;
    const baselineSpm = (baseline.stepSeconds[b] as number) / tb;
    const recentSpm = (recent.stepSeconds[b] as number) / tr;
    const changePct = (recentSpm / baselineSpm - 1) * 100;
    bands.push({
      fromMps: b * CADENCE_BAND_MPS,
      toMps: (b + 1) * CADENCE_BAND_MPS,
      baselineSpm,
      recentSpm,
      baselineMinutes: tb / 60,
      recentMinutes: tr / 60,
      changePct,
    });
    const w = Math.min(tb, tr);
    weight += w;
    weightedChange += w * changePct;
  }
  if (weight < MIN_MATCHED_S) {
    return notEnough(
      `${Math.round(weight / 60)} min of running with cadence at matching speeds in both periods (${MIN_MATCHED_S / 60} min needed)`,
    );
  }
  return { kind: "ok", bands, meanChangePct: weightedChange / weight, matchedMinutes: weight / 60 };
}

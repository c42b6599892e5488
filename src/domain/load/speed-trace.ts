// Speed samples made robust: a trailing 10-second time-weighted mean, so that one GPS spike is not a sprint.
// Every function here is one pass over the samples.
import type { LoadSamples } from "./load-activity.ts";

/** Faster than any recreational runner's top speed: a sample above it is a GPS glitch. */
export const MAX_RUNNING_SPEED_MPS = 11;
/** Sustained means held for this long. */
export const SUSTAINED_WINDOW_S = 10;
/** A longer gap between samples is a pause; its time does not count. */
const MAX_SAMPLE_GAP_S = 10;
/** A window must hold this much sampled time to give a value. */
const MIN_COVERAGE_S = 0.8 * SUSTAINED_WINDOW_S;

export interface SpeedTrace {
  /** Seconds each sample stands for (0 for the first sample and after a pause). */
  readonly dt: Float64Array;
  /** Trailing sustained speed (m/s) at each sample; NaN where the window holds too little. */
  readonly sustained: Float64Array;
}

export function traceSpeed(samples: LoadSamples): SpeedTrace {
  const n = Math.min(samples.time.length, samples.speed.length);
  const dt = sampleDurations(samples.time, n);
  const sustained = new Float64Array(n).fill(Number.NaN);
  let left = 0;
  let sumVdt = 0;
  let sumDt = 0;
  for (let i = 0; i < n; i++) {
    const v = validSpeed(samples.speed[i] as number);
    const w = v === null ? 0 : (dt[i] as number);
    sumVdt += (v ?? 0) * w;
    sumDt += w;
    const t = samples.time[i] as number;
    while (left < i && (samples.time[left] as number) <= t - SUSTAINED_WINDOW_S) {
      const vl = validSpeed(samples.speed[left] as number);
      if (vl !== null) {
        sumVdt -= vl * (dt[left] as number);
        sumDt -= dt[left] as number;
      }
      left++;
    }
    if (sumDt >= MIN_COVERAGE_S) sustained[i] = sumVdt / sumDt;
  }
  return { dt, sustained };
}

/** The fastest speed held for the sustained window; null when the run has no usable speed. */
export function bestSustainedSpeed(trace: SpeedTrace): number | null {
  let best = -1;
  for (const v of trace.sustained) if (v > best) best = v;
  return best >= 0 ? best : null;
}

/** Seconds at or above `thresholdMps` (sustained speed). */
export function timeAtOrAbove(trace: SpeedTrace, thresholdMps: number): number {
  let s = 0;
  for (let i = 0; i < trace.dt.length; i++)
    if ((trace.sustained[i] as number) >= thresholdMps) s += trace.dt[i] as number;
  return s;
}

function sampleDurations(time: ArrayLike<number>, n: number): Float64Array {
  const dt = new Float64Array(n);
  for (let i = 1; i < n; i++) {
    const d = (time[i] as number) - (time[i - 1] as number);
    dt[i] = d > 0 && d <= MAX_SAMPLE_GAP_S ? d : 0;
  }
  return dt;
}

function validSpeed(v: number): number | null {
  return Number.isFinite(v) && v >= 0 && v <= MAX_RUNNING_SPEED_MPS ? v : null;
}

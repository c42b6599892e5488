// Builds the canonical Activity from what a parser decoded, and computes its summary (duration, moving
// time, distance, paces, elevation gain, averages) the same way for every file format.
import type { Activity, ActivitySummary, Lap, Samples, Sport } from "./activity.ts";
import { deriveDistanceFromPositions, deriveSpeedFromDistance } from "./derive-channels.ts";
import type { MutableSamples } from "./samples.ts";

export interface SummaryOptions {
  /** The runner's own high-speed threshold (m/s); time above it is reported when given. */
  readonly highSpeedMps?: number;
}

export interface ActivityInput {
  readonly format: Activity["format"];
  readonly sport: Sport;
  readonly start: string;
  readonly utcOffsetS: number | null;
  readonly device: string | null;
  /** Channels missing from the file (distance, speed) are derived in place when possible. */
  readonly samples: MutableSamples;
  readonly laps: readonly Lap[];
}

/** Slower than this (m/s) counts as standing still. */
const MOVING_SPEED_MPS = 0.5;
/** A sample interval longer than this is a gap (pause, signal loss); its time is only counted when distance shows movement. */
const MAX_SAMPLE_GAP_S = 30;
/** Altitude must move this far (m) from the last turning point before it counts: GPS/baro noise is smaller. */
const ELEVATION_HYSTERESIS_M = 2.5;
const BEST_PACE_DISTANCE_M = 1000;
const BEST_PACE_MIN_DURATION_S = 30;

export function buildActivity(input: ActivityInput, options: SummaryOptions = {}): Activity {
  deriveDistanceFromPositions(input.samples);
  deriveSpeedFromDistance(input.samples);
  return {
    format: input.format,
    sport: input.sport,
    start: input.start,
    utcOffsetS: input.utcOffsetS,
    device: input.device,
    samples: input.samples,
    laps: input.laps,
    summary: summarise(input.samples, options),
  };
}

export function summarise(s: Samples, options: SummaryOptions = {}): ActivitySummary {
  const distanceM = totalDistance(s);
  const movingTimeS = movingTime(s);
  // Under a metre of distance gives no meaningful pace (and tiny values would divide to Infinity).
  const hasDistance = distanceM >= 1;
  return {
    durationS: duration(s),
    movingTimeS,
    distanceM,
    avgPaceSPerKm: hasDistance && movingTimeS > 0 ? movingTimeS / (distanceM / 1000) : null,
    bestPaceSPerKm: hasDistance ? bestPace(s) : null,
    elevationGainM: elevationGain(s.altitude),
    avgHeartRate: positiveMean(s.heartRate),
    avgCadence: positiveMean(s.cadence),
    timeAboveHighSpeedS: options.highSpeedMps === undefined ? null : timeAbove(s, options.highSpeedMps),
    maxSpeedMps: maxSustainedSpeed(s.speed),
  };
}

function firstFinite(a: Float64Array): number {
  for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i])) return a[i]!;
  return Number.NaN;
}

function lastFinite(a: Float64Array): number {
  for (let i = a.length - 1; i >= 0; i--) if (Number.isFinite(a[i])) return a[i]!;
  return Number.NaN;
}

function duration(s: Samples): number {
  const d = lastFinite(s.time) - firstFinite(s.time);
  return Number.isFinite(d) && d > 0 ? d : 0;
}

/** The largest cumulative distance (a device can reset or dip its distance near the end). */
function totalDistance(s: Samples): number {
  let max = 0;
  for (let i = 0; i < s.length; i++) if (s.distance[i]! > max) max = s.distance[i]!;
  return max;
}

/**
 * Sums the intervals spent moving: distance advancing at walking pace or more (whatever the gap), or else a
 * recorded speed above it (gaps then capped, since a lone speed reading says nothing about a long pause).
 */
function movingTime(s: Samples): number {
  const { time, distance, speed } = s;
  let total = 0;
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    if (!Number.isFinite(time[i]!)) continue;
    if (prev >= 0) {
      const dt = time[i]! - time[prev]!;
      const dd = distance[i]! - distance[prev]!;
      if (dt > 0) {
        if (dd / dt > MOVING_SPEED_MPS) total += dt;
        else if (speed[i]! > MOVING_SPEED_MPS && (dt <= MAX_SAMPLE_GAP_S || !Number.isFinite(dd))) {
          total += Math.min(dt, MAX_SAMPLE_GAP_S);
        }
      }
    }
    prev = i;
  }
  return total;
}

/** Indices of samples having both a time and a distance, in order. */
function timedDistanceIndices(s: Samples): Int32Array {
  const out = new Int32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++)
    if (Number.isFinite(s.time[i]!) && Number.isFinite(s.distance[i]!)) out[n++] = i;
  return out.subarray(0, n);
}

/**
 * Fastest 1 km (elapsed time over the shortest window covering 1 km); for shorter activities the fastest pace
 * sustained over at least 30 s. Seconds per km, or null when neither can be measured.
 */
function bestPace(s: Samples): number | null {
  const idx = timedDistanceIndices(s);
  const { time: t, distance: d } = s;
  const span = idx.length > 1 ? d[idx[idx.length - 1]!]! - d[idx[0]!]! : 0;
  let best = Number.POSITIVE_INFINITY;
  let lo = 0;
  if (span >= BEST_PACE_DISTANCE_M) {
    for (let hi = 1; hi < idx.length; hi++) {
      const end = idx[hi]!;
      while (lo + 1 < hi && d[end]! - d[idx[lo + 1]!]! >= BEST_PACE_DISTANCE_M) lo++;
      const start = idx[lo]!;
      const dd = d[end]! - d[start]!;
      const dt = t[end]! - t[start]!;
      if (dd >= BEST_PACE_DISTANCE_M && dt > 0) best = Math.min(best, dt / (dd / 1000));
    }
  } else {
    for (let hi = 1; hi < idx.length; hi++) {
      const end = idx[hi]!;
      while (lo + 1 < hi && t[end]! - t[idx[lo + 1]!]! >= BEST_PACE_MIN_DURATION_S) lo++;
      const start = idx[lo]!;
      const dd = d[end]! - d[start]!;
      const dt = t[end]! - t[start]!;
      if (dt >= BEST_PACE_MIN_DURATION_S && dd > 0) best = Math.min(best, dt / (dd / 1000));
    }
  }
  return Number.isFinite(best) ? best : null;
}

/** Total climb, counting a rise only once altitude has moved past the hysteresis band from the last turning point. */
function elevationGain(altitude: Float64Array): number | null {
  let ref = Number.NaN;
  let gain = 0;
  for (let i = 0; i < altitude.length; i++) {
    const a = altitude[i]!;
    if (!Number.isFinite(a)) continue;
    if (!Number.isFinite(ref)) ref = a;
    else if (a - ref >= ELEVATION_HYSTERESIS_M) {
      gain += a - ref;
      ref = a;
    } else if (ref - a >= ELEVATION_HYSTERESIS_M) ref = a;
  }
  return Number.isFinite(ref) ? gain : null;
}

/** Mean of the values above zero (0 and NaN mean "no reading" for heart rate and cadence). */
function positiveMean(values: Float64Array): number | null {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v > 0) {
      sum += v;
      n++;
    }
  }
  return n > 0 ? sum / n : null;
}

/** Seconds spent at or above `threshold` m/s (each interval judged by its closing sample; gaps capped). */
function timeAbove(s: Samples, threshold: number): number | null {
  let total = 0;
  let seen = false;
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    if (!Number.isFinite(s.time[i]!)) continue;
    if (Number.isFinite(s.speed[i]!)) seen = true;
    if (prev >= 0 && s.speed[i]! >= threshold) {
      const dt = s.time[i]! - s.time[prev]!;
      if (dt > 0) total += Math.min(dt, MAX_SAMPLE_GAP_S);
    }
    prev = i;
  }
  return seen ? total : null;
}

/** Highest speed held over three consecutive readings (their median), so a single GPS spike is ignored. */
function maxSustainedSpeed(speed: Float64Array): number | null {
  let max = Number.NEGATIVE_INFINITY;
  let single = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < speed.length; i++) {
    const b = speed[i]!;
    if (b > single) single = b;
    if (i < 2) continue;
    const a = speed[i - 2]!;
    const c = speed[i - 1]!;
    if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c))) continue;
    const median = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    if (median > max) max = median;
  }
  if (Number.isFinite(max)) return Math.max(0, max);
  return Number.isFinite(single) ? Math.max(0, single) : null;
}

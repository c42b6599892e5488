// Fills channels a file did not record from those it did: cumulative distance from positions (GPX),
// speed from distance over time. Works in place on the typed arrays, so importers stay allocation-free.
import type { MutableSamples } from "./samples.ts";

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;
/** Half-width, in seconds, of the window over which a derived speed is averaged (damps GPS jitter). */
const SPEED_HALF_WINDOW_S = 3;

export function hasAnyFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) return true;
  return false;
}

/** Great-circle distance in metres between two positions in degrees. */
export function haversineM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Cumulative distance from positions, when the file has positions but no distance channel. */
export function deriveDistanceFromPositions(s: MutableSamples): boolean {
  if (hasAnyFinite(s.distance) || !hasAnyFinite(s.latitude)) return false;
  let total = 0;
  let lastLat = Number.NaN;
  let lastLon = Number.NaN;
  for (let i = 0; i < s.length; i++) {
    const lat = s.latitude[i]!;
    const lon = s.longitude[i]!;
    if (Number.isFinite(lat) && Number.isFinite(lon)) {
      if (Number.isFinite(lastLat)) total += haversineM(lastLat, lastLon, lat, lon);
      lastLat = lat;
      lastLon = lon;
    }
    s.distance[i] = total;
  }
  return true;
}

/** Speed from distance over a small centred time window, when the file has no speed channel. */
export function deriveSpeedFromDistance(s: MutableSamples): boolean {
  if (hasAnyFinite(s.speed) || !hasAnyFinite(s.distance)) return false;
  const { time, distance, speed } = s;
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < s.length; i++) {
    const t = time[i]!;
    if (!Number.isFinite(t) || !Number.isFinite(distance[i]!)) continue;
    while (lo < i && !(time[lo]! >= t - SPEED_HALF_WINDOW_S && Number.isFinite(distance[lo]!))) lo++;
    if (hi < i) hi = i;
    while (hi + 1 < s.length && time[hi + 1]! <= t + SPEED_HALF_WINDOW_S) hi++;
    let end = hi;
    while (end > i && !Number.isFinite(distance[end]!)) end--;
    const dt = time[end]! - time[lo]!;
    if (dt > 0) speed[i] = Math.max(0, (distance[end]! - distance[lo]!) / dt);
  }
  return true;
}

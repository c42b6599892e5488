// The compact per-activity trace the server keeps for the load analysis: mean speed and cadence per 5 s
// bucket, packed as little-endian uint16 pairs (speed in cm/s, cadence in steps/min; 0xffff = no value)
// and base64-encoded. About 4 bytes a bucket: an hour's run is ~3.8 kB of text instead of its samples.
import type { Samples } from "./activity.ts";

/** Seconds per trace point: under the load analysis's 10 s window and pause gap, so both still work. */
export const TRACE_STEP_S = 5;
const NONE = 0xffff;
const VERSION = "t1:";

export interface DecodedTrace {
  readonly time: Float64Array;
  readonly speed: Float64Array;
  readonly cadence: Float64Array;
}

/** Packs the samples; null when the activity has no speed or cadence at all. */
export function encodeTrace(samples: Samples): string | null {
  const end = lastTime(samples);
  if (end === null) return null;
  const buckets = Math.floor(end / TRACE_STEP_S) + 1;
  const speedSum = new Float64Array(buckets);
  const speedN = new Uint32Array(buckets);
  const cadenceSum = new Float64Array(buckets);
  const cadenceN = new Uint32Array(buckets);
  let any = false;
  for (let i = 0; i < samples.length; i++) {
    const t = samples.time[i]!;
    if (!(t >= 0)) continue;
    const b = Math.floor(t / TRACE_STEP_S);
    const v = samples.speed[i]!;
    const c = samples.cadence[i]!;
    if (Number.isFinite(v) && v >= 0) {
      speedSum[b]! += v;
      speedN[b]!++;
      any = true;
    }
    if (Number.isFinite(c) && c > 0) {
      cadenceSum[b]! += c;
      cadenceN[b]!++;
      any = true;
    }
  }
  if (!any) return null;
  const packed = new DataView(new ArrayBuffer(buckets * 4));
  for (let b = 0; b < buckets; b++) {
    packed.setUint16(
      b * 4,
      speedN[b]! > 0 ? Math.min(NONE - 1, Math.round((speedSum[b]! / speedN[b]!) * 100)) : NONE,
      true,
    );
    packed.setUint16(
      b * 4 + 2,
      cadenceN[b]! > 0 ? Math.min(NONE - 1, Math.round(cadenceSum[b]! / cadenceN[b]!)) : NONE,
      true,
    );
  }
  return VERSION + Buffer.from(packed.buffer).toString("base64");
}

/** Unpacks a trace; buckets with neither value are left out, so a pause stays a gap in time. */
export function decodeTrace(text: string): DecodedTrace {
  if (!text.startsWith(VERSION)) throw new Error(`activity trace: unknown format "${text.slice(0, 3)}"`);
  const bytes = Buffer.from(text.slice(VERSION.length), "base64");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = Math.floor(bytes.byteLength / 4);
  const time: number[] = [];
  const speed: number[] = [];
  const cadence: number[] = [];
  for (let b = 0; b < n; b++) {
    const v = view.getUint16(b * 4, true);
    const c = view.getUint16(b * 4 + 2, true);
    if (v === NONE && c === NONE) continue;
    // A bucket's mean stands for its end: the analysis's durations are measured back from each sample.
    time.push((b + 1) * TRACE_STEP_S);
    speed.push(v === NONE ? Number.NaN : v / 100);
    cadence.push(c === NONE ? Number.NaN : c);
  }
  return {
    time: Float64Array.from(time),
    speed: Float64Array.from(speed),
    cadence: Float64Array.from(cadence),
  };
}

function lastTime(samples: Samples): number | null {
  for (let i = samples.length - 1; i >= 0; i--) if (samples.time[i]! >= 0) return samples.time[i]!;
  return null;
}

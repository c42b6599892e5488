// The hot path: a record message straight into the typed sample arrays. Each planned field carries a fused
// op (field + base type + byte order) so the common little-endian fields are read with one switch and no
// calls; anything unusual (big-endian, unexpected base type) takes the generic reader.
import type { MessagePlan } from "./plan.ts";
import { Reader, readValue } from "./read-value.ts";
import type { StreamState } from "./stream-state.ts";

/** Where a record field goes. Also the sort order of a record plan (timestamp, 0, comes first). */
export const enum RecordTarget {
  Latitude = 1,
  Longitude,
  Altitude,
  EnhancedAltitude,
  HeartRate,
  Cadence,
  FractionalCadence,
  Distance,
  Speed,
  EnhancedSpeed,
  CompressedSpeedDistance,
}

/** Fused ops; declared here so esbuild inlines them into the switch below (no property loads per field). */
const enum Op {
  Generic,
  TimestampU32,
  LatitudeS32,
  LongitudeS32,
  AltitudeU16,
  EnhancedAltitudeU32,
  HeartRateU8,
  CadenceU8,
  FractionalCadenceU8,
  DistanceU32,
  SpeedU16,
  EnhancedSpeedU32,
}

const SEMICIRCLE_TO_DEGREES = 180 / 2 ** 31;

/** The fused op for a planned record field (timestamp is target 0), or Generic. */
export function recordOp(target: number, reader: Reader, littleEndian: boolean): number {
  if (!littleEndian && reader !== Reader.U8) return Op.Generic;
  const is = (t: number, r: Reader): boolean => target === t && reader === r;
  if (is(0, Reader.U32)) return Op.TimestampU32;
  if (is(RecordTarget.Latitude, Reader.S32)) return Op.LatitudeS32;
  if (is(RecordTarget.Longitude, Reader.S32)) return Op.LongitudeS32;
  if (is(RecordTarget.Altitude, Reader.U16)) return Op.AltitudeU16;
  if (is(RecordTarget.EnhancedAltitude, Reader.U32)) return Op.EnhancedAltitudeU32;
  if (is(RecordTarget.HeartRate, Reader.U8)) return Op.HeartRateU8;
  if (is(RecordTarget.Cadence, Reader.U8)) return Op.CadenceU8;
  if (is(RecordTarget.FractionalCadence, Reader.U8)) return Op.FractionalCadenceU8;
  if (is(RecordTarget.Distance, Reader.U32)) return Op.DistanceU32;
  if (is(RecordTarget.Speed, Reader.U16)) return Op.SpeedU16;
  if (is(RecordTarget.EnhancedSpeed, Reader.U32)) return Op.EnhancedSpeedU32;
  return Op.Generic;
}

/** Starts a sample for `ts`, or reuses the newest one when it has the same timestamp. -1 when storage is full. */
function sampleFor(st: StreamState, ts: number): number {
  if (ts === st.sampleTimestamp && st.sampleIndex >= 0) return st.sampleIndex;
  const i = st.samples.add();
  if (i < 0) {
    st.sampleLimitReached = true;
    return -1;
  }
  st.samples.time[i] = ts;
  st.sampleTimestamp = ts;
  st.sampleIndex = i;
  return i;
}

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}

function s32(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24);
}

/** The timestamp field of a record, or NaN (the plan puts it first when present). */
function recordTimestamp(plan: MessagePlan, view: DataView, bytes: Uint8Array, at: number): number {
  if (plan.count === 0 || plan.targets[0] !== 0) return Number.NaN;
  const o = at + plan.offsets[0]!;
  if (plan.ops[0] === Op.TimestampU32) {
    const v = s32(bytes, o) >>> 0;
    return v === 0xffffffff ? Number.NaN : v;
  }
  return readValue(view, bytes, o, plan.readers[0]!, plan.littleEndian);
}

/** A record message at `at` (after its header). `headerTs` is the compressed-header timestamp, or NaN. */
export function decodeRecord(
  plan: MessagePlan,
  view: DataView,
  bytes: Uint8Array,
  at: number,
  headerTs: number,
  st: StreamState,
): void {
  st.records++;
  const fieldTs = recordTimestamp(plan, view, bytes, at);
  let ts = fieldTs === fieldTs ? fieldTs : headerTs;
  if (ts === ts) st.lastTimestamp = ts;
  else ts = st.lastTimestamp;
  const i = sampleFor(st, ts);
  if (i < 0) return;
  const s = st.samples;
  const { offsets, ops, count } = plan;
  for (let k = plan.count > 0 && plan.targets[0] === 0 ? 1 : 0; k < count; k++) {
    const o = at + offsets[k]!;
    switch (ops[k]!) {
      case Op.LatitudeS32: {
        const v = s32(bytes, o);
        if (v !== 0x7fffffff) s.latitude[i] = v * SEMICIRCLE_TO_DEGREES;
        break;
      }
      case Op.LongitudeS32: {
        const v = s32(bytes, o);
        if (v !== 0x7fffffff) s.longitude[i] = v * SEMICIRCLE_TO_DEGREES;
        break;
      }
      case Op.AltitudeU16: {
        const v = u16(bytes, o);
        if (v !== 0xffff) s.altitude[i] = v / 5 - 500;
        break;
      }
      case Op.EnhancedAltitudeU32: {
        const v = s32(bytes, o) >>> 0;
        if (v !== 0xffffffff) s.altitude[i] = v / 5 - 500;
        break;
      }
      case Op.HeartRateU8: {
        const v = bytes[o]!;
        if (v !== 0xff) s.heartRate[i] = v;
        break;
      }
      case Op.CadenceU8: {
        const v = bytes[o]!;
        if (v !== 0xff) s.cadence[i] = v;
        break;
      }
      case Op.FractionalCadenceU8: {
        const v = bytes[o]!;
        if (v !== 0xff) s.cadence[i] = s.cadence[i]! + v / 128; // stays NaN without a whole cadence
        break;
      }
      case Op.DistanceU32: {
        const v = s32(bytes, o) >>> 0;
        if (v !== 0xffffffff) s.distance[i] = v / 100;
        break;
      }
      case Op.SpeedU16: {
        const v = u16(bytes, o);
        if (v !== 0xffff) s.speed[i] = v / 1000;
        break;
      }
      case Op.EnhancedSpeedU32: {
        const v = s32(bytes, o) >>> 0;
        if (v !== 0xffffffff) s.speed[i] = v / 1000;
        break;
      }
      default:
        storeGeneric(plan.targets[k]!, readValue(view, bytes, o, plan.readers[k]!, plan.littleEndian), i, st);
    }
  }
}

/** Any record field without a fused op: big-endian, or a base type other than the profile's. */
function storeGeneric(target: number, v: number, i: number, st: StreamState): void {
  if (v !== v) return;
  const s = st.samples;
  switch (target) {
    case RecordTarget.Latitude:
      s.latitude[i] = v * SEMICIRCLE_TO_DEGREES;
      break;
    case RecordTarget.Longitude:
      s.longitude[i] = v * SEMICIRCLE_TO_DEGREES;
      break;
    case RecordTarget.Altitude:
    case RecordTarget.EnhancedAltitude:
      s.altitude[i] = v / 5 - 500;
      break;
    case RecordTarget.HeartRate:
      s.heartRate[i] = v;
      break;
    case RecordTarget.Cadence:
      s.cadence[i] = v;
      break;
    case RecordTarget.FractionalCadence:
      s.cadence[i] = s.cadence[i]! + v / 128;
      break;
    case RecordTarget.Distance:
      s.distance[i] = v / 100;
      break;
    case RecordTarget.Speed:
    case RecordTarget.EnhancedSpeed:
      s.speed[i] = v / 1000;
      break;
    case RecordTarget.CompressedSpeedDistance:
      decodeCompressedSpeedDistance(v, i, st);
      break;
  }
}

/** 12 bits of speed (cm/s) then 12 bits of distance (1/16 m) that roll over every 256 m. */
function decodeCompressedSpeedDistance(v: number, i: number, st: StreamState): void {
  const d12 = v >>> 12;
  st.compressedDistanceTotal += ((d12 - st.compressedDistanceLast) & 0xfff) / 16;
  st.compressedDistanceLast = d12;
  st.samples.speed[i] = (v & 0xfff) / 100;
  st.samples.distance[i] = st.compressedDistanceTotal;
}

// Decodes one data message by its compiled plan: records straight into the typed sample arrays (the hot
// path: no objects per record), the few summary messages (file_id, session, lap, sport) via a scratch array.
import { Kind, RecordTarget, SummaryTarget, TARGET_TIMESTAMP, type MessagePlan } from "./plan.ts";
import { readString, readValue } from "./read-value.ts";
import type { StreamState } from "./stream-state.ts";

const SEMICIRCLE_TO_DEGREES = 180 / 2 ** 31;

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
  const { offsets, readers, targets, count, littleEndian: le } = plan;
  let k = 0;
  let ts = headerTs;
  if (count > 0 && targets[0] === TARGET_TIMESTAMP) {
    const v = readValue(view, bytes, at + offsets[0]!, readers[0]!, le);
    if (v === v) ts = v;
    k = 1;
  }
  if (ts === ts) st.lastTimestamp = ts;
  else ts = st.lastTimestamp;
  const i = sampleFor(st, ts);
  if (i < 0) return;
  const s = st.samples;
  for (; k < count; k++) {
    const v = readValue(view, bytes, at + offsets[k]!, readers[k]!, le);
    if (v !== v) continue;
    switch (targets[k]!) {
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
        s.cadence[i] = s.cadence[i]! + v / 128; // stays NaN without a whole cadence
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
}

/** 12 bits of speed (cm/s) then 12 bits of distance (1/16 m) that roll over every 256 m. */
function decodeCompressedSpeedDistance(v: number, i: number, st: StreamState): void {
  const d12 = v >>> 12;
  st.compressedDistanceTotal += ((d12 - st.compressedDistanceLast) & 0xfff) / 16;
  st.compressedDistanceLast = d12;
  st.samples.speed[i] = (v & 0xfff) / 100;
  st.samples.distance[i] = st.compressedDistanceTotal;
}

/** Any message we do not use: only its timestamp matters (it is the reference for compressed timestamps). */
export function noteTimestamp(plan: MessagePlan, view: DataView, bytes: Uint8Array, at: number, st: StreamState): void {
  if (plan.count === 0) return;
  const v = readValue(view, bytes, at + plan.offsets[0]!, plan.readers[0]!, plan.littleEndian);
  if (v === v) st.lastTimestamp = v;
}

function orNull(v: number | undefined): number | null {
  return v === undefined || Number.isNaN(v) ? null : v;
}

/** Reads the planned fields of a non-record message into `st.scratch` by target. Returns the product name, if any. */
function readScratch(plan: MessagePlan, view: DataView, bytes: Uint8Array, at: number, st: StreamState): string | null {
  const scratch = st.scratch;
  scratch.fill(Number.NaN);
  let name: string | null = null;
  for (let k = 0; k < plan.count; k++) {
    const target = plan.targets[k]!;
    if (target === SummaryTarget.ProductName) name = readString(bytes, at + plan.offsets[k]!, plan.sizes[k]!);
    else scratch[target] = readValue(view, bytes, at + plan.offsets[k]!, plan.readers[k]!, plan.littleEndian);
  }
  const ts = scratch[TARGET_TIMESTAMP]!;
  if (ts === ts) st.lastTimestamp = ts;
  return name;
}

/**
 * file_id, session, lap, sport and activity messages. Returns the file type when the message is a file_id
 * (null when it has none), undefined otherwise.
 */
export function decodeSummaryMessage(
  plan: MessagePlan,
  view: DataView,
  bytes: Uint8Array,
  at: number,
  st: StreamState,
): number | null | undefined {
  const productName = readScratch(plan, view, bytes, at, st);
  const v = st.scratch;
  const seconds = (ms: number | undefined): number | null => orNull(ms === undefined ? ms : ms / 1000);
  const metres = (cm: number | undefined): number | null => orNull(cm === undefined ? cm : cm / 100);
  switch (plan.kind) {
    case Kind.FileId: {
      const type = orNull(v[SummaryTarget.Type]);
      st.fileIds.push({
        type,
        manufacturer: orNull(v[SummaryTarget.Manufacturer]),
        product: orNull(v[SummaryTarget.Product]),
        productName,
        timeCreated: orNull(v[SummaryTarget.TimeCreated]),
      });
      return type;
    }
    case Kind.Session:
    case Kind.Lap: {
      const common = {
        sport: orNull(v[SummaryTarget.Sport]),
        startTime: orNull(v[SummaryTarget.StartTime]),
        elapsedS: seconds(v[SummaryTarget.ElapsedTime]),
        timerS: seconds(v[SummaryTarget.TimerTime]),
        distanceM: metres(v[SummaryTarget.TotalDistance]),
      };
      if (plan.kind === Kind.Lap) st.laps.push(common);
      else st.sessions.push({ ...common, subSport: orNull(v[SummaryTarget.SubSport]) });
      return undefined;
    }
    case Kind.Sport:
      st.sports.push({ sport: orNull(v[SummaryTarget.Sport]), subSport: orNull(v[SummaryTarget.SubSport]) });
      return undefined;
    case Kind.Activity:
    case Kind.Record:
    case Kind.Other:
      return undefined;
  }
}

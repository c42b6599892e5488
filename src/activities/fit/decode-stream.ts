// The streaming loop over the data records of one FIT file: record headers (normal, definition, compressed
// timestamp), definitions compiled once into plans, data messages decoded or skipped by size.
import { decodeSummaryMessage, noteTimestamp } from "./decode-messages.ts";
import { decodeRecord } from "./decode-record.ts";
import { compilePlan, Kind, type MessagePlan } from "./plan.ts";
import { readFitHeader } from "./header.ts";
import { PlanCache } from "./plan-cache.ts";
import { findResyncPoint, isPlausibleTime, RESYNC_WINDOW_BYTES, type ResyncContext } from "./resync.ts";
import type { StreamState } from "./stream-state.ts";

export const FILE_TYPE_ACTIVITY = 4;

export type StreamOutcome =
  /** Every message decoded, ending exactly at the end of the data. */
  | { readonly kind: "complete" }
  /** A message runs past the end of the data (a truncated or unfinalised file); `at` is where it starts. */
  | { readonly kind: "truncated"; readonly at: number }
  /** The bytes at `at` cannot be a message (e.g. a data message of a local type never defined). */
  | { readonly kind: "broken"; readonly at: number; readonly reason: string }
  /** file_id says this file is not an activity; decoding stopped right there. */
  | { readonly kind: "not_activity"; readonly fileType: number };

const DEFINITION_FIXED_BYTES = 6; // header, reserved, architecture, global number (2), field count

/** Work allowed for resynchronising, in message steps: a base plus a few per byte of data. */
const RESYNC_BASE_STEPS = 100_000;
const RESYNC_STEPS_PER_BYTE = 8;

/** What a record changed, so a record found corrupt afterwards can be taken back. */
interface RecordUndo {
  start: number;
  isRecord: boolean;
  samples: number;
  lastTimestamp: number;
}

/** Decodes the messages in bytes[start, end), appending to `st`. Never reads outside [start, end). */
export function decodeMessages(
  bytes: Uint8Array,
  view: DataView,
  start: number,
  end: number,
  st: StreamState,
): StreamOutcome {
  const plans: (MessagePlan | undefined)[] = new Array<MessagePlan | undefined>(16).fill(undefined);
  const cache = new PlanCache();
  const last: RecordUndo = {
    start: -1,
    isRecord: false,
    samples: 0,
    lastTimestamp: Number.NaN,
  };
  const budget = { steps: RESYNC_BASE_STEPS + RESYNC_STEPS_PER_BYTE * (end - start) };
  let pos = start;
  while (pos < end) {
    const header = bytes[pos]!;
    if ((header & 0x40) !== 0 && (header & 0x80) === 0) {
      const next = readDefinition(bytes, pos, end, plans, cache);
      if (next < 0) return next === -1 ? { kind: "truncated", at: pos } : badArchitecture(bytes, pos);
      pos = next;
      continue;
    }
    const compressed = (header & 0x80) !== 0;
    const local = compressed ? (header >> 5) & 0x03 : header & 0x0f;
    const plan = plans[local];
    if (plan === undefined) {
      // Another FIT file may start here (after an unfinalised one): the caller resumes there, no resync.
      const nextFile = readFitHeader(bytes, pos).kind === "header";
      const restart = nextFile ? -1 : resync({ bytes, view, end, plans, budget }, pos, last, st);
      if (restart < 0) {
        return {
          kind: "broken",
          at: pos,
          reason: `data message at byte ${pos} uses local type ${local}, never defined`,
        };
      }
      pos = restart;
      continue;
    }
    const at = pos + 1;
    if (at + plan.size > end) return { kind: "truncated", at: pos };
    const headerTs = compressed ? compressedTimestamp(header, st) : Number.NaN;
    last.start = pos;
    last.isRecord = plan.isRecord;
    if (plan.isRecord) {
      last.samples = st.samples.length;
      last.lastTimestamp = st.lastTimestamp;
      decodeRecord(plan, view, bytes, at, headerTs, st);
    } else if (plan.kind === Kind.Other) {
      if (headerTs === headerTs) st.lastTimestamp = headerTs;
      noteTimestamp(plan, view, bytes, at, st);
    } else {
      if (headerTs === headerTs) st.lastTimestamp = headerTs;
      const fileType = decodeSummaryMessage(plan, view, bytes, at, st);
      if (typeof fileType === "number" && fileType !== FILE_TYPE_ACTIVITY)
        return { kind: "not_activity", fileType };
    }
    pos = at + plan.size;
  }
  return { kind: "complete" };
}

/** Samples this far back are trusted as the time reference when resynchronising. */
const TRUSTED_SAMPLES_BACK = 4;

/**
 * After a message that cannot be (`failedAt`), finds where clean messages resume, between just after the
 * last good message's start and a little past the failure (the file's step budget bounds the search). The last message, probably the corrupt one
 * (shorter or longer than its definition), is taken back if it was a record, and so are trailing samples
 * whose time is implausible (misread bytes). Returns -1 when no restart is found.
 */
function resync(
  stream: Omit<ResyncContext, "referenceTs" | "allowCompressed">,
  failedAt: number,
  last: RecordUndo,
  st: StreamState,
): number {
  if (last.start < 0) return -1;
  const samples = st.samples;
  const trusted = samples.length - TRUSTED_SAMPLES_BACK;
  const reference =
    trusted >= 0 ? samples.time[trusted]! : last.isRecord ? last.lastTimestamp : st.lastTimestamp;
  const ctx = { ...stream, referenceTs: reference, allowCompressed: st.sawCompressed };
  const restart = findResyncPoint(ctx, last.start + 1, failedAt + RESYNC_WINDOW_BYTES);
  if (restart < 0) return -1;
  if (last.isRecord) {
    while (samples.length > last.samples) samples.removeLast();
    st.records--;
  }
  let dropped = last.isRecord ? 1 : 0;
  while (samples.length > 0 && !isPlausibleTime(samples.time[samples.length - 1]!, reference)) {
    samples.removeLast();
    st.records--;
    dropped++;
  }
  const newest = samples.length - 1;
  st.sampleIndex = newest;
  st.sampleTimestamp = newest >= 0 ? samples.time[newest]! : Number.NaN;
  st.lastTimestamp = newest >= 0 ? samples.time[newest]! : reference;
  st.warnings.push(
    `corrupt data after the message at byte ${last.start} (the stream broke at byte ${failedAt}): dropped ${dropped} misread records and resumed at byte ${restart}`,
  );
  last.start = -1;
  return restart;
}

/** The timestamp of a compressed-timestamp header: 5 bits of offset rolling over the last full timestamp. */
function compressedTimestamp(header: number, st: StreamState): number {
  st.sawCompressed = true;
  const last = st.lastTimestamp;
  if (last !== last) {
    st.compressedWithoutReference = true;
    return Number.NaN;
  }
  const ts = last + (((header & 0x1f) - last) & 0x1f);
  st.lastTimestamp = ts;
  return ts;
}

/** Compiles the definition at `pos` into `plans`; returns the next position, -1 if truncated, -2 if malformed. */
function readDefinition(
  bytes: Uint8Array,
  pos: number,
  end: number,
  plans: (MessagePlan | undefined)[],
  cache: PlanCache,
): number {
  if (pos + DEFINITION_FIXED_BYTES > end) return -1;
  const architecture = bytes[pos + 2]!;
  if (architecture > 1) return -2;
  const littleEndian = architecture === 0;
  const globalNumber = littleEndian
    ? bytes[pos + 3]! | (bytes[pos + 4]! << 8)
    : (bytes[pos + 3]! << 8) | bytes[pos + 4]!;
  const fieldCount = bytes[pos + 5]!;
  const fieldsAt = pos + DEFINITION_FIXED_BYTES;
  let next = fieldsAt + fieldCount * 3;
  if (next > end) return -1;
  let developerBytes = 0;
  if ((bytes[pos]! & 0x20) !== 0) {
    if (next + 1 > end) return -1;
    const developerCount = bytes[next]!;
    const developerAt = next + 1;
    next = developerAt + developerCount * 3;
    if (next > end) return -1;
    for (let d = 0; d < developerCount; d++) developerBytes += bytes[developerAt + d * 3 + 1]!;
  }
  // Keyed by the bytes after the header (the local type may differ; developer fields make the key longer).
  let plan = cache.find(bytes, pos + 1, next);
  if (plan === undefined) {
    plan = compilePlan(bytes, fieldsAt, fieldCount, developerBytes, globalNumber, littleEndian);
    cache.add(bytes, pos + 1, next, plan);
  }
  plans[bytes[pos]! & 0x0f] = plan;
  return next;
}

function badArchitecture(bytes: Uint8Array, pos: number): StreamOutcome {
  return {
    kind: "broken",
    at: pos,
    reason: `definition at byte ${pos} has architecture byte ${bytes[pos + 2]}, not 0 or 1`,
  };
}

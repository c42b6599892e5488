// Resynchronises a FIT stream after a corrupt message (seen in Strava Android app files, where a record is a
// byte shorter than its definition and everything after it is misread): finds the nearest later offset from
// which several messages parse cleanly with the definitions in force and plausible timestamps.
import type { MessagePlan } from "./plan.ts";
import { readValue } from "./read-value.ts";

/**
 * Messages that must parse from a candidate offset before we trust it (fewer when the data ends first).
 * Not more: files that have one corrupt record tend to have others nearby.
 */
const CONFIRM_MESSAGES = 6;
/** How far past the failure point we look for a restart. */
export const RESYNC_WINDOW_BYTES = 64;
/** A confirmed record may not jump further than this from the last good timestamp. */
const MAX_BACKWARD_S = 3600;
const MAX_FORWARD_S = 2 * 86_400;

/** What a resynchronisation search needs to know about the stream. */
export interface ResyncContext {
  readonly bytes: Uint8Array;
  readonly view: DataView;
  readonly end: number;
  readonly plans: readonly (MessagePlan | undefined)[];
  /** The last trusted timestamp (NaN when unknown). */
  readonly referenceTs: number;
  /** Whether the file used compressed-timestamp headers before. */
  readonly allowCompressed: boolean;
  /** Message steps left for all searches in this file: hostile input cannot make resynchronising slow. */
  readonly budget: { steps: number };
}

/** The first offset in [from, to] (and before the end) where the stream parses cleanly again, or -1. */
export function findResyncPoint(ctx: ResyncContext, from: number, to: number): number {
  const sizes = new Int32Array(16);
  for (let r = from; r <= to && r < ctx.end && ctx.budget.steps > 0; r++) {
    for (let l = 0; l < 16; l++) sizes[l] = ctx.plans[l]?.size ?? -1;
    if (walksCleanly(ctx, r, sizes)) return r;
  }
  return -1;
}

function walksCleanly(ctx: ResyncContext, start: number, sizes: Int32Array): boolean {
  const { bytes, end, plans } = ctx;
  let pos = start;
  for (let n = 0; n < CONFIRM_MESSAGES; n++) {
    if (pos === end) return n > 0;
    if (--ctx.budget.steps < 0) return false;
    const header = bytes[pos]!;
    if ((header & 0xc0) === 0x40) {
      const next = definitionEnd(bytes, pos, end, sizes);
      if (next < 0) return false;
      pos = next;
      continue;
    }
    // A file that never used compressed timestamps does not start now: such a byte is misaligned data.
    if ((header & 0x80) !== 0 && !ctx.allowCompressed) return false;
    const local = (header & 0x80) !== 0 ? (header >> 5) & 0x03 : header & 0x0f;
    const size = sizes[local]!;
    if (size < 0 || pos + 1 + size > end) return false;
    const plan = plans[local];
    if (plan !== undefined && plan.size === size && !plausibleTimestamp(ctx, plan, pos + 1)) return false;
    pos += 1 + size;
  }
  return true;
}

/** Whether `ts` can follow `referenceTs` in one recording (true when either is unknown). */
export function isPlausibleTime(ts: number, referenceTs: number): boolean {
  return (
    ts !== ts ||
    referenceTs !== referenceTs ||
    (ts >= referenceTs - MAX_BACKWARD_S && ts <= referenceTs + MAX_FORWARD_S)
  );
}

function plausibleTimestamp(ctx: ResyncContext, plan: MessagePlan, at: number): boolean {
  if (!plan.isRecord || plan.count === 0 || plan.targets[0] !== 0) return true;
  const ts = readValue(ctx.view, ctx.bytes, at + plan.offsets[0]!, plan.readers[0]!, plan.littleEndian);
  return isPlausibleTime(ts, ctx.referenceTs);
}

/** Size-only parse of a definition: records its message size in `sizes`; -1 if malformed or cut. */
function definitionEnd(bytes: Uint8Array, pos: number, end: number, sizes: Int32Array): number {
  if (pos + 6 > end || bytes[pos + 2]! > 1) return -1;
  const fieldCount = bytes[pos + 5]!;
  let next = pos + 6 + fieldCount * 3;
  if (next > end) return -1;
  let size = 0;
  for (let f = 0; f < fieldCount; f++) size += bytes[pos + 6 + f * 3 + 1]!;
  if ((bytes[pos]! & 0x20) !== 0) {
    if (next + 1 > end) return -1;
    const developerCount = bytes[next]!;
    if (next + 1 + developerCount * 3 > end) return -1;
    for (let d = 0; d < developerCount; d++) size += bytes[next + 1 + d * 3 + 1]!;
    next += 1 + developerCount * 3;
  }
  sizes[bytes[pos]! & 0x0f] = size;
  return next;
}

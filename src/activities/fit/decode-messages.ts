// Decodes the non-record messages we use (file_id, session, lap, sport) via a scratch array, and notes the
// timestamp of every other message (records have their own hot path in decode-record.ts).
import { Kind, SummaryTarget, TARGET_TIMESTAMP, type MessagePlan } from "./plan.ts";
import { readString, readValue } from "./read-value.ts";
import type { StreamState } from "./stream-state.ts";

/** Any message we do not use: only its timestamp matters (it is the reference for compressed timestamps). */
export function noteTimestamp(
  plan: MessagePlan,
  view: DataView,
  bytes: Uint8Array,
  at: number,
  st: StreamState,
): void {
  if (plan.count === 0) return;
  const v = readValue(view, bytes, at + plan.offsets[0]!, plan.readers[0]!, plan.littleEndian);
  if (v === v) st.lastTimestamp = v;
}

function orNull(v: number | undefined): number | null {
  return v === undefined || Number.isNaN(v) ? null : v;
}

/** Reads the planned fields of a non-record message into `st.scratch` by target. Returns the product name, if any. */
function readScratch(
  plan: MessagePlan,
  view: DataView,
  bytes: Uint8Array,
  at: number,
  st: StreamState,
): string | null {
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
  // Durations and distances below zero only come from corrupt base types: treat them as absent.
  const seconds = (ms: number | undefined): number | null =>
    orNull(ms === undefined || ms < 0 ? undefined : ms / 1000);
  const metres = (cm: number | undefined): number | null =>
    orNull(cm === undefined || cm < 0 ? undefined : cm / 100);
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
      st.activityTimes.push({ timestamp: orNull(v[TARGET_TIMESTAMP]), localTimestamp: orNull(v[SummaryTarget.LocalTimestamp]) });
      return undefined;
    case Kind.Record:
    case Kind.Other:
      return undefined;
  }
}

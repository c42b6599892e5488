// decodeFit: our streaming FIT decoder. Walks chained FIT files, checks CRCs, recovers what truncated or
// unfinalised files still hold, and stops early on files that are not activities. Never throws.
import type { Activity } from "../activity.ts";
import type { SummaryOptions } from "../summary.ts";
import { fitCrc } from "./crc.ts";
import { decodeMessages, FILE_TYPE_ACTIVITY, type StreamOutcome } from "./decode-stream.ts";
import { assembleActivity } from "./fit-activity.ts";
import { fileTypeName } from "./fit-profile.ts";
import { readFitHeader } from "./header.ts";
import { SCRATCH_SIZE } from "./plan.ts";
import { createStreamState, type StreamState } from "./stream-state.ts";

export type FitDecodeResult =
  | {
      readonly kind: "activity";
      readonly activity: Activity;
      readonly records: number;
      readonly warnings: readonly string[];
    }
  | { readonly kind: "not_activity"; readonly fileType: number | null; readonly reason: string }
  | { readonly kind: "error"; readonly reason: string };

export interface FitDecodeOptions extends SummaryOptions {
  /** Verify header and file CRCs (a mismatch is a warning, never a failure). Default true. */
  readonly checkCrc?: boolean;
}

/** How one chained file ended; `next` is where the following FIT file would start, or -1 to stop. */
interface FileEnd {
  readonly next: number;
}

export function decodeFit(bytes: Uint8Array, options: FitDecodeOptions = {}): FitDecodeResult {
  try {
    return decodeChain(bytes, options);
  } catch (e) {
    // A bug of ours, not the file's: still a result, never a throw.
    return { kind: "error", reason: `internal decoder fault: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function decodeChain(bytes: Uint8Array, options: FitDecodeOptions): FitDecodeResult {
  if (bytes.length === 0) return { kind: "error", reason: "empty file (0 bytes)" };
  const first = readFitHeader(bytes, 0);
  if (first.kind === "not_fit") return { kind: "error", reason: `not a FIT file: ${first.reason}` };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const st = createStreamState(bytes.length, SCRATCH_SIZE);
  const checkCrc = options.checkCrc ?? true;
  let brokenReason: string | null = null;
  let activityFiles = 0;
  let pos = 0;
  for (let fileIndex = 0; pos < bytes.length; fileIndex++) {
    const header = readFitHeader(bytes, pos);
    if (header.kind === "not_fit") {
      st.warnings.push(`ignored ${bytes.length - pos} bytes after FIT file ${fileIndex}: ${header.reason}`);
      break;
    }
    if (checkCrc && !header.headerCrcOk) st.warnings.push(`header CRC mismatch at byte ${pos}`);
    const dataStart = pos + header.headerSize;
    const declaredEnd = dataStart + header.dataSize;
    const sizeIsSound = header.dataSize > 0 && declaredEnd <= bytes.length;
    if (!sizeIsSound) st.warnings.push(dataSizeWarning(header.dataSize, pos, bytes.length - dataStart));
    const dataEnd = sizeIsSound ? declaredEnd : bytes.length;
    const recordsBefore = st.records;
    const outcome = decodeMessages(bytes, view, dataStart, dataEnd, st);
    if (outcome.kind === "not_activity") {
      if (!sizeIsSound) break;
      pos = declaredEnd + 2; // skip the rest of this non-activity file by its declared size
      continue;
    }
    if (st.fileIds.length === 0 || st.fileIds.at(-1)?.type === FILE_TYPE_ACTIVITY) activityFiles++;
    const end = finishFile(
      bytes,
      pos,
      dataEnd,
      sizeIsSound,
      outcome,
      st,
      checkCrc,
      st.records - recordsBefore,
    );
    if (outcome.kind === "broken" && end.next < 0) brokenReason = outcome.reason;
    if (end.next < 0) break;
    pos = end.next;
  }
  return result(st, activityFiles, brokenReason, options);
}

function dataSizeWarning(dataSize: number, at: number, available: number): string {
  const what =
    dataSize === 0
      ? "header data size is 0 (unfinalised recording)"
      : `header data size ${dataSize} exceeds the ${available} bytes present`;
  return `${what} in FIT file at byte ${at}: read to the end of the file`;
}

/** Checks the file CRC (or explains how the data ended) and finds where a chained FIT file may follow. */
function finishFile(
  bytes: Uint8Array,
  fileStart: number,
  dataEnd: number,
  sizeIsSound: boolean,
  outcome: Exclude<StreamOutcome, { kind: "not_activity" }>,
  st: StreamState,
  checkCrc: boolean,
  recordsInFile: number,
): FileEnd {
  if (outcome.kind === "complete") {
    if (sizeIsSound) {
      if (checkCrc) checkFileCrc(bytes, fileStart, dataEnd, st);
      return { next: dataEnd + 2 };
    }
    st.warnings.push(`FIT file at byte ${fileStart} ends without a file CRC`);
    return { next: -1 };
  }
  const at = outcome.at;
  // Reading to EOF, the last 2 bytes are normally the file CRC, not a message.
  if (!sizeIsSound && at === bytes.length - 2) {
    if (checkCrc) checkFileCrc(bytes, fileStart, at, st);
    return { next: -1 };
  }
  // An unfinalised file may be followed by another FIT file: resume there.
  if (!sizeIsSound && readFitHeader(bytes, at).kind === "header") return { next: at };
  const records = `${st.records} records (${recordsInFile} in this file)`;
  if (outcome.kind === "truncated") {
    st.warnings.push(
      `truncated at byte ${dataEnd} after ${records}: the message at byte ${at} is incomplete; kept what was decoded`,
    );
  } else st.warnings.push(`stopped at byte ${at} after ${records}: ${outcome.reason}`);
  return { next: -1 };
}

function checkFileCrc(bytes: Uint8Array, fileStart: number, dataEnd: number, st: StreamState): void {
  if (dataEnd + 2 > bytes.length) {
    st.warnings.push(`FIT file at byte ${fileStart} ends without a file CRC`);
    return;
  }
  const declared = bytes[dataEnd]! | (bytes[dataEnd + 1]! << 8);
  const computed = fitCrc(bytes, fileStart, dataEnd);
  if (declared !== computed) {
    st.warnings.push(
      `file CRC mismatch for the FIT file at byte ${fileStart} (stored ${hex(declared)}, computed ${hex(computed)}): data kept, its structure is sound`,
    );
  }
}

function hex(n: number): string {
  return `0x${n.toString(16).padStart(4, "0")}`;
}

function result(
  st: StreamState,
  activityFiles: number,
  brokenReason: string | null,
  options: FitDecodeOptions,
): FitDecodeResult {
  if (activityFiles === 0 && st.records === 0) {
    const type = st.fileIds[0]?.type ?? null;
    if (type !== null && type !== FILE_TYPE_ACTIVITY) {
      return {
        kind: "not_activity",
        fileType: type,
        reason: `file_id.type is ${type} (${fileTypeName(type)}), not an activity`,
      };
    }
  }
  if (st.records === 0 && st.sessions.length === 0) {
    const why = brokenReason ?? st.warnings.at(-1) ?? "no record or session message";
    return { kind: "error", reason: `no activity data: ${why}` };
  }
  const activity = assembleActivity(st, options);
  return { kind: "activity", activity, records: st.records, warnings: st.warnings };
}

// The dispatcher: one file's bytes (from disk, a zip entry or a .gz) -> the right decoder -> one per-file
// result. The format comes from magic bytes first (FIT ".FIT" at byte 8, gzip 1f8b, zip "PK", XML "<")
// and the file name second, so a mislabelled file is still read and an unknown one gets a clear reason.
import { gunzipSync } from "node:zlib";
import type { StoredForm } from "./stored-form.ts";
import type { Activity, Sport } from "./activity.ts";
import { DEFAULT_LIMITS, type ImportLimits } from "./archive/limits.ts";
import { decodeFit } from "./fit/decode-fit.ts";
import { decodeGpx } from "./gpx/decode-gpx.ts";
import { decodeTcx } from "./tcx/decode-tcx.ts";

export type FileFormat = "fit" | "gpx" | "tcx" | "gzip" | "zip" | "unknown";

/** What became of one file: an activity, a file that is not one (skipped), or a failure with its reason. */
export interface ImportFileResult {
  /** The file's path; inside archives `archive.zip!/inner/path`. */
  readonly file: string;
  readonly kind: "activity" | "not_activity" | "error";
  readonly ok: boolean;
  readonly error?: string;
  readonly format: "fit" | "gpx" | "tcx" | null;
  readonly sport: Sport | null;
  readonly start: string | null;
  /** The file's own UTC offset (seconds east; FIT activity.local_timestamp), null when it has none. */
  readonly utcOffsetS: number | null;
  readonly durationS: number | null;
  readonly distanceM: number | null;
  readonly records: number;
  readonly warnings: readonly string[];
  readonly activity?: Activity;
  /** The trace and best speed, made where the file was decoded; then `activity` has no samples. */
  readonly storedForm?: StoredForm;
}

const XML_SNIFF_BYTES = 2048;

export function detectFormat(name: string, head: Uint8Array): FileFormat {
  if (head.length >= 12 && head[8] === 0x2e && head[9] === 0x46 && head[10] === 0x49 && head[11] === 0x54)
    return "fit";
  if (head[0] === 0x1f && head[1] === 0x8b) return "gzip";
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05)) return "zip";
  const lower = name.toLowerCase();
  if (looksLikeXml(head)) {
    const prolog = new TextDecoder("latin1").decode(head.subarray(0, XML_SNIFF_BYTES));
    if (/<(\w+:)?TrainingCenterDatabase[\s>]/.test(prolog)) return "tcx";
    if (/<(\w+:)?gpx[\s>]/.test(prolog)) return "gpx";
    if (lower.endsWith(".tcx")) return "tcx";
    if (lower.endsWith(".gpx")) return "gpx";
    return "unknown";
  }
  // A FIT file whose header lies about its signature is still worth a try when it is named .fit.
  if (lower.endsWith(".fit") && head.length > 0) return "fit";
  return "unknown";
}

function looksLikeXml(head: Uint8Array): boolean {
  for (let i = 0; i < Math.min(head.length, 256); i++) {
    const c = head[i]!;
    if (c === 0x3c) return true;
    // Skip whitespace and a UTF-8 byte-order mark; anything else means it is not XML.
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0xef && c !== 0xbb && c !== 0xbf)
      return false;
  }
  return false;
}

/** Decodes one file held in memory (a `.gz` is unwrapped first, within the size limit). Never throws. */
export function importBytes(
  file: string,
  bytes: Uint8Array,
  limits: ImportLimits = DEFAULT_LIMITS,
): ImportFileResult {
  if (bytes.length === 0) return failed(file, null, "empty file (0 bytes)");
  const format = detectFormat(file, bytes);
  switch (format) {
    case "fit":
      return fromDecode(file, "fit", decodeFit(bytes));
    case "gpx":
      return fromDecode(file, "gpx", decodeGpx(bytes));
    case "tcx":
      return fromDecode(file, "tcx", decodeTcx(bytes));
    case "gzip":
      return importGzip(file, bytes, limits);
    case "zip":
      return failed(
        file,
        null,
        "a zip archive inside a file that was read as one activity (import the archive itself)",
      );
    case "unknown":
      return failed(file, null, "unknown format: not FIT, GPX or TCX (nor gzip of one)");
  }
}

function importGzip(file: string, bytes: Uint8Array, limits: ImportLimits): ImportFileResult {
  let inner: Uint8Array;
  try {
    inner = gunzipSync(bytes, { maxOutputLength: limits.maxEntryBytes });
  } catch (e) {
    const reason =
      e instanceof RangeError
        ? `more than ${limits.maxEntryBytes} bytes uncompressed (limit)`
        : (e as Error).message;
    return failed(file, null, `broken gzip: ${reason}`);
  }
  if (inner.length > limits.maxRatio * bytes.length && inner.length > limits.ratioFloorBytes) {
    return failed(
      file,
      null,
      `gzip expands ${Math.round(inner.length / bytes.length)}x: over the ${limits.maxRatio}x limit (zip bomb?)`,
    );
  }
  const innerName = file.replace(/\.gz$/i, "");
  if (detectFormat(innerName, inner) === "gzip") return failed(file, null, "gzip inside gzip is not read");
  return { ...importBytes(innerName, inner, limits), file };
}

type AnyDecodeResult =
  | {
      readonly kind: "activity";
      readonly activity: Activity;
      readonly records: number;
      readonly warnings: readonly string[];
    }
  | { readonly kind: "not_activity"; readonly fileType: number | string | null; readonly reason: string }
  | { readonly kind: "error"; readonly reason: string };

export function fromDecode(
  file: string,
  format: "fit" | "gpx" | "tcx",
  result: AnyDecodeResult,
): ImportFileResult {
  switch (result.kind) {
    case "activity": {
      const { activity } = result;
      return {
        file,
        kind: "activity",
        ok: true,
        format,
        sport: activity.sport,
        start: activity.start,
        utcOffsetS: activity.utcOffsetS,
        durationS: activity.summary.durationS,
        distanceM: activity.summary.distanceM,
        records: result.records,
        warnings: result.warnings,
        activity,
      };
    }
    case "not_activity":
      return { ...failed(file, format, `not an activity: ${result.reason}`), kind: "not_activity" };
    case "error":
      return failed(file, format, result.reason);
  }
}

export function failed(file: string, format: ImportFileResult["format"], error: string): ImportFileResult {
  return {
    file,
    kind: "error",
    ok: false,
    error,
    format,
    sport: null,
    start: null,
    utcOffsetS: null,
    durationS: null,
    distanceM: null,
    records: 0,
    warnings: [],
  };
}

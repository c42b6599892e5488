// What the GPX and TCX decoders return: the same three outcomes as the FIT decoder, so the dispatcher and
// the import report treat every format alike.
import type { Activity } from "../activity.ts";

export type XmlDecodeResult =
  | {
      readonly kind: "activity";
      readonly activity: Activity;
      /** Trackpoints kept as samples. */
      readonly records: number;
      readonly warnings: readonly string[];
    }
  /** A well-formed file that is not a recorded activity (a route, a course, waypoints). */
  | { readonly kind: "not_activity"; readonly fileType: string; readonly reason: string }
  | { readonly kind: "error"; readonly reason: string };

/** Bytes handed to the XML parser at a time: a whole file at once would become one huge string. */
export const XML_SLICE_BYTES = 256 * 1024;

/** A decoder that is fed a file's bytes chunk by chunk (from disk, gzip or a zip entry), then asked for the result. */
export interface StreamingDecoder {
  write(chunk: Uint8Array): void;
  finish(): XmlDecodeResult;
}

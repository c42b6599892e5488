// Limits that keep a hostile or broken archive (a zip bomb, a zip of a million entries, nesting without end)
// from exhausting memory, disk or time. Each is checked on bytes actually inflated, never on sizes an
// archive declares, and at every nesting level.

export interface ImportLimits {
  /** Entries looked at in one archive (a real Garmin export part holds ~10k). */
  readonly maxEntries: number;
  /** Uncompressed bytes of one entry or .gz (the longest real activities are ~25 MB of TCX). */
  readonly maxEntryBytes: number;
  /** A nested archive is held in memory (compressed) to be opened: its size is capped. */
  readonly maxNestedArchiveBytes: number;
  /** Uncompressed bytes read in one import, over all archives and levels. */
  readonly maxTotalBytes: number;
  /** Uncompressed / compressed for one entry, checked at each nesting level (real data stays under ~20x). */
  readonly maxRatio: number;
  /** Entries smaller than this are not ratio-checked (a tiny file of zeros compresses 1000x harmlessly). */
  readonly ratioFloorBytes: number;
  /** Archives inside archives: export.zip -> UploadedFiles.zip is depth 2. */
  readonly maxDepth: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxEntries: 100_000,
  maxEntryBytes: 128 * 1024 * 1024,
  maxNestedArchiveBytes: 256 * 1024 * 1024,
  maxTotalBytes: 16 * 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxDepth: 3,
};

/** Thrown while inflating when a limit is crossed; the reader turns it into a per-entry failure. */
export class LimitExceeded extends Error {
  override readonly name = "LimitExceeded";
}

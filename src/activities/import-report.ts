// Tallies per-file import results into the end-of-run report: imported, skipped non-activities (grouped by
// why), failed (each with its reason), and the JSON line printed per file with --json.
import { localDateOf } from "../domain/local-date.ts";
import type { ImportFileResult } from "./import-file.ts";

export interface ImportReport {
  imported: number;
  skipped: number;
  failed: number;
  records: number;
  /** Skip reasons, grouped ("file_id.type is 32 (monitoring_b)" -> 8,000). */
  readonly skippedBy: Map<string, number>;
  readonly failures: { file: string; error: string }[];
}

export function newReport(): ImportReport {
  return { imported: 0, skipped: 0, failed: 0, records: 0, skippedBy: new Map(), failures: [] };
}

export function tally(report: ImportReport, result: ImportFileResult): void {
  switch (result.kind) {
    case "activity":
      report.imported++;
      report.records += result.records;
      return;
    case "not_activity": {
      report.skipped++;
      const reason = (result.error ?? "not an activity").replace(/^not an activity: /, "");
      report.skippedBy.set(reason, (report.skippedBy.get(reason) ?? 0) + 1);
      return;
    }
    case "error":
      report.failed++;
      report.failures.push({ file: result.file, error: result.error ?? "unknown error" });
      return;
  }
}

/** The per-file line of `--json`: what was found, never the samples. */
/** One file as a JSON line; `localDate` is where the runner was: the file's offset, else `timeZone`, else UTC. */
export function jsonLine(result: ImportFileResult, timeZone: string | null = null): string {
  const { file, kind, ok, error, sport, start, utcOffsetS, durationS, distanceM, records } = result;
  return JSON.stringify({
    file,
    kind,
    ok,
    ...(error === undefined ? {} : { error }),
    sport,
    start,
    utcOffsetS,
    localDate: start === null ? null : localDateOf(start, utcOffsetS, timeZone),
    durationS,
    distanceM,
    records,
  });
}

const MAX_LISTED = 20;

export function formatReport(report: ImportReport, verb: string): string {
  const lines = [
    `${verb} ${report.imported} activities (${report.records} records); skipped ${report.skipped} files that are not activities; ${report.failed} failed`,
  ];
  const skipped = [...report.skippedBy].sort((a, b) => b[1] - a[1]);
  for (const [reason, n] of skipped.slice(0, MAX_LISTED)) lines.push(`  skipped ${n} x ${reason}`);
  if (skipped.length > MAX_LISTED)
    lines.push(`  ... and ${skipped.length - MAX_LISTED} other kinds of skipped file`);
  for (const { file, error } of report.failures.slice(0, MAX_LISTED))
    lines.push(`  failed ${file}: ${error}`);
  if (report.failures.length > MAX_LISTED)
    lines.push(`  ... and ${report.failures.length - MAX_LISTED} more failures`);
  return lines.join("\n");
}

// `strideback analyze --injury-date DATE PATH...`: reads activity files, folders and archives, and prints the
// training-load report for the weeks before the injury as text (default) or JSON (--json).
import type { Command } from "commander";
import type { Activity } from "../activities/activity.ts";
import cliProgress from "cli-progress";
import { createDecodePool } from "../activities/archive/decode-pool.ts";
import { importPaths } from "../activities/archive/import-paths.ts";
import { isIsoDate } from "../domain/dates.ts";
import { dateInZone, localDateOf } from "../domain/local-date.ts";
import { episodeHistory } from "../domain/load/episode-history.ts";
import type { LoadActivity } from "../domain/load/load-activity.ts";
import { loadReport, samplesNeeded, type LoadReport } from "../domain/load/load-report.ts";
import { loadReportText } from "../domain/load/report-text.ts";
import { count } from "../domain/load/units-text.ts";
import { cliTimeZone, TZ_HELP } from "./time-zone-option.ts";

export interface AnalyzeOptions {
  readonly injuryDate?: string;
  readonly weeks?: string;
  readonly asOf?: string;
  readonly json?: boolean;
  /** Decoding threads (default: one per core, at most 4). */
  readonly jobs?: string;
  /** IANA zone for files without their own offset, and for today (default: the machine's). */
  readonly tz?: string;
}

export interface Output {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** A terminal to draw a progress bar on, when there is one. */
  readonly progress?: NodeJS.WriteStream;
}

export interface FileTally {
  readonly activities: number;
  readonly notActivities: number;
  readonly failed: readonly { readonly source: string; readonly reason: string }[];
}

export function registerAnalyze(program: Command): void {
  program
    .command("analyze")
    .description("training-load report for the weeks before an injury: what changed, the likely factors, what to change")
    // Checked by runAnalyze rather than commander, so that a missing date exits 2 like a wrong one.
    .option("--injury-date <date>", "the day of the injury, YYYY-MM-DD (required)")
    .option("--weeks <n>", "weeks shown in the weekly table", "8")
    .option("--as-of <date>", "the day the next-run cap is for, YYYY-MM-DD (default: today)")
    .option("--json", "print the report as JSON")
    .option("--jobs <n>", "decoding threads (default: one per core, at most 4)")
    .option("--tz <zone>", TZ_HELP)
    .argument("<paths...>", "FIT, GPX or TCX files (also .gz), folders, zip archives (Garmin and Strava exports)")
    .action(async (paths: string[], options: AnalyzeOptions) => {
      process.exitCode = await runAnalyze(paths, options, {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        ...(process.stderr.isTTY ? { progress: process.stderr } : {}),
      });
    });
}

/** The command without commander or process: returns the exit code (0 done, 1 nothing to analyse, 2 bad arguments). */
export async function runAnalyze(paths: readonly string[], options: AnalyzeOptions, out: Output, now: Date = new Date()): Promise<number> {
  const tz = cliTimeZone(options.tz);
  const zone = "zone" in tz ? tz.zone : "UTC";
  const asOf = options.asOf ?? dateInZone(now.getTime(), zone);
  const weeks = Number(options.weeks ?? "8");
  const jobs = options.jobs === undefined ? undefined : Number(options.jobs);
  const injuryDate = options.injuryDate ?? "";
  const problems = [
    ...(options.injuryDate === undefined
      ? [{ path: "--injury-date", message: "is required: the day of the injury as YYYY-MM-DD" }]
      : isIsoDate(injuryDate)
        ? []
        : [{ path: "--injury-date", message: `must be a date as YYYY-MM-DD, got "${injuryDate}"` }]),
    ...(isIsoDate(asOf) ? [] : [{ path: "--as-of", message: `must be a date as YYYY-MM-DD, got "${asOf}"` }]),
    ...(Number.isInteger(weeks) && weeks >= 1 && weeks <= 104 ? [] : [{ path: "--weeks", message: `must be a whole number from 1 to 104, got "${options.weeks}"` }]),
    ...(jobs === undefined || (Number.isInteger(jobs) && jobs >= 1 && jobs <= 16) ? [] : [{ path: "--jobs", message: `must be a whole number from 1 to 16, got "${options.jobs}"` }]),
    ...("error" in tz ? [{ path: "--tz", message: tz.error }] : []),
  ];
  if (problems.length > 0) {
    if (options.json) out.stderr(JSON.stringify({ error: "invalid_arguments", message: "strideback analyze: invalid arguments", issues: problems }) + "\n");
    else for (const p of problems) out.stderr(`strideback analyze: ${p.path} ${p.message}\n`);
    return 2;
  }

  const { activities, tally } = await readLoadActivities(paths, injuryDate, { jobs, progress: out.progress, timeZone: zone });
  if (tally.activities === 0) {
    out.stderr(`strideback analyze: no activity found in ${paths.join(", ")}${failureSummary(tally)}\n`);
    return 1;
  }
  const report = loadReport({ activities, injuryDate, weeks, asOf });
  // `history` is ready to paste into an episode for `strideback decide` (rule RUN-CLEARED).
  const history = episodeHistory(activities, asOf);
  out.stdout(options.json ? JSON.stringify({ files: tally, history, report }, null, 2) + "\n" : textOutput(report, tally));
  return 0;
}

/** Decodes every file and keeps, per activity, only what the report reads (samples only for the year before). */
export async function readLoadActivities(
  paths: readonly string[],
  injuryDate: string,
  how: { readonly jobs?: number | undefined; readonly progress?: NodeJS.WriteStream | undefined; readonly timeZone?: string | null } = {},
): Promise<{ activities: LoadActivity[]; tally: FileTally }> {
  const activities: LoadActivity[] = [];
  const failed: { source: string; reason: string }[] = [];
  let notActivities = 0;
  const decoder = createDecodePool({ threads: how.jobs, keepActivity: true });
  const bar = how.progress ? progressBar(how.progress) : null;
  try {
    bar?.start(1, 0, { results: 0 });
    await importPaths(paths, {
      decoder,
      onResult: (r) => {
        if (r.kind === "activity" && r.activity) {
          const localDate = localDateOf(r.activity.start, r.activity.utcOffsetS, how.timeZone ?? null);
          activities.push(toLoadActivity(r.activity, localDate, samplesNeeded(localDate, injuryDate)));
        }
        else if (r.kind === "not_activity") notActivities++;
        else failed.push({ source: r.file, reason: r.error ?? "could not be decoded" });
      },
      onProgress: (p) => bar?.update(Math.min(p.doneBytes / Math.max(1, p.totalBytes), 1), { results: p.results }),
    });
  } finally {
    bar?.stop();
    await decoder.close();
  }
  return { activities, tally: { activities: activities.length, notActivities, failed } };
}

function progressBar(stream: NodeJS.WriteStream): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    { stream, format: "reading [{bar}] {percentage}% | {results} files | {duration_formatted}", hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
}

/** The canonical Activity as the load analysis needs it, dated `localDate`; the sample arrays are shared, not copied. */
export function toLoadActivity(a: Activity, localDate: string, withSamples: boolean): LoadActivity {
  const base = {
    start: a.start,
    localDate,
    sport: a.sport,
    durationS: a.summary.durationS,
    movingTimeS: a.summary.movingTimeS,
    distanceM: a.summary.distanceM,
  };
  if (!withSamples || a.samples.length === 0) return base;
  const { time, speed, cadence } = a.samples;
  return { ...base, samples: { time, speed, cadence } };
}

function textOutput(report: LoadReport, tally: FileTally): string {
  const files = `Read ${count(tally.activities, "activity", "activities")}${tally.notActivities > 0 ? ` (skipped ${count(tally.notActivities, "file")} that are not activities)` : ""}${failureSummary(tally)}.`;
  const failures = tally.failed.map((f) => `  could not read ${f.source}: ${f.reason}`);
  return [files, ...failures, "", loadReportText(report)].join("\n");
}

function failureSummary(tally: FileTally): string {
  return tally.failed.length > 0 ? `; ${count(tally.failed.length, "file")} could not be read` : "";
}

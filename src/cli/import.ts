// `strideback import PATH...`: activity files, folders and exports (Garmin, Strava zips) in; a progress bar
// on a terminal, one report at the end. `--dry-run --json` prints one JSON line per file and stores nothing.
// Storing goes through an ActivitySink the caller provides (the store is wired in by whoever owns it).
import type { Command } from "commander";
import cliProgress from "cli-progress";
import type { Activity } from "../activities/activity.ts";
import { importPaths } from "../activities/archive/import-paths.ts";
import { createDecodePool } from "../activities/archive/decode-pool.ts";
import type { ImportFileResult } from "../activities/import-file.ts";
import type { StoredForm } from "../activities/stored-form.ts";
import { formatReport, jsonLine, newReport, tally } from "../activities/import-report.ts";
import { cliTimeZone, TZ_HELP } from "./time-zone-option.ts";

/**
 * Where imported activities go when it is not a dry run. `add` queues one (a full batch is written
 * before it resolves, so a batch is one transaction); `flush` writes the rest; `created` counts the
 * activities that were new (one already stored is found, not doubled).
 */
export interface ActivitySink {
  /** `stored`: the trace and best speed made where it was decoded (the activity then has no samples). */
  add(file: string, activity: Activity, stored?: StoredForm): Promise<void>;
  flush(): Promise<void>;
  readonly created: number;
  close(): Promise<void>;
}

export interface ImportCommandDeps {
  /** Opens the store; absent until storage is wired in, and then only --dry-run works. */
  readonly openSink?: () => Promise<ActivitySink>;
  readonly stdout?: NodeJS.WritableStream;
  readonly stderr?: NodeJS.WriteStream | NodeJS.WritableStream;
}

interface ImportFlags {
  readonly dryRun?: boolean;
  readonly json?: boolean;
  readonly threads?: string;
  readonly tz?: string;
}

export function registerImport(program: Command, deps: ImportCommandDeps = {}): void {
  program
    .command("import")
    .description("import activity files (FIT, GPX, TCX, .gz), folders, and Garmin or Strava export zips")
    .argument("<paths...>", "files, folders or zip archives")
    .option("--dry-run", "decode and report, store nothing")
    .option("--json", "print one JSON line per file on standard output")
    .option("--tz <zone>", TZ_HELP)
    .option(
      "--threads <n>",
      "decoding worker threads; 0 decodes on the main thread (default: cores - 1, at least 1)",
    )
    .action(async (paths: string[], flags: ImportFlags) => {
      process.exitCode = await runImport(paths, flags, deps);
    });
}

export async function runImport(
  paths: readonly string[],
  flags: ImportFlags,
  deps: ImportCommandDeps,
): Promise<number> {
  const stdout = deps.stdout ?? process.stdout;
  const stderr = deps.stderr ?? process.stderr;
  if (!flags.dryRun && !deps.openSink) {
    stderr.write("storing imported activities is not available in this build yet: run with --dry-run\n");
    return 2;
  }
  const workers = flags.threads === undefined ? undefined : Number(flags.threads);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 16)) {
    stderr.write(`--threads must be a whole number from 0 to 16, not ${JSON.stringify(flags.threads)}\n`);
    return 2;
  }
  const tz = cliTimeZone(flags.tz);
  if ("error" in tz) {
    stderr.write(`--tz ${tz.error}\n`);
    return 2;
  }
  let sink: ActivitySink | null = null;
  if (!flags.dryRun) {
    try {
      sink = await deps.openSink!();
    } catch (e) {
      // No account, no database: say so plainly, nothing was read or stored.
      stderr.write(`strideback import: ${(e as Error).message}; nothing was imported\n`);
      return 2;
    }
  }
  const report = newReport();
  const bar = "isTTY" in stderr && stderr.isTTY ? progressBar(stderr) : null;
  const decoder = createDecodePool({ workers, keepActivity: sink !== null ? "stored" : false });
  let garminSummaries: number | null = null;
  try {
    bar?.start(1, 0, { results: 0 });
    await importPaths(paths, {
      decoder,
      onResult: async (result: ImportFileResult) => {
        tally(report, result);
        if (sink && result.activity) await sink.add(result.file, result.activity, result.storedForm);
        if (flags.json) stdout.write(jsonLine(result, tz.zone) + "\n");
      },
      onProgress: (p) =>
        bar?.update(Math.min(p.doneBytes / Math.max(1, p.totalBytes), 1), { results: p.results }),
      onGarminSummaries: (count) => (garminSummaries = (garminSummaries ?? 0) + count),
    });
    await sink?.flush();
  } finally {
    bar?.stop();
    await decoder.close();
    await sink?.close();
  }
  const verb = sink ? `Stored ${sink.created} new of` : "Dry run: would import";
  stderr.write(formatReport(report, verb) + "\n");
  if (garminSummaries !== null)
    stderr.write(`The Garmin export's summaries list ${garminSummaries} activities.\n`);
  return report.imported === 0 && report.failed > 0 ? 1 : 0;
}

function progressBar(stream: NodeJS.WritableStream): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WriteStream,
      format: "importing [{bar}] {percentage}% | {results} files | {duration_formatted}",
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
}

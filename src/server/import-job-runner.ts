// Runs an upload's import in the background of this process: the importer (with its limits) over the
// uploaded temp files, each activity stored once, per-file results and counts saved as it goes, a
// phase-3 run turned into a pending run, and the temp folder removed at the end, whatever happened.
// Jobs run one at a time per process (later ones wait as "queued"); a big upload decodes on worker
// threads so the server keeps answering requests meanwhile.
import { open, rm } from "node:fs/promises";
import type { Activity } from "../activities/activity.ts";
import { createDecodePool } from "../activities/archive/decode-pool.ts";
import { inProcessDecoder, type DecodeService } from "../activities/archive/decode-queue.ts";
import { importPaths } from "../activities/archive/import-paths.ts";
import { DEFAULT_LIMITS, type ImportLimits } from "../activities/archive/limits.ts";
import { detectFormat, type ImportFileResult } from "../activities/import-file.ts";
import { newActivityFrom, saveActivities, type NewActivity } from "../store/activities.ts";
import { saveJobProgress, type JobFileResult } from "../store/import-job-files.ts";
import { JOB_HEARTBEAT_MS, touchJobs, updateJob } from "../store/import-jobs.ts";
import type { AppContext } from "./app-context.ts";
import { pendingRunFor } from "./imported-run.ts";

/** An uploaded file on disk, with the name the runner gave it. */
export interface UploadedFile {
  readonly path: string;
  readonly name: string;
}

export interface ImportJobInput {
  readonly jobId: string;
  readonly userId: string;
  /** The job's temp folder: removed when the job ends. */
  readonly dir: string;
  readonly files: readonly UploadedFile[];
}

/** Progress is written at most this often: the counts and the results since the last write. */
const PROGRESS_EVERY_MS = 500;
/** ...or as soon as this many results wait (skipped files come fast), so memory stays flat. */
const MAX_UNSAVED_RESULTS = 1000;
/** Activities stored per transaction. */
const STORE_BATCH = 64;

export interface RunnerOptions {
  readonly limits?: ImportLimits;
  /** Uploads meaning at least this much decoding (decodedBytes: a gzip inflated, any zip) decode on worker threads; smaller ones are not worth starting workers. */
  readonly workersFromBytes?: number;
  /**
   * Decoding worker threads for a big upload. Default: one per core but the one that reads the zip and
   * stores, at least 1, at most 3 (createDecodePool). On 2 cores that is 1: a second worker made the
   * 10-year export no faster and cost ~50-100 MB at peak (npm run bench -- export-upload).
   */
  readonly workerThreads?: number;
}

const DEFAULT_WORKERS_FROM_BYTES = 8 * 1024 * 1024;

export class ImportJobRunner {
  private readonly running = new Set<Promise<void>>();
  /** Ids of this process's unfinished jobs, touched every heartbeat so other processes know they are alive. */
  private readonly unfinished = new Set<string>();
  private heartbeat: NodeJS.Timeout | null = null;
  /** The previous job's end: jobs run one after another. */
  private tail: Promise<unknown> = Promise.resolve();
  private readonly limits: ImportLimits;

  constructor(
    private readonly ctx: AppContext,
    private readonly options: RunnerOptions = {},
  ) {
    this.limits = options.limits ?? DEFAULT_LIMITS;
  }

  /** Starts the job and returns at once; failures end up in the job row, never as an unhandled rejection. */
  start(input: ImportJobInput): void {
    const job = this.tail
      .then(() => this.run(input))
      .catch(async (e: unknown) => {
        await rm(input.dir, { recursive: true, force: true });
        await updateJob(
          this.ctx.db,
          input.jobId,
          { status: "failed", error: `The import stopped: ${(e as Error).message}` },
          this.now(),
        ).catch(() => {});
      })
      .finally(async () => {
        await rm(input.dir, { recursive: true, force: true });
        this.running.delete(job);
        this.unfinished.delete(input.jobId);
        if (this.unfinished.size === 0 && this.heartbeat) {
          clearInterval(this.heartbeat);
          this.heartbeat = null;
        }
      });
    this.running.add(job);
    this.unfinished.add(input.jobId);
    this.heartbeat ??= setInterval(
      () => void touchJobs(this.ctx.db, [...this.unfinished], this.now()).catch(() => {}),
      JOB_HEARTBEAT_MS,
    ).unref();
    this.tail = job;
  }

  /** Waits for every job of this process (the server's close waits, so no job writes to a closed database). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private now(): string {
    return this.ctx.clock().toISOString();
  }

  private async run(input: ImportJobInput): Promise<void> {
    const { db } = this.ctx;
    await updateJob(db, input.jobId, { status: "running" }, this.now());
    // Only the results not yet written are held: each write appends them with the counts, then forgets them.
    let unsaved: JobFileResult[] = [];
    // Results in file order, their activities waiting to be stored (summary + trace form, no samples).
    let waiting: Waiting[] = [];
    let waitingActivities = 0;
    const counts = { filesDone: 0, imported: 0, skipped: 0, failed: 0 };
    let lastWrite = 0;
    const record = (stored: JobFileResult, isActivity: boolean) => {
      unsaved.push(stored);
      counts.filesDone++;
      if (!stored.ok) counts.failed++;
      else if (stored.duplicate || !isActivity) counts.skipped++;
      else counts.imported++;
    };
    const flush = async () => {
      const batch = waiting;
      waiting = [];
      waitingActivities = 0;
      const stored = await this.storeBatch(
        input.userId,
        batch.flatMap((w) => ("activity" in w ? [w.activity] : [])),
      );
      let next = 0;
      for (const w of batch)
        if ("activity" in w) record(stored[next++]!, true);
        else record(w.result, false);
    };
    /** Stores what waits, then writes the new results with the counts (and, at the end, that the job is done). */
    const save = async (done: boolean) => {
      await flush();
      const results = unsaved;
      unsaved = [];
      lastWrite = Date.now();
      const end = done ? { status: "done" as const, filesTotal: counts.filesDone } : {};
      await saveJobProgress(db, input.jobId, { counts: { ...counts }, results, ...end }, this.now());
    };
    const decoder = await this.decoderFor(input.files);
    try {
      await importPaths(
        input.files.map((f) => f.path),
        {
          limits: this.limits,
          decoder,
          onResult: async (result) => {
            const named = { ...result, file: uploadedName(result.file, input.files) };
            const decoded = toWaiting(named);
            waiting.push(decoded);
            if ("activity" in decoded && ++waitingActivities >= STORE_BATCH) await flush();
            if (
              Date.now() - lastWrite >= PROGRESS_EVERY_MS ||
              unsaved.length + waiting.length >= MAX_UNSAVED_RESULTS
            )
              await save(false);
          },
        },
      );
    } finally {
      await decoder.close();
    }
    // The files go before the job says done, so a finished job never leaves an upload behind.
    await rm(input.dir, { recursive: true, force: true });
    await save(true);
  }

  private async decoderFor(files: readonly UploadedFile[]): Promise<DecodeService> {
    const sizes = await Promise.all(files.map((f) => decodedBytes(f.path)));
    const total = sizes.reduce((a, b) => a + b, 0);
    if (total < (this.options.workersFromBytes ?? DEFAULT_WORKERS_FROM_BYTES))
      return inProcessDecoder(this.limits);
    return createDecodePool({
      workers: this.options.workerThreads,
      keepActivity: "stored",
      limits: this.limits,
    });
  }

  /**
   * Stores a batch of decoded activities in one transaction (one WAL sync for the lot, not one per file;
   * one already stored is found, not doubled) and, for a run in phase 3, its pending run.
   */
  private async storeBatch(userId: string, batch: readonly WaitingActivity[]): Promise<JobFileResult[]> {
    if (batch.length === 0) return [];
    const saved = await saveActivities(
      this.ctx.db,
      userId,
      batch.map((w) => w.row),
      this.now(),
    );
    const out: JobFileResult[] = [];
    for (const [i, w] of batch.entries()) {
      const s = saved[i];
      if (!s) throw new Error(`activity of ${w.base.file} was not saved`);
      const pendingRunId =
        w.activity.sport === "running" ? await pendingRunFor(this.ctx, userId, s.id, w.activity) : null;
      out.push({
        ...w.base,
        ok: true,
        activityId: s.id,
        ...(s.created ? {} : { duplicate: true }),
        ...(pendingRunId ? { pendingRunId } : {}),
      });
    }
    return out;
  }
}

/** A decoded activity on its way to the store: what its result says, its row, and its figures without samples. */
interface WaitingActivity {
  readonly base: Pick<JobFileResult, "file" | "sport" | "start" | "durationS" | "distanceM">;
  readonly row: NewActivity;
  readonly activity: Pick<Activity, "sport" | "start" | "summary" | "utcOffsetS">;
}

/** A file's result waiting for its place in the job: final already, or an activity to store first. */
type Waiting = { readonly activity: WaitingActivity } | { readonly result: JobFileResult };

/** A not-activity is a skip and a failure a failure; an activity is stored with the next batch. */
function toWaiting(result: ImportFileResult): Waiting {
  const base = {
    file: result.file,
    sport: result.sport,
    start: result.start,
    durationS: result.durationS,
    distanceM: result.distanceM,
  };
  if (result.kind === "not_activity")
    return { result: { ...base, ok: true, error: result.error ?? "not an activity" } };
  if (!result.ok || !result.activity)
    return { result: { ...base, ok: false, error: result.error ?? "could not be decoded" } };
  const { sport, start, summary, utcOffsetS } = result.activity;
  // The samples are dropped here: the row holds the trace, so a batch never holds 64 files' samples.
  return {
    activity: {
      base,
      row: newActivityFrom(result.activity, result.file, result.storedForm),
      activity: { sport, start, summary, utcOffsetS },
    },
  };
}

/** `<dir>/<n>-<name>!/inner` -> `<name>!/inner`: the runner's own file names, not the server's paths. */
function uploadedName(path: string, files: readonly UploadedFile[]): string {
  for (const f of files)
    if (path === f.path || path.startsWith(`${f.path}!`)) return f.name + path.slice(f.path.length);
  return path;
}

/**
 * About how many bytes decoding the file means, for choosing where to decode: a gzip says its inflated
 * size in its last 4 bytes (a 1.3 MB .tcx.gz can be 25 MB of XML, ~0.5 s of the main thread); a zip could
 * hold anything, nested archives included, so it counts as big; a plain file is its size.
 */
export async function decodedBytes(path: string): Promise<number> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(12);
    await handle.read(head, 0, head.length, 0);
    const format = detectFormat(path, head);
    if (format === "zip") return Number.MAX_SAFE_INTEGER;
    if (format === "gzip" && size >= 18) {
      const tail = Buffer.alloc(4);
      await handle.read(tail, 0, 4, size - 4);
      // ISIZE is the inflated size modulo 2^32: never less than the file itself for our purpose.
      return Math.max(size, tail.readUInt32LE(0));
    }
    return size;
  } finally {
    await handle.close();
  }
}

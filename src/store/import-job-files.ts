// Import jobs' per-file results, one row each (import_job_files): appended in batches together with the
// job's counts, in one transaction, and read back a page at a time (all of them, or the failed ones).
import type { Kysely, Selectable } from "kysely";
import type { Sport } from "../activities/activity.ts";
import type { Database, ImportJobFileTable } from "./schema.ts";
import type { ImportJob, JobCounts, JobStatus } from "./import-jobs.ts";

export interface JobFileResult {
  /** The file's name as uploaded; inside archives `archive.zip!/inner/path`. */
  readonly file: string;
  readonly ok: boolean;
  readonly error?: string;
  readonly sport: Sport | null;
  readonly start: string | null;
  readonly durationS: number | null;
  readonly distanceM: number | null;
  /** The stored activity (new, or the one already there). */
  readonly activityId?: string;
  /** True when the activity was already stored (counted as skipped). */
  readonly duplicate?: boolean;
  /** A phase-3 run waiting for its pain answers, made from this activity. */
  readonly pendingRunId?: string;
}

export interface JobProgress {
  /** The job's counts including `results`: those are files filesDone - results.length .. filesDone - 1. */
  readonly counts: JobCounts;
  /** The results since the previous save, in order. */
  readonly results: readonly JobFileResult[];
  readonly status?: JobStatus;
  readonly filesTotal?: number;
}

/** Rows per INSERT: 12 values each stays far below SQLite's and PostgreSQL's parameter limits. */
const ROWS_PER_INSERT = 500;

/**
 * Appends the new results and sets the counts in one transaction, so a reader never sees counts that
 * its rows do not back: the job's results are always exactly seq 0 .. filesDone - 1.
 */
export async function saveJobProgress(
  db: Kysely<Database>,
  jobId: string,
  progress: JobProgress,
  at: string,
): Promise<void> {
  const { counts, results } = progress;
  const firstSeq = counts.filesDone - results.length;
  if (firstSeq < 0) throw new Error(`job ${jobId}: ${results.length} results but filesDone ${counts.filesDone}`);
  const rows = results.map((r, i) => toRow(jobId, firstSeq + i, r));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
      await trx.insertInto("import_job_files").values(rows.slice(i, i + ROWS_PER_INSERT)).execute();
    await trx
      .updateTable("import_jobs")
      .set({
        updated_at: at,
        files_done: counts.filesDone,
        imported: counts.imported,
        skipped: counts.skipped,
        failed: counts.failed,
        ...(progress.status !== undefined ? { status: progress.status } : {}),
        ...(progress.filesTotal !== undefined ? { files_total: progress.filesTotal } : {}),
      })
      .where("id", "=", jobId)
      .execute();
  });
}

export interface ResultsQuery {
  readonly offset: number;
  readonly limit: number;
  /** "failed": only the files that could not be read. */
  readonly only?: "failed";
}

export interface ResultsPage {
  readonly results: readonly JobFileResult[];
  /** How many results match the query's filter (all pages together). */
  readonly resultsTotal: number;
  /** The offset of the next page, or null when this one is the last. */
  readonly nextOffset: number | null;
}

/**
 * A page of the job's results, in file order. The total comes from the job's counts, and only rows the
 * counts cover are read, so a page taken while the job runs agrees with the counts it is shown with.
 */
export async function listJobResults(
  db: Kysely<Database>,
  job: ImportJob,
  query: ResultsQuery,
): Promise<ResultsPage> {
  const failedOnly = query.only === "failed";
  const resultsTotal = failedOnly ? job.failed : job.filesDone;
  let rows: Selectable<ImportJobFileTable>[] = [];
  if (query.limit > 0 && query.offset < resultsTotal) {
    let q = db
      .selectFrom("import_job_files")
      .selectAll()
      .where("job_id", "=", job.id)
      .where("seq", "<", job.filesDone)
      .orderBy("seq");
    // Every seq below filesDone exists, so a page of all results is a range of the primary key.
    q = failedOnly
      ? q.where("ok", "=", 0).offset(query.offset).limit(query.limit)
      : q.where("seq", ">=", query.offset).limit(query.limit);
    rows = await q.execute();
  }
  const end = query.offset + rows.length;
  return {
    results: rows.map(fromRow),
    resultsTotal,
    nextOffset: end < resultsTotal && query.limit > 0 ? end : null,
  };
}

/** Every result of the job, in order (the account export). */
export async function allJobResults(db: Kysely<Database>, jobId: string): Promise<JobFileResult[]> {
  const rows = await db
    .selectFrom("import_job_files")
    .selectAll()
    .where("job_id", "=", jobId)
    .orderBy("seq")
    .execute();
  return rows.map(fromRow);
}

function toRow(jobId: string, seq: number, r: JobFileResult): Selectable<ImportJobFileTable> {
  return {
    job_id: jobId,
    seq,
    file: r.file,
    ok: r.ok ? 1 : 0,
    error: r.error ?? null,
    sport: r.sport,
    start: r.start,
    duration_s: r.durationS,
    distance_m: r.distanceM,
    activity_id: r.activityId ?? null,
    duplicate: r.duplicate ? 1 : 0,
    pending_run_id: r.pendingRunId ?? null,
  };
}

function fromRow(row: Selectable<ImportJobFileTable>): JobFileResult {
  return {
    file: row.file,
    ok: row.ok === 1,
    ...(row.error !== null ? { error: row.error } : {}),
    sport: row.sport as Sport | null,
    start: row.start,
    durationS: row.duration_s,
    distanceM: row.distance_m,
    ...(row.activity_id !== null ? { activityId: row.activity_id } : {}),
    ...(row.duplicate === 1 ? { duplicate: true } : {}),
    ...(row.pending_run_id !== null ? { pendingRunId: row.pending_run_id } : {}),
  };
}

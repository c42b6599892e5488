// Import jobs: one row per upload with its status and counts, read back only by its owner (the per-file
// results are rows of their own: import-job-files.ts).
import type { Kysely, Selectable } from "kysely";
import type { Database, ImportJobTable } from "./schema.ts";
import { newId } from "./ids.ts";

export type JobStatus = ImportJobTable["status"];

export interface JobCounts {
  readonly filesDone: number;
  readonly imported: number;
  readonly skipped: number;
  readonly failed: number;
}

export interface ImportJob extends JobCounts {
  readonly id: string;
  readonly status: JobStatus;
  readonly filesTotal?: number;
  readonly error?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export async function createJob(db: Kysely<Database>, userId: string, at: string): Promise<ImportJob> {
  const row = await db
    .insertInto("import_jobs")
    .values({
      id: newId(),
      user_id: userId,
      status: "queued",
      files_total: null,
      files_done: 0,
      imported: 0,
      skipped: 0,
      failed: 0,
      error: null,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toJob(row);
}

export interface JobUpdate extends Partial<JobCounts> {
  readonly status?: JobStatus;
  readonly filesTotal?: number;
  readonly error?: string;
}

export async function updateJob(
  db: Kysely<Database>,
  jobId: string,
  update: JobUpdate,
  at: string,
): Promise<void> {
  await db
    .updateTable("import_jobs")
    .set({
      updated_at: at,
      ...(update.status !== undefined ? { status: update.status } : {}),
      ...(update.filesTotal !== undefined ? { files_total: update.filesTotal } : {}),
      ...(update.filesDone !== undefined ? { files_done: update.filesDone } : {}),
      ...(update.imported !== undefined ? { imported: update.imported } : {}),
      ...(update.skipped !== undefined ? { skipped: update.skipped } : {}),
      ...(update.failed !== undefined ? { failed: update.failed } : {}),
      ...(update.error !== undefined ? { error: update.error } : {}),
    })
    .where("id", "=", jobId)
    .execute();
}

/** One job of the user, or null (also when it is someone else's). */
export async function findJob(
  db: Kysely<Database>,
  userId: string,
  jobId: string,
): Promise<ImportJob | null> {
  const row = await db
    .selectFrom("import_jobs")
    .selectAll()
    .where("id", "=", jobId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row ? toJob(row) : null;
}

/** The user's jobs, newest first (without their per-file results: GET one job for a page of those). */
export async function listJobs(db: Kysely<Database>, userId: string, limit: number | null = 100): Promise<ImportJob[]> {
  let q = db.selectFrom("import_jobs").selectAll().where("user_id", "=", userId).orderBy("created_at", "desc").orderBy("id");
  if (limit !== null) q = q.limit(limit);
  const rows = await q.execute();
  return rows.map(toJob);
}

/** How many of the user's jobs are queued or running. */
export async function countUnfinishedJobs(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom("import_jobs")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("user_id", "=", userId)
    .where("status", "in", ["queued", "running"])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Jobs left queued or running by a process that stopped: nothing will ever finish them, so they are
 * marked failed with the reason. A live process touches its jobs every JOB_HEARTBEAT_MS, so a job not
 * touched since `staleBefore` has lost its process, on this server or another one sharing the database.
 */
export async function failInterruptedJobs(
  db: Kysely<Database>,
  at: string,
  staleBefore: string,
  userId?: string,
): Promise<number> {
  let q = db
    .updateTable("import_jobs")
    .set({
      status: "failed",
      error:
        "The server stopped before this import finished; upload the files again (activities already stored are kept, not doubled).",
      updated_at: at,
    })
    .where("status", "in", ["queued", "running"])
    .where("updated_at", "<", staleBefore);
  if (userId !== undefined) q = q.where("user_id", "=", userId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** How often a process touches its unfinished jobs, and how long without a touch means it is gone. */
export const JOB_HEARTBEAT_MS = 30_000;
export const JOB_STALE_MS = 4 * JOB_HEARTBEAT_MS;

/** Marks the jobs as alive (their process is still working on them or has them queued). */
export async function touchJobs(db: Kysely<Database>, jobIds: readonly string[], at: string): Promise<void> {
  if (jobIds.length === 0) return;
  await db
    .updateTable("import_jobs")
    .set({ updated_at: at })
    .where("id", "in", jobIds)
    .where("status", "in", ["queued", "running"])
    .execute();
}

function toJob(row: Selectable<ImportJobTable>): ImportJob {
  return {
    id: row.id,
    status: row.status,
    ...(row.files_total !== null ? { filesTotal: row.files_total } : {}),
    filesDone: row.files_done,
    imported: row.imported,
    skipped: row.skipped,
    failed: row.failed,
    ...(row.error !== null ? { error: row.error } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

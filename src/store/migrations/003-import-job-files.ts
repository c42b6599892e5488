// Per-file import results in their own rows (import_job_files) instead of one JSON text column that the
// runner rewrote whole every 0.5 s: a job now appends its new results, and a read pages through them.
// Existing jobs' JSON results are copied across, then the column is dropped (SQLite >= 3.35 drops a
// plain column in place; better-sqlite3 bundles a far newer one). Written once for SQLite and PostgreSQL.
import type { Kysely } from "kysely";

/** The tables as they are during this migration (the app's schema.ts describes only the latest). */
interface Tables {
  import_jobs: { id: string; results: string };
  import_job_files: FileRow;
}

interface FileRow {
  job_id: string;
  seq: number;
  file: string;
  ok: number;
  error: string | null;
  sport: string | null;
  start: string | null;
  duration_s: number | null;
  distance_m: number | null;
  activity_id: string | null;
  duplicate: number;
  pending_run_id: string | null;
}

/** A per-file result as 002 stored it in the JSON array. */
interface OldResult {
  file: string;
  ok: boolean;
  error?: string;
  sport: string | null;
  start: string | null;
  durationS: number | null;
  distanceM: number | null;
  activityId?: string;
  duplicate?: boolean;
  pendingRunId?: string;
}

/** Rows per INSERT: 12 values each stays far below SQLite's and PostgreSQL's parameter limits. */
const ROWS_PER_INSERT = 500;

export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as unknown as Kysely<Tables>;
  await db.schema
    .createTable("import_job_files")
    .addColumn("job_id", "text", (c) => c.notNull().references("import_jobs.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("file", "text", (c) => c.notNull())
    // 0/1: SQLite has no boolean type (and better-sqlite3 binds no JS booleans); the same on both.
    .addColumn("ok", "integer", (c) => c.notNull())
    .addColumn("error", "text")
    .addColumn("sport", "text")
    .addColumn("start", "text")
    .addColumn("duration_s", "double precision")
    .addColumn("distance_m", "double precision")
    // Plain ids, no foreign keys: a result reports what happened even after the activity is deleted.
    .addColumn("activity_id", "text")
    .addColumn("duplicate", "integer", (c) => c.notNull())
    .addColumn("pending_run_id", "text")
    .addPrimaryKeyConstraint("import_job_files_pk", ["job_id", "seq"])
    .execute();
  // "Failed files only" pages through a 20,000-file export's few failures without reading the rest.
  await db.schema
    .createIndex("import_job_files_job_ok")
    .on("import_job_files")
    .columns(["job_id", "ok", "seq"])
    .execute();

  // One job at a time: memory holds one job's results, never every job's.
  const jobs = await db.selectFrom("import_jobs").select("id").orderBy("id").execute();
  for (const { id } of jobs) {
    const row = await db.selectFrom("import_jobs").select("results").where("id", "=", id).executeTakeFirstOrThrow();
    const rows = (JSON.parse(row.results) as OldResult[]).map((r, seq) => toRow(id, seq, r));
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
      await db.insertInto("import_job_files").values(rows.slice(i, i + ROWS_PER_INSERT)).execute();
  }
  await db.schema.alterTable("import_jobs").dropColumn("results").execute();
}

export async function down(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as unknown as Kysely<Tables>;
  await db.schema
    .alterTable("import_jobs")
    .addColumn("results", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  const jobs = await db.selectFrom("import_jobs").select("id").orderBy("id").execute();
  for (const { id } of jobs) {
    const rows = await db.selectFrom("import_job_files").selectAll().where("job_id", "=", id).orderBy("seq").execute();
    if (rows.length === 0) continue;
    await db
      .updateTable("import_jobs")
      .set({ results: JSON.stringify(rows.map(fromRow)) })
      .where("id", "=", id)
      .execute();
  }
  await db.schema.dropTable("import_job_files").execute();
}

function toRow(jobId: string, seq: number, r: OldResult): FileRow {
  return {
    job_id: jobId,
    seq,
    file: r.file,
    ok: r.ok ? 1 : 0,
    error: r.error ?? null,
    sport: r.sport ?? null,
    start: r.start ?? null,
    duration_s: r.durationS ?? null,
    distance_m: r.distanceM ?? null,
    activity_id: r.activityId ?? null,
    duplicate: r.duplicate ? 1 : 0,
    pending_run_id: r.pendingRunId ?? null,
  };
}

function fromRow(row: FileRow): OldResult {
  return {
    file: row.file,
    ok: row.ok === 1,
    ...(row.error !== null ? { error: row.error } : {}),
    sport: row.sport,
    start: row.start,
    durationS: row.duration_s,
    distanceM: row.distance_m,
    ...(row.activity_id !== null ? { activityId: row.activity_id } : {}),
    ...(row.duplicate === 1 ? { duplicate: true } : {}),
    ...(row.pending_run_id !== null ? { pendingRunId: row.pending_run_id } : {}),
  };
}

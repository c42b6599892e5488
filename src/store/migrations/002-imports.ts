// Uploads and what they feed: import jobs with their per-file results, a compact speed/cadence trace and
// the best 10 s speed on each activity (the load report and run effort read them), and pending runs
// (an imported phase-3 run waiting for the runner's pain answers).
import { sql, type Kysely, type RawBuilder } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("import_jobs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("status", "text", (c) =>
      c.notNull().check(sqlIn("status", ["queued", "running", "done", "failed"])),
    )
    .addColumn("files_total", "integer")
    .addColumn("files_done", "integer", (c) => c.notNull())
    .addColumn("imported", "integer", (c) => c.notNull())
    .addColumn("skipped", "integer", (c) => c.notNull())
    .addColumn("failed", "integer", (c) => c.notNull())
    .addColumn("error", "text")
    .addColumn("results", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("import_jobs_user_created")
    .on("import_jobs")
    .columns(["user_id", "created_at"])
    .execute();

  await db.schema.alterTable("activities").addColumn("trace", "text").execute();
  await db.schema.alterTable("activities").addColumn("best_speed_mps", "double precision").execute();

  await db.schema
    .createTable("pending_runs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("episode_id", "text", (c) => c.notNull().references("episodes.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("activity_id", "text", (c) => c.notNull().references("activities.id").onDelete("cascade"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("pending_runs_episode_activity", ["episode_id", "activity_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("pending_runs").execute();
  await db.schema.alterTable("activities").dropColumn("best_speed_mps").execute();
  await db.schema.alterTable("activities").dropColumn("trace").execute();
  await db.schema.dropTable("import_jobs").execute();
}

function sqlIn(column: string, values: readonly string[]): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

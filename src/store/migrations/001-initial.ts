// The first schema: accounts, sessions, episodes with their check-ins, runs and exercise logs,
// clinician links, the audit log and imported activities. Written once for SQLite and PostgreSQL.
import { sql, type Kysely, type RawBuilder } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sqlIn("role", ["runner", "clinician"])))
    .addColumn("display_name", "text")
    .addColumn("units", "text", (c) => c.notNull().check(sqlIn("units", ["metric", "imperial"])))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("sign_in_failures")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sign_in_failures_key_at").on("sign_in_failures").columns(["key", "at"]).execute();

  await db.schema
    .createTable("episodes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("client_id", "text")
    .addColumn("status", "text", (c) => c.notNull().check(sqlIn("status", ["active", "closed"])))
    .addColumn("injury_date", "text", (c) => c.notNull())
    .addColumn("runner", "text", (c) => c.notNull())
    .addColumn("injury", "text", (c) => c.notNull())
    .addColumn("history", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("episodes_user").on("episodes").columns(["user_id", "created_at"]).execute();
  await db.schema.createIndex("episodes_user_client").on("episodes").columns(["user_id", "client_id"]).unique().execute();

  await db.schema
    .createTable("activities")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("start", "text", (c) => c.notNull())
    .addColumn("sport", "text", (c) => c.notNull())
    .addColumn("duration_s", "double precision", (c) => c.notNull())
    .addColumn("distance_m", "double precision", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("fingerprint", "text")
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("activities_user_start").on("activities").columns(["user_id", "start"]).execute();
  await db.schema.createIndex("activities_user_fingerprint").on("activities").columns(["user_id", "fingerprint"]).unique().execute();

  for (const table of ["check_ins", "runs"] as const) {
    await db.schema
      .createTable(table)
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("episode_id", "text", (c) => c.notNull().references("episodes.id").onDelete("cascade"))
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("client_id", "text", (c) => c.notNull())
      .addColumn("seq", "integer", (c) => c.notNull())
      .addColumn("date", "text", (c) => c.notNull())
      .$call((t) =>
        table === "runs"
          ? t
              .addColumn("source", "text", (c) => c.notNull().check(sqlIn("source", ["manual", "file"])))
              .addColumn("activity_id", "text", (c) => c.references("activities.id").onDelete("set null"))
          : t,
      )
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    // The offline outbox sends a clientId; the index, not the code, guarantees nothing is doubled.
    await db.schema.createIndex(`${table}_episode_client`).on(table).columns(["episode_id", "client_id"]).unique().execute();
    await db.schema.createIndex(`${table}_episode_seq`).on(table).columns(["episode_id", "seq"]).unique().execute();
    await db.schema.createIndex(`${table}_user`).on(table).column("user_id").execute();
  }

  await db.schema
    .createTable("exercise_logs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("episode_id", "text", (c) => c.notNull().references("episodes.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("client_id", "text", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("exercise_id", "text", (c) => c.notNull())
    .addColumn("sets", "integer", (c) => c.notNull())
    .addColumn("reps", "integer")
    .addColumn("hold_seconds", "integer")
    .addColumn("load_kg", "double precision")
    .addColumn("band", "text")
    .addColumn("pain", "double precision", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("exercise_logs_episode_client").on("exercise_logs").columns(["episode_id", "client_id"]).unique().execute();
  await db.schema.createIndex("exercise_logs_user").on("exercise_logs").column("user_id").execute();

  await db.schema
    .createTable("link_invites")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("clinician_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("link_invites_clinician").on("link_invites").column("clinician_id").execute();

  await db.schema
    .createTable("clinician_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("runner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("clinician_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("consented_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("clinician_links_pair").on("clinician_links").columns(["runner_id", "clinician_id"]).unique().execute();
  await db.schema.createIndex("clinician_links_clinician").on("clinician_links").column("clinician_id").execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("runner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("actor_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("episode_id", "text", (c) => c.references("episodes.id").onDelete("set null"))
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("audit_log_runner_at").on("audit_log").columns(["runner_id", "at"]).execute();
  await db.schema.createIndex("audit_log_actor").on("audit_log").column("actor_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["audit_log", "clinician_links", "link_invites", "exercise_logs", "runs", "check_ins", "activities", "episodes", "sign_in_failures", "sessions", "users"]) {
    await db.schema.dropTable(table).execute();
  }
}

/** A CHECK that a text column holds one of a closed set of values (both dialects read `IN (...)`). */
function sqlIn(column: string, values: readonly string[]): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

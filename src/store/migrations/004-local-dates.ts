// Local dates: the runner's IANA time zone on the account, and on each activity the file's own UTC offset
// and the local calendar date it was recorded on (what the load report, the episode history and pending
// runs are dated by). Rows already stored knew neither, so their local date is their UTC date.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").addColumn("time_zone", "text").execute();
  await db.schema.alterTable("activities").addColumn("utc_offset_s", "integer").execute();
  // NOT NULL needs a default to be added to a filled table (SQLite); the backfill replaces it at once.
  await db.schema.alterTable("activities").addColumn("local_date", "text", (c) => c.notNull().defaultTo("")).execute();
  await sql`update activities set local_date = substr(start, 1, 10)`.execute(db);
  await db.schema.createIndex("activities_user_local_date").on("activities").columns(["user_id", "local_date"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("activities_user_local_date").execute();
  await db.schema.alterTable("activities").dropColumn("local_date").execute();
  await db.schema.alterTable("activities").dropColumn("utc_offset_s").execute();
  await db.schema.alterTable("users").dropColumn("time_zone").execute();
}

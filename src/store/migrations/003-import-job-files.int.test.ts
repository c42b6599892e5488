// Migration 003 on both databases: the JSON results of jobs stored before it become import_job_files rows
// (order, every field, failures), the column goes, and going back down rebuilds the JSON.
import { Migrator, sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases, type TestStore } from "../../../test/databases.ts";
import { listJobResults, saveJobProgress, type JobFileResult } from "../import-job-files.ts";
import { findJob } from "../import-jobs.ts";
import { createUser } from "../users.ts";
import { migrationProvider } from "./index.ts";

const at = "2026-03-10T12:00:00.000Z";

const oldResults: JobFileResult[] = [
  { file: "export.zip!/a.fit", ok: true, sport: "running", start: "2026-02-01T07:00:00.000Z", durationS: 1800.5, distanceM: 5012.25, activityId: "act-1", pendingRunId: "pr-1" },
  { file: "export.zip!/settings.fit", ok: true, error: "not an activity (settings)", sport: null, start: null, durationS: null, distanceM: null },
  { file: "export.zip!/b.fit", ok: false, error: "truncated header", sport: null, start: null, durationS: null, distanceM: null },
  { file: "export.zip!/c.gpx", ok: true, sport: "cycling", start: "2026-02-02T07:00:00.000Z", durationS: 3600, distanceM: 20000, activityId: "act-2", duplicate: true },
];

/** A Migrator on this store (on PostgreSQL, told the suite's own schema, as db.ts's migrate does). */
async function migrator(store: TestStore): Promise<Migrator> {
  const db = store.db as unknown as Kysely<unknown>;
  if (store.dialect === "sqlite") return new Migrator({ db, provider: migrationProvider });
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return new Migrator({ db, provider: migrationProvider, migrationTableSchema: rows[0]!.schema });
}

async function migrateTo(store: TestStore, target: string): Promise<void> {
  const result = await (await migrator(store)).migrateTo(target);
  if (result.error) throw result.error;
}

describe.each(testDatabases)("migration 003-import-job-files on $name", (database) => {
  let store: TestStore;
  let userId: string;
  beforeAll(async () => {
    store = await database.open();
    const user = await createUser(store.db, { email: "m@example.com", passwordHash: "h", role: "runner", displayName: null, at });
    if (user === "email_taken") throw new Error("taken");
    userId = user.id;
  });
  afterAll(() => store?.dispose());

  /** Raw access to the 002 shape, which schema.ts no longer describes. */
  const oldDb = () => store.db as unknown as Kysely<{ import_jobs: Record<string, unknown> }>;

  it("rebuilds the JSON going down, and copies an old job's JSON results into rows going up", async () => {
    // A job written by the new code, before going down.
    await oldDb().insertInto("import_jobs").values({ id: "new-job", user_id: userId, status: "running", files_total: null, files_done: 0, imported: 0, skipped: 0, failed: 0, error: null, created_at: at, updated_at: at }).execute();
    await saveJobProgress(store.db, "new-job", { counts: { filesDone: 2, imported: 1, skipped: 1, failed: 0 }, results: oldResults.slice(0, 2) }, at);

    await migrateTo(store, "002-imports");
    const down = await oldDb().selectFrom("import_jobs").select("results").where("id", "=", "new-job").executeTakeFirstOrThrow();
    expect(JSON.parse(down.results as string)).toEqual(oldResults.slice(0, 2));

    // Jobs as 002 stored them: one with results, one without any yet.
    await oldDb()
      .insertInto("import_jobs")
      .values([
        { id: "old-job", user_id: userId, status: "done", files_total: 4, files_done: 4, imported: 1, skipped: 2, failed: 1, error: null, results: JSON.stringify(oldResults), created_at: at, updated_at: at },
        { id: "empty-job", user_id: userId, status: "queued", files_total: null, files_done: 0, imported: 0, skipped: 0, failed: 0, error: null, results: "[]", created_at: at, updated_at: at },
      ])
      .execute();

    await migrateTo(store, "003-import-job-files");
    const old = await findJob(store.db, userId, "old-job");
    expect(old).toMatchObject({ status: "done", filesDone: 4, failed: 1 });
    expect(old).not.toHaveProperty("results");
    expect(await listJobResults(store.db, old!, { offset: 0, limit: 100 })).toEqual({ results: oldResults, resultsTotal: 4, nextOffset: null });
    expect((await listJobResults(store.db, old!, { offset: 0, limit: 100, only: "failed" })).results).toEqual([oldResults[2]]);
    const again = await findJob(store.db, userId, "new-job");
    expect((await listJobResults(store.db, again!, { offset: 0, limit: 100 })).results).toEqual(oldResults.slice(0, 2));
    const empty = await findJob(store.db, userId, "empty-job");
    expect(await listJobResults(store.db, empty!, { offset: 0, limit: 100 })).toEqual({ results: [], resultsTotal: 0, nextOffset: null });

    const columns = (await store.db.introspection.getTables()).find((t) => t.name === "import_jobs")!.columns.map((c) => c.name);
    expect(columns).not.toContain("results");
  });

  it("removes a job's rows with the job (ON DELETE CASCADE)", async () => {
    const count = async () => Number((await store.db.selectFrom("import_job_files").select((eb) => eb.fn.countAll().as("n")).where("job_id", "=", "old-job").executeTakeFirstOrThrow()).n);
    expect(await count()).toBe(4);
    await store.db.deleteFrom("import_jobs").where("id", "=", "old-job").execute();
    expect(await count()).toBe(0);
  });
});

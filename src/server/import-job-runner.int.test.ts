// The background runner on its own: worker-thread decoding for big uploads gives the same stored result
// (samples come back from the workers, so the trace is kept), jobs queue one after another, and results
// are appended in batches (each row written once), never the whole list again.
import { mkdtempSync, writeFileSync } from "node:fs";
import { zipSync, strToU8 } from "fflate";
import {
  InsertQueryNode,
  TableNode,
  ValuesNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from "kysely";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { sqliteDatabase, type TestStore } from "../../test/databases.ts";
import { gpxOf } from "../../test/synthetic-gpx.ts";
import { plannedRun } from "../../test/synthetic-runs.ts";
import { listTracedActivities } from "../store/activities.ts";
import { settingsFit } from "../activities/fit/fit-fixtures.ts";
import { listJobResults } from "../store/import-job-files.ts";
import { createJob, findJob } from "../store/import-jobs.ts";
import { createUser } from "../store/users.ts";
import { Passwords } from "./passwords.ts";
import { DEFAULT_SIGN_IN_LIMITS } from "./sign-in-limits.ts";
import { ImportJobRunner } from "./import-job-runner.ts";
import { TEST_PASSWORD_COST } from "../../test/http-client.ts";

let store: TestStore;
beforeAll(async () => {
  store = await sqliteDatabase.open();
});
afterAll(() => store?.dispose());

const at = "2026-03-10T12:00:00Z";

async function newRunnerUser(email: string): Promise<string> {
  const user = await createUser(store.db, { email, passwordHash: "h", role: "runner", displayName: null, at });
  if (user === "email_taken") throw new Error("taken");
  return user.id;
}

const context = (db: TestStore["db"]) => ({
  db,
  clock: () => new Date(at),
  passwords: new Passwords(TEST_PASSWORD_COST),
  signInLimits: DEFAULT_SIGN_IN_LIMITS,
});

/** Records the row count of every INSERT into import_job_files that goes through the database. */
class ResultInserts implements KyselyPlugin {
  readonly batches: number[] = [];
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (InsertQueryNode.is(node) && node.into && TableNode.is(node.into) && node.into.table.identifier.name === "import_job_files")
      this.batches.push(node.values && ValuesNode.is(node.values) ? node.values.values.length : -1);
    return node;
  }
  transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(result);
  }
}

it("appends each result once, in batches, and ends with counts equal to the rows", async () => {
  const userId = await newRunnerUser("batches@example.com");
  const inserts = new ResultInserts();
  const runner = new ImportJobRunner(context(store.db.withPlugin(inserts)));
  const entries: Record<string, Uint8Array> = {};
  for (let i = 0; i < 2500; i++)
    entries[`e/${String(i).padStart(4, "0")}.${i % 5 === 0 ? "gpx" : "fit"}`] =
      i % 5 === 0 ? strToU8("<gpx><trk><trkseg><trkpt lat=") : settingsFit();
  const dir = mkdtempSync(join(tmpdir(), "strideback-runner-test-"));
  const path = join(dir, "0-export.zip");
  writeFileSync(path, zipSync(entries, { level: 1 }));
  const job = await createJob(store.db, userId, at);
  runner.start({ jobId: job.id, userId, dir, files: [{ path, name: "export.zip" }] });
  await runner.idle();
  const done = await findJob(store.db, userId, job.id);
  expect(done).toMatchObject({ status: "done", filesTotal: 2500, filesDone: 2500, failed: 500, skipped: 2000, imported: 0 });
  // Several batches, none over the memory cap, adding up to each file once.
  expect(inserts.batches.length).toBeGreaterThanOrEqual(3);
  expect(Math.max(...inserts.batches)).toBeLessThanOrEqual(1000);
  expect(inserts.batches.reduce((a, b) => a + b, 0)).toBe(2500);
  const failed = await listJobResults(store.db, done!, { offset: 0, limit: 500, only: "failed" });
  expect(failed.results.map((r) => r.file)).toEqual(
    Object.keys(entries).filter((e) => e.endsWith(".gpx")).map((e) => `export.zip!/${e}`),
  );
}, 60_000);

it("decodes on worker threads when asked, stores the trace, and runs queued jobs one after another", async () => {
  const user = await createUser(store.db, {
    email: "w@example.com",
    passwordHash: "h",
    role: "runner",
    displayName: null,
    at: "2026-03-10T00:00:00Z",
  });
  if (user === "email_taken") throw new Error("taken");
  const ctx = {
    db: store.db,
    clock: () => new Date("2026-03-10T12:00:00Z"),
    passwords: new Passwords(TEST_PASSWORD_COST),
    signInLimits: DEFAULT_SIGN_IN_LIMITS,
  };
  const runner = new ImportJobRunner(ctx, { workersFromBytes: 0, workerThreads: 2 });
  const jobs = [];
  for (const date of ["2026-03-01", "2026-03-03"]) {
    const dir = mkdtempSync(join(tmpdir(), "strideback-runner-test-"));
    const path = join(dir, "0-run.gpx");
    writeFileSync(
      path,
      gpxOf(plannedRun({ date, km: 2, easyMps: 3, sprints: { count: 1, seconds: 20, mps: 5 } })),
    );
    const job = await createJob(store.db, user.id, "2026-03-10T12:00:00Z");
    runner.start({ jobId: job.id, userId: user.id, dir, files: [{ path, name: "run.gpx" }] });
    jobs.push(job.id);
  }
  expect((await findJob(store.db, user.id, jobs[1]!))?.status).toBe("queued");
  await runner.idle();
  for (const id of jobs) {
    const job = await findJob(store.db, user.id, id);
    expect(job).toMatchObject({ status: "done", imported: 1 });
    expect((await listJobResults(store.db, job!, { offset: 0, limit: 10 })).results).toMatchObject([
      { file: "run.gpx", ok: true },
    ]);
  }
  const stored = await listTracedActivities(store.db, user.id);
  expect(stored).toHaveLength(2);
  for (const a of stored) expect(a.trace).toMatch(/^t1:/);
}, 60_000);

// The background runner on its own: worker-thread decoding for big uploads gives the same stored result
// (samples come back from the workers, so the trace is kept), and jobs queue one after another.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { sqliteDatabase, type TestStore } from "../../test/databases.ts";
import { gpxOf } from "../../test/synthetic-gpx.ts";
import { plannedRun } from "../../test/synthetic-runs.ts";
import { listTracedActivities } from "../store/activities.ts";
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
  for (const id of jobs)
    expect(await findJob(store.db, user.id, id)).toMatchObject({
      status: "done",
      imported: 1,
      results: [{ file: "run.gpx", ok: true }],
    });
  const stored = await listTracedActivities(store.db, user.id);
  expect(stored).toHaveLength(2);
  for (const a of stored) expect(a.trace).toMatch(/^t1:/);
}, 60_000);

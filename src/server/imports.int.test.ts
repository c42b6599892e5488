// Uploads end to end on real databases: files and zips in, a background job with per-file results, the
// activities stored once, the load report from them, and a phase-3 run that waits for its pain answers.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync, strToU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../test/databases.ts";
import { checkIn } from "../../test/episode-fixtures.ts";
import { Client, type Answer } from "../../test/http-client.ts";
import { injury, plusDays, runner } from "../../test/store-fixtures.ts";
import { gpxOf } from "../../test/synthetic-gpx.ts";
import { plannedRun, type RunPlan } from "../../test/synthetic-runs.ts";
import { NOW, startTestApp, TODAY, type TestApp } from "../../test/test-app.ts";
import type { FastifyInstance } from "fastify";
import { settingsFit } from "../activities/fit/fit-fixtures.ts";
import { createJob, findJob, updateJob } from "../store/import-jobs.ts";
import { addPendingRun } from "../store/pending-runs.ts";
import { buildApp } from "./app.ts";

const gpx = (plan: RunPlan) => gpxOf(plannedRun(plan));

/** A multipart/form-data body with one file field per file, sent the way a browser's FormData is. */
async function upload(
  app: FastifyInstance,
  client: Client,
  files: readonly { name: string; content: string | Uint8Array }[],
): Promise<Answer> {
  const boundary = "----strideback-test-boundary";
  const parts: Buffer[] = [];
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${f.name}"\r\ncontent-type: application/octet-stream\r\n\r\n`,
      ),
    );
    parts.push(Buffer.from(f.content));
    parts.push(Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const res = await app.inject({
    method: "POST",
    url: "/api/v1/imports",
    payload: Buffer.concat(parts),
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      "x-csrf-token": client.cookies.get("sb_csrf") ?? "",
    },
  });
  return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined, headers: res.headers };
}

/** Polls the job until it ends (the job runs in the background of the same process). */
async function finished(client: Client, jobId: string) {
  for (let i = 0; i < 500; i++) {
    const answer = await client.get(`/api/v1/imports/${jobId}`);
    expect(answer.status).toBe(200);
    if (answer.body.job.status === "done" || answer.body.job.status === "failed") return answer.body.job;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`job ${jobId} did not finish`);
}

async function importFiles(
  t: TestApp,
  client: Client,
  files: readonly { name: string; content: string | Uint8Array }[],
) {
  const answer = await upload(t.app, client, files);
  expect(answer.status, JSON.stringify(answer.body)).toBe(202);
  expect(["queued", "running", "done"]).toContain(answer.body.job.status);
  return finished(client, answer.body.job.id);
}

describe.each(testDatabases)("imports on $name", (database) => {
  let t: TestApp;
  let small: TestApp;
  let emails = 0;
  const newRunner = async (app: TestApp = t) => {
    const c = new Client(app.app);
    expect((await c.signUp(`runner${++emails}@example.com`)).status).toBe(201);
    return c;
  };

  beforeAll(async () => {
    t = await startTestApp(database);
    small = await startTestApp(database, { maxUploadBytes: 20_000 });
  });
  afterAll(async () => {
    await small?.close();
    await t?.close();
  });

  it("stores a run sent twice in one upload once: both files stored in the same batch, the second found", async () => {
    const a = await newRunner();
    const file = gpx({ date: "2026-03-02", km: 3, easyMps: 3 });
    const job = await importFiles(t, a, [
      { name: "watch.gpx", content: file },
      { name: "phone.gpx", content: file },
    ]);
    expect(job).toMatchObject({ status: "done", filesDone: 2, imported: 1, skipped: 1, failed: 0 });
    expect(job.results.map((r: { file: string }) => r.file)).toEqual(["watch.gpx", "phone.gpx"]);
    expect(job.results[1]).toMatchObject({
      ok: true,
      duplicate: true,
      activityId: job.results[0].activityId,
    });
    expect((await a.get("/api/v1/activities?from=2026-03-02&to=2026-03-02")).body.activities).toHaveLength(1);
  });

  it("imports a GPX file: a job with its result, the activity stored once", async () => {
    const a = await newRunner();
    const file = gpx({ date: "2026-03-01", km: 2, easyMps: 3 });
    const job = await importFiles(t, a, [{ name: "morning.gpx", content: file }]);
    expect(job).toMatchObject({
      status: "done",
      filesTotal: 1,
      filesDone: 1,
      imported: 1,
      skipped: 0,
      failed: 0,
    });
    expect(job.results[0]).toMatchObject({
      file: "morning.gpx",
      ok: true,
      sport: "running",
      start: "2026-03-01T07:00:00.000Z",
    });
    expect(job.results[0].distanceM).toBeCloseTo(2000, -1);

    const again = await importFiles(t, a, [{ name: "copy.gpx", content: file }]);
    expect(again).toMatchObject({ imported: 0, skipped: 1, failed: 0 });
    expect(again.results[0]).toMatchObject({ ok: true, duplicate: true });

    const list = await a.get("/api/v1/activities?from=2026-03-01&to=2026-03-01");
    expect(list.status).toBe(200);
    expect(list.body.activities).toHaveLength(1);
    expect(list.body.activities[0]).toMatchObject({ sport: "running", fileName: "morning.gpx" });
    expect((await a.get("/api/v1/activities?to=2026-02-28")).body.activities).toHaveLength(0);
    const jobs = await a.get("/api/v1/imports");
    expect(jobs.body.jobs.map((j: { id: string }) => j.id).sort()).toEqual([again.id, job.id].sort());
    expect(jobs.body.jobs[0]).toMatchObject({ status: "done", filesDone: 1 });
    expect(jobs.body.jobs[0].results).toBeUndefined();
  });

  it("imports a zip with one good and one broken file: per-file results, the good one stored", async () => {
    const a = await newRunner();
    const zip = zipSync({
      "export/good.gpx": strToU8(gpx({ date: "2026-02-20", km: 1 })),
      "export/broken.gpx": strToU8("<gpx><trk><trkseg><trkpt lat="),
    });
    const job = await importFiles(t, a, [{ name: "export.zip", content: zip }]);
    expect(job).toMatchObject({ status: "done", imported: 1, failed: 1 });
    const byFile = Object.fromEntries(job.results.map((r: { file: string }) => [r.file, r]));
    expect(byFile["export.zip!/export/good.gpx"]).toMatchObject({ ok: true, sport: "running" });
    expect(byFile["export.zip!/export/broken.gpx"]).toMatchObject({ ok: false, error: expect.any(String) });
    expect((await a.get("/api/v1/activities")).body.activities).toHaveLength(1);
  });

  it("removes the upload's temporary files when the job ends, and after a refused upload", async () => {
    const a = await newRunner();
    const before = process.env.TMPDIR;
    const scratch = mkdtempSync(join(tmpdir(), "strideback-imports-test-"));
    process.env.TMPDIR = scratch; // os.tmpdir() reads it on every call
    try {
      const job = await importFiles(t, a, [{ name: "x.gpx", content: gpx({ date: "2026-03-04", km: 1 }) }]);
      expect(job.status).toBe("done");
      expect(readdirSync(scratch)).toEqual([]);
      expect(
        (await upload(small.app, a, [{ name: "big.gpx", content: gpx({ date: "2026-03-04", km: 5 }) }]))
          .status,
      ).toBe(401);
      const s = await newRunner(small);
      expect(
        (await upload(small.app, s, [{ name: "big.gpx", content: gpx({ date: "2026-03-04", km: 5 }) }]))
          .status,
      ).toBe(413);
      expect(readdirSync(scratch)).toEqual([]);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("refuses an upload over the limit with 413 too_large and stores nothing", async () => {
    const a = await newRunner(small);
    const answer = await upload(small.app, a, [
      { name: "long.gpx", content: gpx({ date: "2026-03-01", km: 5 }) },
    ]);
    expect(answer.status).toBe(413);
    expect(answer.body.error).toBe("too_large");
    expect((await a.get("/api/v1/imports")).body.jobs).toEqual([]);
    expect((await a.get("/api/v1/activities")).body.activities).toEqual([]);
  });

  it("refuses a body that is not multipart (415) and an upload without a file (400)", async () => {
    const a = await newRunner();
    expect((await a.post("/api/v1/imports", { file: "x" })).status).toBe(415);
    expect((await upload(t.app, a, [])).status).toBe(400);
  });

  it("marks a job whose server stopped as failed (no heartbeat for 2 min), never a live server's job", async () => {
    const a = await newRunner();
    const userId = (await a.get("/api/v1/me")).body.id;
    const job = await createJob(t.store.db, userId, NOW.toISOString());
    await updateJob(t.store.db, job.id, { status: "running", filesDone: 3 }, NOW.toISOString());
    // Another server starting on the same database at once leaves a job that was just touched alone.
    const other = await buildApp({ db: t.store.db, webDir: null, clock: () => NOW });
    await other.close();
    expect(await findJob(t.store.db, userId, job.id)).toMatchObject({ status: "running" });
    // A server starting after the job went without a heartbeat fails it, with the reason.
    const later = await buildApp({
      db: t.store.db,
      webDir: null,
      clock: () => new Date(NOW.getTime() + 2 * 60_000 + 1),
    });
    await later.close();
    expect(await findJob(t.store.db, userId, job.id)).toMatchObject({
      status: "failed",
      filesDone: 3,
      error: expect.stringContaining("stopped before this import finished"),
    });
  });

  it("fails a stale job when its runner reads it, even with no restart", async () => {
    const a = await newRunner();
    const userId = (await a.get("/api/v1/me")).body.id;
    const job = await createJob(t.store.db, userId, "2026-03-10T11:00:00.000Z");
    await updateJob(t.store.db, job.id, { status: "running" }, "2026-03-10T11:00:00.000Z");
    expect((await a.get(`/api/v1/imports/${job.id}`)).body.job).toMatchObject({
      status: "failed",
      error: expect.any(String),
    });
  });

  it("refuses a new upload while the runner has 3 unfinished imports (409), before reading it", async () => {
    const a = await newRunner();
    const userId = (await a.get("/api/v1/me")).body.id;
    const waiting = await Promise.all([1, 2, 3].map(() => createJob(t.store.db, userId, NOW.toISOString())));
    const answer = await upload(t.app, a, [{ name: "x.gpx", content: gpx({ date: "2026-03-05", km: 1 }) }]);
    expect(answer.status).toBe(409);
    expect(answer.body.error).toBe("conflict");
    for (const job of waiting)
      await updateJob(t.store.db, job.id, { status: "done" }, "2026-03-10T11:00:01.000Z");
    expect(
      (await upload(t.app, a, [{ name: "x.gpx", content: gpx({ date: "2026-03-05", km: 1 }) }])).status,
    ).toBe(202);
  });

  it("pages a 2,500-file export's results, all or only the failed ones, with counts equal to the rows", async () => {
    const a = await newRunner();
    // Like a Garmin export: mostly settings files (skipped), some broken files (failed), a few runs.
    const entries: Record<string, Uint8Array> = {};
    const settings = settingsFit();
    for (let i = 0; i < 2500; i++) {
      const name = `export/${String(i).padStart(4, "0")}`;
      if (i < 3) entries[`${name}.gpx`] = strToU8(gpx({ date: plusDays("2026-01-01", i), km: 1 }));
      else if (i % 10 === 9) entries[`${name}.gpx`] = strToU8("<gpx><trk><trkseg><trkpt lat=");
      else entries[`${name}.fit`] = settings;
    }
    const answer = await upload(t.app, a, [{ name: "garmin.zip", content: zipSync(entries, { level: 1 }) }]);
    expect(answer.status).toBe(202);
    expect(answer.body.job).toMatchObject({ results: [], resultsTotal: 0, nextOffset: null });
    const id = answer.body.job.id;
    // Every poll while it runs: the counts are backed by rows, never ahead of them.
    let job;
    for (let i = 0; i < 1000; i++) {
      job = (await a.get(`/api/v1/imports/${id}?offset=0&limit=0`)).body.job;
      expect(job).toMatchObject({ results: [], resultsTotal: job.filesDone, nextOffset: null });
      expect(job.imported + job.skipped + job.failed).toBe(job.filesDone);
      if (job.filesDone > 0) {
        const last = (await a.get(`/api/v1/imports/${id}?offset=${job.filesDone - 1}&limit=500`)).body.job;
        expect(last.results.length).toBeGreaterThanOrEqual(1);
      }
      if (job.status === "done" || job.status === "failed") break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(job).toMatchObject({
      status: "done",
      filesTotal: 2500,
      filesDone: 2500,
      imported: 3,
      failed: 250,
      skipped: 2247,
    });
    const rows = await t.store.db
      .selectFrom("import_job_files")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("job_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(2500);

    const first = (await a.get(`/api/v1/imports/${id}`)).body.job;
    expect(first).toMatchObject({ status: "done", resultsTotal: 2500, nextOffset: 100 });
    expect(first.results).toHaveLength(100);
    const files: string[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const page: { resultsTotal: number; results: { file: string }[]; nextOffset: number | null } = (
        await a.get(`/api/v1/imports/${id}?offset=${offset}&limit=500`)
      ).body.job;
      expect(page.resultsTotal).toBe(2500);
      files.push(...page.results.map((r) => r.file));
      offset = page.nextOffset;
    }
    expect(files).toEqual(Object.keys(entries).map((e) => `garmin.zip!/${e}`));

    const failed = (await a.get(`/api/v1/imports/${id}?only=failed&limit=200`)).body.job;
    expect(failed).toMatchObject({ resultsTotal: 250, nextOffset: 200, failed: 250, filesDone: 2500 });
    expect(failed.results[0]).toMatchObject({
      file: "garmin.zip!/export/0009.gpx",
      ok: false,
      error: expect.any(String),
    });
    const rest = (await a.get(`/api/v1/imports/${id}?only=failed&offset=200&limit=200`)).body.job;
    expect(rest).toMatchObject({ resultsTotal: 250, nextOffset: null });
    expect(rest.results).toHaveLength(50);
    expect([...failed.results, ...rest.results].every((r: { ok: boolean }) => !r.ok)).toBe(true);
    expect(rest.results.at(-1).file).toBe("garmin.zip!/export/2499.gpx");
    // The list of jobs stays light: counts, no results.
    expect((await a.get("/api/v1/imports")).body.jobs[0]).not.toHaveProperty("results");
  }, 120_000);

  it.each([
    ["offset=-1", "offset"],
    ["offset=1.5", "offset"],
    ["limit=501", "limit"],
    ["limit=abc", "limit"],
    ["only=ok", "only"],
  ])("refuses a bad page query (%s) with 400 invalid_query naming it", async (query, path) => {
    const a = await newRunner();
    const job = await importFiles(t, a, [{ name: "q.gpx", content: gpx({ date: "2026-03-02", km: 1 }) }]);
    const answer = await a.get(`/api/v1/imports/${job.id}?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: "invalid_query",
      issues: [{ path, message: expect.any(String) }],
    });
  });

  it("does not show one runner's job to another (404)", async () => {
    const a = await newRunner();
    const b = await newRunner();
    const job = await importFiles(t, a, [{ name: "a.gpx", content: gpx({ date: "2026-03-02", km: 1 }) }]);
    for (const query of ["", "?only=failed", "?offset=0&limit=500"]) {
      const answer = await b.get(`/api/v1/imports/${job.id}${query}`);
      expect(answer.status).toBe(404);
      expect(answer.body.error).toBe("not_found");
    }
    expect((await b.get("/api/v1/imports")).body.jobs).toEqual([]);
  });

  it("reports the load of uploaded runs and names the spike before the injury", async () => {
    const a = await newRunner();
    const injuryDate = "2026-03-03";
    const files = Array.from({ length: 10 }, (_, i) => {
      const date = plusDays("2026-01-10", i * 4);
      return [`run-${date}.gpx`, strToU8(gpx({ date, km: 4, easyMps: 3, cadenceSpm: 168 }))] as const;
    });
    const spike = ["spike.gpx", strToU8(gpx({ date: "2026-02-27", km: 10, easyMps: 3 }))] as const;
    const job = await importFiles(t, a, [
      { name: "history.zip", content: zipSync(Object.fromEntries([...files, spike])) },
    ]);
    expect(job).toMatchObject({ imported: 11, failed: 0 });

    const answer = await a.get(`/api/v1/load-report?injuryDate=${injuryDate}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const { report, history } = answer.body;
    expect(report.injuryDate).toBe(injuryDate);
    expect(report.runsInReport).toBeGreaterThan(5);
    expect(report.spikes).toContainEqual(
      expect.objectContaining({ date: "2026-02-27", band: "over_100", measure: "distance" }),
    );
    expect(report.cadenceBand).not.toBeNull();
    expect(history.longestRunLast30DaysKm).toBeCloseTo(10, 0);
    expect((await a.get("/api/v1/load-report?injuryDate=2026-02-30")).status).toBe(400);
  });

  it("fills the episode's longest recent run from imported runs when the episode has none", async () => {
    const a = await newRunner();
    await importFiles(t, a, [{ name: "long.gpx", content: gpx({ date: plusDays(TODAY, -10), km: 8 }) }]);
    const ep = await a.post("/api/v1/episodes", {
      today: TODAY,
      runner,
      injury: injury(plusDays(TODAY, -3)),
      checkIns: [checkIn(TODAY)],
    });
    expect(ep.status).toBe(201);
    expect(ep.body.episode.importedRuns).toHaveLength(1);
    const { historyPart } = await import("./episode-decision.ts");
    expect(historyPart(ep.body.episode, TODAY)).toEqual({
      history: { longestRunLast30DaysKm: expect.closeTo(8, 1) },
    });
    expect(historyPart({ ...ep.body.episode, history: { longestRunLast30DaysKm: 3 } }, TODAY)).toEqual({
      history: { longestRunLast30DaysKm: 3 },
    });
  });

  it("turns an uploaded phase-3 run into a pending run; the pain answers make it a run the next decision uses", async () => {
    const a = await newRunner();
    // Before the injury: runs with 30 s strides at 5 m/s (the runner's top speed).
    const before = [-40, -30, -20].map((d) => ({
      name: `old${d}.gpx`,
      content: gpx({
        date: plusDays(TODAY, d),
        km: 3,
        easyMps: 3,
        sprints: { count: 2, seconds: 30, mps: 5 },
      }),
    }));
    await importFiles(t, a, before);
    const injuryDate = plusDays(TODAY, -7);
    const checkIns = [
      checkIn(plusDays(injuryDate, 1)),
      checkIn(plusDays(injuryDate, 4), { tests: { standingCurlPain: 0 } }),
      checkIn(plusDays(injuryDate, 6), { tests: { phase2ExercisesPain: 0 } }),
    ];
    const ep = await a.post("/api/v1/episodes", {
      today: TODAY,
      runner,
      injury: { ...injury(injuryDate), forcedToStop: false, painAtInjury: 3 },
      checkIns,
    });
    expect(ep.status, JSON.stringify(ep.body)).toBe(201);
    expect(ep.body.decision).toMatchObject({ phase: 3, runStage: 1 });
    const episodeId = ep.body.episode.id;

    const job = await importFiles(t, a, [
      { name: "jog.gpx", content: gpx({ date: TODAY, km: 2.3, easyMps: 2.4 }) },
    ]);
    expect(job.results[0].pendingRunId).toEqual(expect.any(String));
    const episode = (await a.get(`/api/v1/episodes/${episodeId}?today=${TODAY}`)).body.episode;
    expect(episode.runs).toEqual([]);
    expect(episode.pendingRuns).toHaveLength(1);
    const pending = episode.pendingRuns[0];
    expect(pending).toMatchObject({
      date: TODAY,
      needs: ["painDuring", "painRose", "stoppedEarly", "limp", "painAfter"],
    });
    expect(pending.minutes).toBeCloseTo(16, 0);
    expect(pending.distanceKm).toBeCloseTo(2.3, 1);
    expect(pending.effort).toBeCloseTo(0.48, 1);
    expect(pending.stageCheck).toMatchObject({
      runStage: 1,
      maxMinutes: 20,
      maxEffort: 0.5,
      withinMinutes: true,
      withinLimits: true,
    });

    // Re-uploading the same file makes no second pending run.
    const again = await importFiles(t, a, [
      { name: "jog-copy.gpx", content: gpx({ date: TODAY, km: 2.3, easyMps: 2.4 }) },
    ]);
    expect(again.results[0].pendingRunId).toBe(pending.id);

    const url = `/api/v1/episodes/${episodeId}/runs/${pending.id}?today=${TODAY}`;
    const incomplete = await a.patch(url, { painDuring: 1 });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.issues.map((i: { path: string }) => i.path)).toEqual([
      "painRose",
      "stoppedEarly",
      "limp",
      "painAfter",
    ]);

    const answered = await a.patch(url, {
      painDuring: 1,
      painRose: true,
      stoppedEarly: false,
      limp: false,
      painAfter: 2,
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.body.run).toMatchObject({
      source: "file",
      activityId: pending.activityId,
      date: TODAY,
      painRose: true,
    });
    // Pain that rose during today's run stops running: the engine read the new run.
    expect(answered.body.decision.canRun).toBe("no");
    const after = (await a.get(`/api/v1/episodes/${episodeId}?today=${TODAY}`)).body;
    expect(after.episode.pendingRuns).toEqual([]);
    expect(after.episode.runs).toHaveLength(1);
    expect(after.decision.canRun).toBe("no");
    expect((await a.patch(url, { painNextMorning: 1 })).status).toBe(404);
    // Another run of the same day is not offered again: a run of that day is already logged.
    const second = await importFiles(t, a, [
      { name: "jog2.gpx", content: gpx({ date: `${TODAY}T09:00:00Z`, km: 1.5, easyMps: 2.4 }) },
    ]);
    expect(second).toMatchObject({ imported: 1 });
    expect(second.results[0].pendingRunId).toBeUndefined();
  });

  it("dismisses a pending run (204) without touching the run log", async () => {
    const a = await newRunner();
    const userId = (await a.get("/api/v1/me")).body.id;
    await importFiles(t, a, [{ name: "walk.gpx", content: gpx({ date: TODAY, km: 1 }) }]);
    const ep = await a.post("/api/v1/episodes", {
      today: TODAY,
      runner,
      injury: injury(plusDays(TODAY, -3)),
      checkIns: [checkIn(TODAY)],
    });
    const [activity] = (await a.get("/api/v1/activities")).body.activities;
    const pendingId = await addPendingRun(
      t.store.db,
      { userId, episodeId: ep.body.episode.id, activityId: activity.id, at: TODAY },
      { date: TODAY, minutes: 8, effort: 0.3, stageCheck: null },
    );
    expect(
      (await a.get(`/api/v1/episodes/${ep.body.episode.id}?today=${TODAY}`)).body.episode.pendingRuns,
    ).toHaveLength(1);
    const url = `/api/v1/episodes/${ep.body.episode.id}/pending-runs/${pendingId}`;
    expect((await a.delete(url)).status).toBe(204);
    const after = (await a.get(`/api/v1/episodes/${ep.body.episode.id}?today=${TODAY}`)).body.episode;
    expect(after.pendingRuns).toEqual([]);
    expect(after.runs).toEqual([]);
    expect((await a.delete(url)).status).toBe(404);
  });

  it("leaves the run log alone outside phase 3", async () => {
    const a = await newRunner();
    const ep = await a.post("/api/v1/episodes", {
      today: TODAY,
      runner,
      injury: injury(plusDays(TODAY, -3)),
      checkIns: [checkIn(TODAY)],
      runs: [],
    });
    expect(ep.body.decision.phase).not.toBe(3);
    const job = await importFiles(t, a, [{ name: "jog.gpx", content: gpx({ date: TODAY, km: 1 }) }]);
    expect(job.results[0].pendingRunId).toBeUndefined();
    expect(
      (await a.get(`/api/v1/episodes/${ep.body.episode.id}?today=${TODAY}`)).body.episode.pendingRuns,
    ).toEqual([]);
  });
});

// The store's contract suite: the same tests on SQLite and on PostgreSQL (server or PGlite).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases, type TestStore } from "../../test/databases.ts";
import { checkIn, injury, plusDays, run, runner } from "../../test/store-fixtures.ts";
import { createUser, findUserByEmail, updateUser, type User } from "./users.ts";
import { createSession, deleteSession, findSession } from "./sessions.ts";
import { createEpisode, currentEpisodeId, listEpisodes, loadEpisode, updateEpisode } from "./episodes.ts";
import { addCheckIn, addExerciseLog, addRun, setRunPainNextMorning } from "./episode-entries.ts";
import { createInvite, listLinks, redeemInvite, revokeLink } from "./links.ts";
import { listAudit, recordAccess } from "./audit.ts";
import { listActivities, saveActivities, type NewActivity } from "./activities.ts";
import { deleteAccount, exportAccount } from "./accounts.ts";
import { clearSignInFailures, countSignInFailures, recordSignInFailure } from "./sign-in-failures.ts";
import { USER_TABLES } from "./schema.ts";
import { createJob, findJob, listJobs, type ImportJob } from "./import-jobs.ts";
import { listJobResults, saveJobProgress, type JobFileResult } from "./import-job-files.ts";

const now = new Date("2026-03-10T12:00:00Z");
const at = now.toISOString();
const day0 = "2026-03-01";
const ok = () => [];

/** A result as the runner writes it: every third file failed, the rest imported (every fifth a duplicate). */
function fileResult(i: number): JobFileResult {
  if (i % 3 === 2) return { file: `export.zip!/f${i}.fit`, ok: false, error: `bad ${i}`, sport: null, start: null, durationS: null, distanceM: null };
  return { file: `export.zip!/f${i}.fit`, ok: true, sport: "running", start: `2026-02-01T07:00:${String(i % 60).padStart(2, "0")}.000Z`, durationS: 1800.5, distanceM: 5000.25, activityId: `act-${i}`, ...(i % 5 === 0 ? { duplicate: true } : {}), ...(i % 7 === 0 ? { pendingRunId: `pr-${i}` } : {}) };
}

/** Writes `n` results the way the runner does: batches, each with the counts so far. */
async function writeResults(store: TestStore, jobId: string, n: number, batch: number, end = true): Promise<JobFileResult[]> {
  const all = Array.from({ length: n }, (_, i) => fileResult(i));
  for (let from = 0; from < n; from += batch) {
    const done = all.slice(0, Math.min(n, from + batch));
    const failed = done.filter((r) => !r.ok).length;
    const skipped = done.filter((r) => r.ok && r.duplicate).length;
    const counts = { filesDone: done.length, failed, skipped, imported: done.length - failed - skipped };
    const last = from + batch >= n && end;
    await saveJobProgress(store.db, jobId, { counts, results: all.slice(from, from + batch), ...(last ? { status: "done" as const, filesTotal: n } : {}) }, at);
  }
  return all;
}

/** Every page of a job's results, following nextOffset. */
async function allPages(store: TestStore, job: ImportJob, limit: number, only?: "failed") {
  const pages = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const page = await listJobResults(store.db, job, { offset, limit, ...(only ? { only } : {}) });
    pages.push(page);
    offset = page.nextOffset;
  }
  return pages;
}

async function newUser(store: TestStore, email: string, role: User["role"] = "runner"): Promise<User> {
  const u = await createUser(store.db, { email, passwordHash: "hash", role, displayName: null, at });
  if (u === "email_taken") throw new Error("taken");
  return u;
}

describe.each(testDatabases)("store on $name", (database) => {
  let store: TestStore;
  let a: User;
  let b: User;
  beforeAll(async () => {
    store = await database.open();
    a = await newUser(store, "a@example.com");
    b = await newUser(store, "b@example.com");
  });
  afterAll(() => store?.dispose());

  const firstEpisode = (userId: string, clientId?: string) =>
    createEpisode(store.db, { userId, clientId, runner, injury: injury(day0), checkIns: [checkIn(day0), checkIn(plusDays(day0, 1))], runs: [], at });

  it("refuses a second account with the same e-mail, whatever its case", async () => {
    const r = await createUser(store.db, { email: " A@Example.COM ", passwordHash: "x", role: "runner", displayName: null, at });
    expect(r).toBe("email_taken");
    expect((await findUserByEmail(store.db, "A@EXAMPLE.com"))?.user.id).toBe(a.id);
  });

  it("updates display name and units", async () => {
    const u = await updateUser(store.db, a.id, { displayName: "Ann", units: "imperial" });
    expect(u).toMatchObject({ displayName: "Ann", units: "imperial" });
  });

  it("keeps sessions by token hash, and forgets expired or deleted ones", async () => {
    const s = await createSession(store.db, a.id, now);
    expect((await findSession(store.db, s.token, now))?.user.id).toBe(a.id);
    expect(await findSession(store.db, s.token, new Date(now.getTime() + 31 * 86_400_000))).toBeNull();
    expect(await findSession(store.db, "not-a-token", now)).toBeNull();
    await deleteSession(store.db, s.token);
    expect(await findSession(store.db, s.token, now)).toBeNull();
  });

  it("counts sign-in failures per key within the window", async () => {
    await recordSignInFailure(store.db, ["account:x", "address:1"], now);
    await recordSignInFailure(store.db, ["account:x"], new Date(now.getTime() - 3_600_000));
    expect(await countSignInFailures(store.db, "account:x", new Date(now.getTime() - 900_000))).toBe(1);
    expect(await countSignInFailures(store.db, "account:x", new Date(0))).toBe(2);
    await clearSignInFailures(store.db, "account:x");
    expect(await countSignInFailures(store.db, "account:x", new Date(0))).toBe(0);
  });

  it("stores a first assessment, once per clientId, and closes the earlier episode", async () => {
    const first = await firstEpisode(a.id, "ep-1");
    expect(first.created).toBe(true);
    expect(first.episode.checkIns.map((c) => c.date)).toEqual([day0, plusDays(day0, 1)]);
    const again = await firstEpisode(a.id, "ep-1");
    expect(again).toMatchObject({ created: false, episode: { id: first.episode.id } });
    const second = await firstEpisode(a.id);
    expect(await currentEpisodeId(store.db, a.id)).toBe(second.episode.id);
    const list = await listEpisodes(store.db, a.id);
    expect(list.map((e) => e.status).sort()).toEqual(["active", "closed"]);
    expect(await loadEpisode(store.db, b.id, second.episode.id)).toBeNull();
    expect(await updateEpisode(store.db, b.id, second.episode.id, { status: "closed" }, at)).toBe(false);
    expect(await updateEpisode(store.db, a.id, first.episode.id, { status: "active" }, at)).toBe(true);
    expect(await currentEpisodeId(store.db, a.id)).toBe(first.episode.id);
  });

  it("adds check-ins in order, never doubles a clientId, and writes nothing when validation fails", async () => {
    const { episode } = await firstEpisode(b.id);
    const target = { userId: b.id, episodeId: episode.id, at };
    const c1 = await addCheckIn(store.db, { ...target, clientId: "c1", checkIn: checkIn(plusDays(day0, 2)) }, ok);
    expect(c1.kind).toBe("created");
    const again = await addCheckIn(store.db, { ...target, clientId: "c1", checkIn: checkIn(plusDays(day0, 3)) }, ok);
    expect(again).toMatchObject({ kind: "existing", row: { date: plusDays(day0, 2) } });
    const before = await loadEpisode(store.db, b.id, episode.id);
    const bad = await addCheckIn(store.db, { ...target, at: "2030-01-01T00:00:00.000Z", clientId: "c2", checkIn: checkIn(plusDays(day0, 3)) }, () => [{ path: "date", message: "no" }]);
    expect(bad).toEqual({ kind: "invalid", issues: [{ path: "date", message: "no" }] });
    expect(await loadEpisode(store.db, b.id, episode.id)).toEqual(before);
    const stranger = await addCheckIn(store.db, { ...target, userId: a.id, clientId: "c3", checkIn: checkIn(plusDays(day0, 3)) }, ok);
    expect(stranger.kind).toBe("not_found");
    await addCheckIn(store.db, { ...target, clientId: "c4", checkIn: checkIn(plusDays(day0, 2), { painAtRest: 0 }) }, ok);
    const after = await loadEpisode(store.db, b.id, episode.id);
    expect(after?.checkIns.map((c) => c.clientId).slice(-2)).toEqual(["c1", "c4"]);
  });

  it("never doubles a clientId sent concurrently, and keeps arrival order unique", async () => {
    const { episode } = await firstEpisode(b.id);
    const target = { userId: b.id, episodeId: episode.id, at };
    const same = await Promise.all(Array.from({ length: 6 }, () => addCheckIn(store.db, { ...target, clientId: "race", checkIn: checkIn(plusDays(day0, 3)) }, ok)));
    expect(same.map((r) => r.kind).sort()).toEqual(["created", "existing", "existing", "existing", "existing", "existing"]);
    const distinct = await Promise.all(Array.from({ length: 6 }, (_, i) => addCheckIn(store.db, { ...target, clientId: `d${i}`, checkIn: checkIn(plusDays(day0, 3)) }, ok)));
    expect(distinct.every((r) => r.kind === "created")).toBe(true);
    const loaded = await loadEpisode(store.db, b.id, episode.id);
    expect(loaded?.checkIns).toHaveLength(2 + 1 + 6);
  });

  it("adds runs, sets next-morning pain, and logs exercises", async () => {
    const { episode } = await firstEpisode(b.id);
    const target = { userId: b.id, episodeId: episode.id, at };
    const r = await addRun(store.db, { ...target, clientId: "r1", run: run(plusDays(day0, 2)), source: "manual" }, ok);
    if (r.kind !== "created") throw new Error(r.kind);
    const patched = await setRunPainNextMorning(store.db, { ...target, runId: r.row.id, painNextMorning: 3 });
    expect(patched).toMatchObject({ kind: "created", row: { painNextMorning: 3, source: "manual" } });
    expect((await setRunPainNextMorning(store.db, { ...target, userId: a.id, runId: r.row.id, painNextMorning: 1 })).kind).toBe("not_found");
    const log = { clientId: "l1", date: plusDays(day0, 2), exerciseId: "bridge", sets: 3, reps: 10, loadKg: 2.5, pain: 1 };
    const l = await addExerciseLog(store.db, { ...target, log }, ok);
    expect(l).toMatchObject({ kind: "created", row: log });
    expect((await addExerciseLog(store.db, { ...target, log: { ...log, sets: 9 } }, ok))).toMatchObject({ kind: "existing", row: { sets: 3 } });
    const loaded = await loadEpisode(store.db, b.id, episode.id);
    expect(loaded?.runs[0]?.painNextMorning).toBe(3);
    expect(loaded?.exerciseLogs).toHaveLength(1);
  });

  it("links a runner to a clinician by invite, once, and lets the runner revoke it", async () => {
    const clinician = await newUser(store, "doc@example.com", "clinician");
    const invite = await createInvite(store.db, clinician.id, now);
    const link = await redeemInvite(store.db, a.id, invite.code.toLowerCase(), now);
    expect(link).toMatchObject({ runner: { id: a.id }, clinician: { id: clinician.id } });
    expect(await redeemInvite(store.db, b.id, invite.code, now)).toBeNull();
    const late = await createInvite(store.db, clinician.id, now);
    expect(await redeemInvite(store.db, b.id, late.code, new Date(now.getTime() + 8 * 86_400_000))).toBeNull();
    expect(await listLinks(store.db, clinician.id)).toHaveLength(1);
    expect(await revokeLink(store.db, b.id, link!.id)).toBe(false);
    await recordAccess(store.db, { runnerId: a.id, actorId: clinician.id, action: "read_episode", at });
    expect(await listAudit(store.db, a.id)).toMatchObject([{ action: "read_episode", actor: { id: clinician.id } }]);
    expect(await revokeLink(store.db, a.id, link!.id)).toBe(true);
    expect(await listLinks(store.db, a.id)).toEqual([]);
    await deleteAccount(store.db, clinician.id);
    expect(await listAudit(store.db, a.id)).toMatchObject([{ action: "read_episode", actor: null }]);
  });

  it("stores imported activities once per fingerprint", async () => {
    const activity: NewActivity = {
      start: "2026-02-20T07:00:00.000Z",
      sport: "running",
      durationS: 1800,
      distanceM: 5000,
      fileName: "a.fit",
      fingerprint: "sha:1",
      summary: { durationS: 1800, movingTimeS: 1780, distanceM: 5000, avgPaceSPerKm: 360, bestPaceSPerKm: 300, elevationGainM: 12, avgHeartRate: 150, avgCadence: 170, timeAboveHighSpeedS: null, maxSpeedMps: 4 },
    };
    const first = await saveActivities(store.db, a.id, [activity, { ...activity, fingerprint: "sha:2", start: "2026-02-21T07:00:00.000Z" }], at);
    const again = await saveActivities(store.db, a.id, [activity], at);
    expect(again).toEqual([{ id: first[0]!.id, created: false }]);
    expect(await listActivities(store.db, a.id, { from: "2026-02-21" })).toMatchObject([{ fingerprint: "sha:2", summary: { avgCadence: 170 } }]);
  });

  it("appends a job's results with its counts, and pages through them (all, or the failed ones)", async () => {
    const job = await createJob(store.db, a.id, at);
    const written = await writeResults(store, job.id, 1234, 300);
    const done = (await findJob(store.db, a.id, job.id))!;
    expect(done).toMatchObject({ status: "done", filesTotal: 1234, filesDone: 1234, failed: 411, skipped: 165, imported: 658 });
    expect(done).not.toHaveProperty("results");
    const pages = await allPages(store, done, 500);
    expect(pages.map((p) => p.results.length)).toEqual([500, 500, 234]);
    expect(pages.map((p) => p.nextOffset)).toEqual([500, 1000, null]);
    expect(pages.every((p) => p.resultsTotal === 1234)).toBe(true);
    expect(pages.flatMap((p) => p.results)).toEqual(written);
    const failed = await allPages(store, done, 100, "failed");
    expect(failed.map((p) => p.results.length)).toEqual([100, 100, 100, 100, 11]);
    expect(failed[0]!.resultsTotal).toBe(411);
    expect(failed.flatMap((p) => p.results)).toEqual(written.filter((r) => !r.ok));
    expect(await listJobResults(store.db, done, { offset: 1234, limit: 100 })).toEqual({ results: [], resultsTotal: 1234, nextOffset: null });
    expect(await listJobResults(store.db, done, { offset: 10, limit: 0 })).toEqual({ results: [], resultsTotal: 1234, nextOffset: null });
    expect((await listJobResults(store.db, done, { offset: 1230, limit: 100, only: "failed" })).results).toEqual([]);
    expect((await listJobs(store.db, a.id)).find((j) => j.id === job.id)).toEqual(done);
  });

  it("never shows a result its counts do not cover, and writes nothing of a batch that fails", async () => {
    const job = await createJob(store.db, a.id, at);
    await writeResults(store, job.id, 40, 40, false);
    const before = (await findJob(store.db, a.id, job.id))!;
    // A batch whose rows clash with stored ones fails whole: neither its rows nor its counts land.
    const clash = { counts: { filesDone: 45, imported: 0, skipped: 0, failed: 45 }, results: Array.from({ length: 10 }, (_, i) => fileResult(i)) };
    await expect(saveJobProgress(store.db, job.id, clash, at)).rejects.toThrow();
    expect(await findJob(store.db, a.id, job.id)).toEqual(before);
    expect((await allPages(store, before, 500)).flatMap((p) => p.results)).toHaveLength(40);
    // A page read with older counts stops where those counts stop, even with more rows stored since.
    await saveJobProgress(store.db, job.id, { counts: { filesDone: 50, imported: 0, skipped: 0, failed: 50 }, results: Array.from({ length: 10 }, (_, i) => fileResult(40 + i)) }, at);
    expect(await listJobResults(store.db, before, { offset: 30, limit: 100 })).toMatchObject({ resultsTotal: 40, nextOffset: null, results: { length: 10 } });
    await expect(saveJobProgress(store.db, job.id, { counts: { filesDone: 1, imported: 0, skipped: 0, failed: 0 }, results: [fileResult(0), fileResult(1)] }, at)).rejects.toThrow(/filesDone/);
  });

  it("exports everything an account holds, and deletes every row of it", async () => {
    const doomed = await newUser(store, "doomed@example.com");
    const { episode } = await firstEpisode(doomed.id, "d");
    await addRun(store.db, { userId: doomed.id, episodeId: episode.id, at, clientId: "r", run: run(plusDays(day0, 2)), source: "file" }, ok);
    await addExerciseLog(store.db, { userId: doomed.id, episodeId: episode.id, at, log: { clientId: "l", date: day0, exerciseId: "x", sets: 1, pain: 0 } }, ok);
    await createSession(store.db, doomed.id, now);
    const doc = await newUser(store, "doc2@example.com", "clinician");
    await redeemInvite(store.db, doomed.id, (await createInvite(store.db, doc.id, now)).code, now);
    await recordAccess(store.db, { runnerId: doomed.id, actorId: doc.id, action: "read", at });
    const job = await createJob(store.db, doomed.id, at);
    const results = await writeResults(store, job.id, 12, 5);
    const exported = await exportAccount(store.db, doomed.id, at);
    expect(exported).toMatchObject({ user: { email: "doomed@example.com" }, links: [{}], audit: [{}] });
    expect(exported?.imports).toEqual([{ ...(await findJob(store.db, doomed.id, job.id)), results }]);
    expect(exported?.episodes[0]).toMatchObject({ checkIns: [{}, {}], runs: [{ source: "file" }], exerciseLogs: [{}] });
    const othersBefore = await countRowsNotOf(store, doomed.id);
    expect(await deleteAccount(store.db, doomed.id)).toBe(true);
    expect(await countRowsOf(store, doomed.id)).toBe(0);
    expect(await countRowsNotOf(store, doomed.id)).toBe(othersBefore);
  });
});

/** Rows in every user table that belong to (or mention) the user. */
async function countRowsOf(store: TestStore, userId: string): Promise<number> {
  let total = 0;
  for (const table of USER_TABLES) {
    if (table === "import_job_files") {
      const row = await store.db.selectFrom("import_job_files").innerJoin("import_jobs", "import_jobs.id", "import_job_files.job_id").select((eb) => eb.fn.countAll().as("n")).where("import_jobs.user_id", "=", userId).executeTakeFirstOrThrow();
      total += Number(row.n);
      continue;
    }
    const column = table === "users" ? "id" : table === "audit_log" ? "runner_id" : table === "clinician_links" ? "runner_id" : table === "link_invites" ? "clinician_id" : "user_id";
    const row = await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).where(column, "=", userId).executeTakeFirstOrThrow();
    total += Number(row.n);
  }
  return total;
}

async function countRowsNotOf(store: TestStore, userId: string): Promise<number> {
  let total = 0;
  for (const table of USER_TABLES) {
    const row = await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    total += Number(row.n);
  }
  return total - (await countRowsOf(store, userId));
}

// `strideback backup FILE` on a database in use: the copy, opened on its own, holds every row.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { repoRoot } from "../../test/corpus.ts";
import { checkIn, injury, plusDays, run, runner } from "../../test/store-fixtures.ts";
import { migrate, openSqlite, SQLITE_FILE } from "../store/db.ts";
import { createEpisode } from "../store/episodes.ts";
import { addExerciseLog } from "../store/episode-entries.ts";
import { createSession } from "../store/sessions.ts";
import { createUser } from "../store/users.ts";
import { createInvite, redeemInvite } from "../store/links.ts";
import { recordAccess } from "../store/audit.ts";
import { USER_TABLES } from "../store/schema.ts";
import { saveActivities } from "../store/activities.ts";
import { createJob } from "../store/import-jobs.ts";
import { saveJobProgress } from "../store/import-job-files.ts";
import { addPendingRun } from "../store/pending-runs.ts";
import { recordSignInFailure } from "../store/sign-in-failures.ts";

const SUMMARY = { durationS: 60, movingTimeS: 60, distanceM: 200, avgPaceSPerKm: 300, bestPaceSPerKm: null, elevationGainM: null, avgHeartRate: null, avgCadence: null, timeAboveHighSpeedS: null, maxSpeedMps: null };

const dir = mkdtempSync(join(tmpdir(), "strideback-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("copies every row of a live SQLite database", async () => {
  const store = openSqlite(join(dir, SQLITE_FILE));
  await migrate(store);
  const at = new Date().toISOString();
  const day = "2026-03-01";
  for (let i = 0; i < 20; i++) {
    const user = await createUser(store.db, { email: `u${i}@example.com`, passwordHash: "h", role: "runner", displayName: null, at });
    if (user === "email_taken") throw new Error("taken");
    await createSession(store.db, user.id, new Date());
    const { episode } = await createEpisode(store.db, { userId: user.id, runner, injury: injury(day), checkIns: [checkIn(day), checkIn(plusDays(day, 1))], runs: [run(plusDays(day, 2))], at });
    await addExerciseLog(store.db, { userId: user.id, episodeId: episode.id, at, log: { clientId: "l", date: day, exerciseId: "x", sets: 1, pain: 0 } }, () => []);
    const doc = await createUser(store.db, { email: `doc${i}@example.com`, passwordHash: "h", role: "clinician", displayName: "Dr", at });
    if (doc === "email_taken") throw new Error("taken");
    await redeemInvite(store.db, user.id, (await createInvite(store.db, doc.id, new Date())).code, new Date());
    await recordAccess(store.db, { runnerId: user.id, actorId: doc.id, action: "read", at });
    await createInvite(store.db, doc.id, new Date());
    const [activity] = await saveActivities(store.db, user.id, [{ start: at, sport: "running", durationS: 60, distanceM: 200, fileName: "a.gpx", fingerprint: `f${i}`, summary: SUMMARY }], at);
    const job = await createJob(store.db, user.id, at);
    const result = { file: "a.gpx", ok: true, sport: "running", start: at, durationS: 60, distanceM: 200, activityId: activity!.id } as const;
    await saveJobProgress(store.db, job.id, { counts: { filesDone: 1, imported: 1, skipped: 0, failed: 0 }, results: [result], status: "done", filesTotal: 1 }, at);
    await addPendingRun(store.db, { userId: user.id, episodeId: episode.id, activityId: activity!.id, at }, { date: day, minutes: 1, effort: 0.5, stageCheck: null });
    await recordSignInFailure(store.db, [`account:u${i}@example.com`], new Date());
  }
  const target = join(dir, "copy.sqlite");
  // The store stays open (WAL, un-checkpointed writes) while the command copies it.
  const result = spawnSync(join(repoRoot, "bin/strideback"), ["backup", target], { env: { ...process.env, DATA_DIR: dir }, encoding: "utf8" });
  expect(result.status, result.stderr).toBe(0);
  const copy = new BetterSqlite3(target, { readonly: true });
  try {
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const tables = store.sqlite!.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").pluck().all() as string[];
    expect(tables).toEqual(expect.arrayContaining([...USER_TABLES, "sign_in_failures"]));
    for (const table of tables) {
      const original = store.sqlite!.prepare(`select * from ${table} order by 1`).all();
      expect(original.length, table).toBeGreaterThan(0);
      expect(copy.prepare(`select * from ${table} order by 1`).all(), table).toEqual(original);
    }
  } finally {
    copy.close();
    await store.close();
  }
}, 60_000);

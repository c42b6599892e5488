// The runner's local dates over the API: the time zone on the account, imported runs dated where they were
// run, and "today" in the runner's zone (a runner east of UTC can log their today while UTC is behind).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { testDatabases } from "../../test/databases.ts";
import { checkIn } from "../../test/episode-fixtures.ts";
import { Client } from "../../test/http-client.ts";
import { injury, plusDays, runner } from "../../test/store-fixtures.ts";
import { gpxOf } from "../../test/synthetic-gpx.ts";
import { plannedRun } from "../../test/synthetic-runs.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { activityFit } from "../activities/fit/fit-fixtures.ts";

/** Tuesday 10 Mar 2026, 21:00 in Los Angeles (PDT, UTC-7 since 8 Mar): UTC is already on the 11th. */
const LA_EVENING = new Date("2026-03-11T04:00:00Z");
/** Tuesday 10 Mar 2026, 20:00 UTC: already 09:00 on Wednesday the 11th in Auckland (NZDT, UTC+13). */
const AUCKLAND_MORNING = new Date("2026-03-10T20:00:00Z");

async function upload(app: FastifyInstance, client: Client, name: string, content: string | Uint8Array) {
  const boundary = "----strideback-local-dates";
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\ncontent-type: application/octet-stream\r\n\r\n`),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await app.inject({
    method: "POST",
    url: "/api/v1/imports",
    payload,
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      "x-csrf-token": client.cookies.get("sb_csrf") ?? "",
    },
  });
  expect(res.statusCode, res.body).toBe(202);
  const jobId = (JSON.parse(res.body) as { job: { id: string } }).job.id;
  for (let i = 0; i < 500; i++) {
    const job = (await client.get(`/api/v1/imports/${jobId}`)).body.job;
    if (job.status === "done" || job.status === "failed") return job;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`job ${jobId} did not finish`);
}

/** A runner in phase 3 (run stage 1) on `today`, injured a week before. */
async function phase3Episode(client: Client, today: string): Promise<string> {
  const injuryDate = plusDays(today, -7);
  const ep = await client.post("/api/v1/episodes", {
    today,
    runner,
    injury: { ...injury(injuryDate), forcedToStop: false, painAtInjury: 3 },
    checkIns: [
      checkIn(plusDays(injuryDate, 1)),
      checkIn(plusDays(injuryDate, 4), { tests: { standingCurlPain: 0 } }),
      checkIn(plusDays(injuryDate, 6), { tests: { phase2ExercisesPain: 0 } }),
    ],
  });
  expect(ep.status, JSON.stringify(ep.body)).toBe(201);
  expect(ep.body.decision).toMatchObject({ phase: 3 });
  return ep.body.episode.id as string;
}

describe.each(testDatabases)("local dates on $name", (database) => {
  let west: TestApp;
  let east: TestApp;
  let emails = 0;
  const newRunner = async (app: TestApp, timeZone?: string) => {
    const c = new Client(app.app);
    await c.get("/api/v1/session");
    const signUp = await c.post("/api/v1/auth/signup", {
      email: `local${++emails}@example.com`,
      password: "correct horse battery",
      role: "runner",
      ...(timeZone ? { timeZone } : {}),
    });
    expect(signUp.status, JSON.stringify(signUp.body)).toBe(201);
    expect(signUp.body.user.timeZone).toBe(timeZone ?? null);
    return c;
  };

  beforeAll(async () => {
    west = await startTestApp(database, { clock: () => LA_EVENING });
    east = await startTestApp(database, { clock: () => AUCKLAND_MORNING });
  });
  afterAll(async () => {
    await west?.close();
    await east?.close();
  });

  it("sets, canonicalises, refuses and clears the time zone (PATCH /me)", async () => {
    const c = await newRunner(west);
    expect((await c.patch("/api/v1/me", { timeZone: "america/los_angeles" })).body.timeZone).toBe("America/Los_Angeles");
    expect((await c.get("/api/v1/me")).body.timeZone).toBe("America/Los_Angeles");
    for (const bad of ["+01:00", "Mars/Olympus_Mons", "", 5]) {
      const refused = await c.patch("/api/v1/me", { timeZone: bad });
      expect(refused.status, String(bad)).toBe(400);
      expect(refused.body.issues).toEqual([expect.objectContaining({ path: "timeZone" })]);
    }
    expect((await c.get("/api/v1/me")).body.timeZone).toBe("America/Los_Angeles");
    expect((await c.patch("/api/v1/me", { timeZone: null })).body.timeZone).toBeNull();
    const stranger = new Client(west.app);
    await stranger.get("/api/v1/session");
    const badSignUp = await stranger.post("/api/v1/auth/signup", { email: "tz@example.com", password: "correct horse battery", role: "runner", timeZone: "Nowhere" });
    expect(badSignUp.status).toBe(400);
    expect(badSignUp.body.issues).toEqual([expect.objectContaining({ path: "timeZone" })]);
  });

  it("dates a late-evening run west of UTC on the runner's day: the pending run and the stored activity", async () => {
    const c = await newRunner(west, "America/Los_Angeles");
    // The app sends the runner's local date as today; the episode is in phase 3 on Tuesday the 10th.
    const episodeId = await phase3Episode(c, "2026-03-10");
    // 19:30 on Tuesday in Los Angeles = 02:30 UTC on Wednesday.
    const job = await upload(west.app, c, "evening.gpx", gpxOf(plannedRun({ date: "2026-03-11T02:30:00Z", km: 2.3, easyMps: 2.4 })));
    expect(job.results[0].pendingRunId).toEqual(expect.any(String));
    const episode = (await c.get(`/api/v1/episodes/${episodeId}`)).body.episode;
    expect(episode.pendingRuns).toMatchObject([{ date: "2026-03-10" }]);
    expect((await c.get("/api/v1/activities")).body.activities).toMatchObject([
      { start: "2026-03-11T02:30:00.000Z", localDate: "2026-03-10", utcOffsetS: null },
    ]);
    expect((await c.get("/api/v1/activities?from=2026-03-10&to=2026-03-10")).body.activities).toHaveLength(1);
    expect((await c.get("/api/v1/activities?from=2026-03-11")).body.activities).toHaveLength(0);
  });

  it("without a time zone the same run keeps its UTC date, and setting the zone re-dates it", async () => {
    const c = await newRunner(west);
    await upload(west.app, c, "evening.gpx", gpxOf(plannedRun({ date: "2026-03-11T02:30:00Z", km: 2.3, easyMps: 2.4 })));
    expect((await c.get("/api/v1/activities")).body.activities).toMatchObject([{ localDate: "2026-03-11" }]);
    expect((await c.patch("/api/v1/me", { timeZone: "America/Los_Angeles" })).status).toBe(200);
    expect((await c.get("/api/v1/activities")).body.activities).toMatchObject([{ localDate: "2026-03-10" }]);
  });

  it("takes a morning run east of UTC as today's run while UTC is still on yesterday", async () => {
    const c = await newRunner(east, "Pacific/Auckland");
    const episodeId = await phase3Episode(c, "2026-03-11");
    // 07:00 on Wednesday the 11th in Auckland = 18:00 UTC on Tuesday the 10th: on the UTC date it would be a
    // day early; by the UTC "today" an Auckland date would be after today.
    await upload(east.app, c, "morning.gpx", gpxOf(plannedRun({ date: "2026-03-10T18:00:00Z", km: 2.3, easyMps: 2.4 })));
    const episode = (await c.get(`/api/v1/episodes/${episodeId}`)).body.episode;
    expect(episode.pendingRuns).toMatchObject([{ date: "2026-03-11" }]);
  });

  it("without a zone, dates a FIT run and the runner's today by the file's own offset", async () => {
    const c = await newRunner(east);
    const episodeId = await phase3Episode(c, "2026-03-11");
    // Recorded at 07:00 on the 11th in Auckland (the watch says UTC+13): 18:00 UTC on the 10th.
    const fit = activityFit({ records: 900, speedMps: 2.4, start: new Date("2026-03-10T18:00:00Z"), localOffsetS: 13 * 3600 });
    await upload(east.app, c, "morning.fit", fit);
    expect((await c.get("/api/v1/activities")).body.activities).toMatchObject([{ utcOffsetS: 46800, localDate: "2026-03-11" }]);
    const episode = (await c.get(`/api/v1/episodes/${episodeId}?today=2026-03-11`)).body.episode;
    expect(episode.pendingRuns).toMatchObject([{ date: "2026-03-11" }]);
  });

  it("lets a runner east of UTC check in for their local today without sending it; UTC's today refuses it", async () => {
    const auckland = await newRunner(east, "Pacific/Auckland");
    const episodeId = await phase3Episode(auckland, "2026-03-11");
    const checkInToday = { ...checkIn("2026-03-11", { tests: { phase2ExercisesPain: 0 } }), clientId: "c-today" };
    const accepted = await auckland.post(`/api/v1/episodes/${episodeId}/check-ins`, checkInToday);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(accepted.body.checkIn.date).toBe("2026-03-11");
    const logged = await auckland.post(`/api/v1/episodes/${episodeId}/exercise-logs`, { clientId: "l-today", date: "2026-03-11", exerciseId: "isometric-bridge", sets: 3, pain: 0 });
    expect(logged.status, JSON.stringify(logged.body)).toBe(201);

    // The same runner without a zone: the server's UTC date (the 10th) is today, so the 11th is after it.
    const unknown = await newRunner(east);
    const other = await phase3Episode(unknown, "2026-03-11");
    const refused = await unknown.post(`/api/v1/episodes/${other}/check-ins`, checkInToday);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.issues)).toMatch(/after today/);
    // ... unless the app sends its date, which is within a day of the server's.
    expect((await unknown.post(`/api/v1/episodes/${other}/check-ins?today=2026-03-11`, checkInToday)).status).toBe(201);
  });
});

// The HTTP API end to end, in process (app.inject), on SQLite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../test/databases.ts";
import { Client } from "../../test/http-client.ts";
import { checkIn, injury, plusDays, run, runner } from "../../test/store-fixtures.ts";
import { startTestApp, TODAY, type TestApp } from "../../test/test-app.ts";
import { evaluateEpisode } from "../domain/engine.ts";
import { parseEpisode } from "../domain/episode.ts";

const INJURY = plusDays(TODAY, -6);
const assessment = (over: Record<string, unknown> = {}) => ({
  today: TODAY,
  runner,
  injury: injury(INJURY),
  checkIns: [checkIn(INJURY, { walking: "limp", painAtRest: 3, painWalking: 5 }), checkIn(plusDays(INJURY, 2))],
  ...over,
});

describe.each(testDatabases)("API on $name", (database) => {
  let t: TestApp;
  let ann: Client;
  let episodeId: string;
  beforeAll(async () => {
    t = await startTestApp(database, { signInLimits: { perAccount: 3, perAddress: 6, windowMs: 60_000 } });
    ann = new Client(t.app);
    expect((await ann.signUp("ann@example.com")).status).toBe(201);
    const created = await ann.post("/api/v1/episodes", assessment());
    expect(created.status).toBe(201);
    episodeId = created.body.episode.id;
  });
  afterAll(() => t?.close());

  const rowCount = async (table: "check_ins" | "runs" | "exercise_logs" | "episodes" | "users") =>
    Number((await t.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

  it("answers POST /decide without an account or CSRF token, with the engine's decision", async () => {
    const episode = { schema: "strideback/episode@1", ...assessment() };
    const res = await new Client(t.app, { csrf: false }).post("/api/v1/decide", episode);
    expect(res.status).toBe(200);
    const parsed = parseEpisode(episode);
    if (!parsed.ok) throw new Error("fixture invalid");
    expect(res.body).toEqual(JSON.parse(JSON.stringify(evaluateEpisode(parsed.value))));
    const bad = await new Client(t.app).post("/api/v1/decide", { ...episode, checkIns: [checkIn(plusDays(TODAY, 1))] });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: "invalid_episode", issues: [{ path: "checkIns.0.date" }] });
  });

  it("refuses state changes without the double-submit CSRF token", async () => {
    const bob = new Client(t.app, { csrf: false });
    await bob.get("/api/v1/session");
    expect((await bob.post("/api/v1/auth/signup", { email: "bob@example.com", password: "long enough pass", role: "runner" })).body.error).toBe("csrf_failed");
    const wrong = await bob.request("POST", "/api/v1/auth/signup", { email: "bob@example.com", password: "long enough pass", role: "runner" }, { "x-csrf-token": "x".repeat(43) });
    expect(wrong.status).toBe(403);
    // A signed-in session's token is bound to the session: a forged cookie+header pair is not enough.
    const forged = new Client(t.app, { csrf: false });
    forged.cookies.set("sb_session", ann.cookies.get("sb_session")!);
    forged.cookies.set("sb_csrf", "f".repeat(43));
    expect((await forged.request("PATCH", "/api/v1/me", { units: "imperial" }, { "x-csrf-token": "f".repeat(43) })).status).toBe(403);
    expect(await rowCount("users")).toBe(1);
  });

  it("sets session cookies HttpOnly and SameSite=Lax, and Secure only behind HTTPS", async () => {
    const session = await ann.get("/api/v1/session");
    expect(session.body).toMatchObject({ user: { email: "ann@example.com" }, csrfToken: ann.cookies.get("sb_csrf") });
    const c = new Client(t.app);
    await c.get("/api/v1/session");
    const res = await c.post("/api/v1/auth/signin", { email: "ann@example.com", password: "correct horse battery" });
    expect(res.status).toBe(200);
    const setCookie = String(res.headers["set-cookie"]);
    expect(setCookie).toMatch(/sb_session=[^;]+;.*HttpOnly.*SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(res.headers["content-security-policy"]).not.toContain("unsafe-inline");
  });

  it("signs out, and limits failed sign-ins per account and per address", async () => {
    const c = new Client(t.app, { ip: "10.0.0.1" });
    await c.signUp("carl@example.com");
    expect((await c.post("/api/v1/auth/signout")).status).toBe(204);
    expect((await c.get("/api/v1/me")).status).toBe(401);
    for (let i = 0; i < 3; i++) expect((await c.post("/api/v1/auth/signin", { email: "carl@example.com", password: "wrong password" })).status).toBe(401);
    const limited = await c.post("/api/v1/auth/signin", { email: "CARL@example.com", password: "correct horse battery" });
    expect(limited.status).toBe(429);
    expect(limited.body.error).toBe("rate_limited");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    const other = new Client(t.app, { ip: "10.0.0.1" });
    await other.get("/api/v1/session");
    for (let i = 0; i < 3; i++) await other.post("/api/v1/auth/signin", { email: `nobody${i}@example.com`, password: "wrong password" });
    expect((await other.post("/api/v1/auth/signin", { email: "ann@example.com", password: "correct horse battery" })).status).toBe(429);
    const elsewhere = new Client(t.app, { ip: "10.0.0.2" });
    await elsewhere.get("/api/v1/session");
    expect((await elsewhere.post("/api/v1/auth/signin", { email: "ann@example.com", password: "correct horse battery" })).status).toBe(200);
  });

  it("reports bad input in one format and writes nothing", async () => {
    const before = await rowCount("check_ins");
    const cases: [unknown, number, string, string][] = [
      [{ ...checkIn(TODAY), clientId: "x", painAtRest: 11 }, 400, "invalid_body", "painAtRest"],
      [{ ...checkIn(plusDays(INJURY, -1)), clientId: "x" }, 400, "invalid_body", "date"],
      [{ ...checkIn(plusDays(TODAY, 1)), clientId: "x" }, 400, "invalid_body", "date"],
      [{ ...checkIn(plusDays(INJURY, 1)), clientId: "x" }, 400, "invalid_body", "date"],
    ];
    for (const [body, status, error, path] of cases) {
      const res = await ann.post(`/api/v1/episodes/${episodeId}/check-ins?today=${TODAY}`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body.error).toBe(error);
      expect(res.body.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    const farToday = await ann.post(`/api/v1/episodes/${episodeId}/check-ins?today=${plusDays(TODAY, 3)}`, { ...checkIn(TODAY), clientId: "x" });
    expect(farToday.body).toMatchObject({ error: "invalid_query", issues: [{ path: "today" }] });
    const notJson = await ann.request("POST", `/api/v1/episodes/${episodeId}/check-ins`, undefined, { "content-type": "application/json", "x-csrf-token": ann.cookies.get("sb_csrf")! });
    expect(notJson.body.error).toBe("invalid_json");
    const huge = await ann.post(`/api/v1/episodes/${episodeId}/check-ins`, { ...checkIn(TODAY), clientId: "x", pad: "x".repeat(2_000_000) });
    expect(huge).toMatchObject({ status: 413, body: { error: "too_large" } });
    expect(await rowCount("check_ins")).toBe(before);
    expect((await ann.get("/api/v1/nothing-here")).body).toMatchObject({ error: "not_found", issues: [] });
  });

  it("adds check-ins once per clientId and answers today's decision from the same engine", async () => {
    const body = { ...checkIn(TODAY, { painAtRest: 1 }), clientId: "phone-1" };
    const first = await ann.post(`/api/v1/episodes/${episodeId}/check-ins?today=${TODAY}`, body);
    expect(first.status).toBe(201);
    const again = await ann.post(`/api/v1/episodes/${episodeId}/check-ins?today=${TODAY}`, body);
    expect(again.status).toBe(200);
    expect(again.body.checkIn).toEqual(first.body.checkIn);
    const current = await ann.get(`/api/v1/episodes/current?today=${TODAY}`);
    expect(current.body.episode.checkIns.filter((c: { clientId: string }) => c.clientId === "phone-1")).toHaveLength(1);
    const parsed = parseEpisode({ schema: "strideback/episode@1", ...assessment({ checkIns: [...assessment().checkIns, checkIn(TODAY, { painAtRest: 1 })] }) });
    if (!parsed.ok) throw new Error("fixture invalid");
    const expected = JSON.parse(JSON.stringify(evaluateEpisode(parsed.value)));
    expect(current.body.decision).toEqual(expected);
    expect((await ann.get(`/api/v1/episodes/${episodeId}/decision?today=${TODAY}`)).body).toEqual(expected);
    expect(first.body.decision).toEqual(expected);
  });

  it("logs runs with next-morning pain, and exercise sessions", async () => {
    const r = await ann.post(`/api/v1/episodes/${episodeId}/runs?today=${TODAY}`, { ...run(TODAY), clientId: "run-1" });
    expect(r.status).toBe(201);
    expect(r.body.run).toMatchObject({ source: "manual", clientId: "run-1" });
    const p = await ann.patch(`/api/v1/episodes/${episodeId}/runs/${r.body.run.id}?today=${TODAY}`, { painNextMorning: 2 });
    expect(p.body.run.painNextMorning).toBe(2);
    const log = { clientId: "log-1", date: TODAY, exerciseId: "isometric_bridge", sets: 3, holdSeconds: 30, pain: 1 };
    expect((await ann.post(`/api/v1/episodes/${episodeId}/exercise-logs`, log)).status).toBe(201);
    expect((await ann.post(`/api/v1/episodes/${episodeId}/exercise-logs`, log)).status).toBe(200);
    expect((await ann.post(`/api/v1/episodes/${episodeId}/exercise-logs`, { ...log, clientId: "log-2", date: plusDays(INJURY, -1) })).body.issues).toEqual([{ path: "date", message: "exercise log is before the injury date" }]);
    const got = await ann.get(`/api/v1/episodes/${episodeId}`);
    expect(got.body.episode).toMatchObject({ runs: [{ painNextMorning: 2 }], exerciseLogs: [log] });
  });

  it("keeps past episodes when a new one starts, and changes an episode", async () => {
    const dee = new Client(t.app);
    await dee.signUp("dee@example.com");
    const one = await dee.post("/api/v1/episodes", assessment({ clientId: "first" }));
    expect((await dee.post("/api/v1/episodes", assessment({ clientId: "first" }))).status).toBe(200);
    const two = await dee.post("/api/v1/episodes", assessment());
    const list = await dee.get("/api/v1/episodes");
    expect(list.body.episodes).toHaveLength(2);
    expect((await dee.get("/api/v1/episodes/current")).body.episode.id).toBe(two.body.episode.id);
    const patched = await dee.patch(`/api/v1/episodes/${one.body.episode.id}`, { status: "active", history: { longestRunLast30DaysKm: 12 } });
    expect(patched.body.episode).toMatchObject({ status: "active", history: { longestRunLast30DaysKm: 12 } });
    expect((await dee.patch(`/api/v1/episodes/${one.body.episode.id}`, { runner: { ...runner, age: 7 } })).body.issues).toEqual([{ path: "runner.age", message: "must be from 10 to 100" }]);
  });

  it("links a runner to a clinician with consent, and lets the runner revoke it", async () => {
    const doc = new Client(t.app);
    await doc.signUp("doc@example.com", "clinician");
    const invite = await doc.post("/api/v1/links/invites");
    expect(invite.status).toBe(201);
    expect((await ann.post("/api/v1/links/invites")).body.error).toBe("forbidden");
    expect((await doc.post("/api/v1/episodes", assessment())).status).toBe(403);
    const link = await ann.post("/api/v1/links", { code: invite.body.code });
    expect(link.body.link).toMatchObject({ runner: { email: "ann@example.com" }, clinician: { email: "doc@example.com" } });
    expect((await doc.get("/api/v1/links")).body.links).toHaveLength(1);
    expect((await doc.delete(`/api/v1/links/${link.body.link.id}`)).status).toBe(403);
    expect((await ann.get("/api/v1/audit")).body).toEqual({ entries: [] });
    expect((await ann.delete(`/api/v1/links/${link.body.link.id}`)).status).toBe(204);
    expect((await doc.get("/api/v1/links")).body.links).toEqual([]);
  });

  it("exports everything, and deletes the account only with the password", async () => {
    const eve = new Client(t.app);
    await eve.signUp("eve@example.com");
    const ep = await eve.post("/api/v1/episodes", assessment());
    await eve.post(`/api/v1/episodes/${ep.body.episode.id}/runs`, { ...run(TODAY), clientId: "r" });
    const exported = await eve.get("/api/v1/me/export");
    expect(exported.body).toMatchObject({ user: { email: "eve@example.com" }, episodes: [{ checkIns: [{}, {}], runs: [{}], exerciseLogs: [] }], links: [], audit: [] });
    expect((await eve.delete("/api/v1/me", { password: "not my password" })).status).toBe(401);
    expect((await eve.get("/api/v1/me")).status).toBe(200);
    const users = await rowCount("users");
    expect((await eve.delete("/api/v1/me", { password: "correct horse battery" })).status).toBe(204);
    expect(await rowCount("users")).toBe(users - 1);
    expect((await eve.get("/api/v1/me")).status).toBe(401);
    const left = await t.store.db.selectFrom("episodes").select("id").where("id", "=", ep.body.episode.id).execute();
    expect(left).toEqual([]);
  });

  it("serves OpenAPI at /api/docs/json with the API's paths", async () => {
    const docs = await ann.get("/api/docs/json");
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(["/api/v1/decide", "/api/v1/episodes/{id}/check-ins"]));
  });
});

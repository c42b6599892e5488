// Walks EVERY route in Fastify's route table as anonymous, as runner A and as runner B (with A's ids in
// the URL), and fails on any route that lets one runner read or change another's data. A new route is
// picked up automatically; one that changes state and has no sample request below fails the test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../test/databases.ts";
import { Client, type Answer } from "../../test/http-client.ts";
import { checkIn, injury, plusDays, run, runner } from "../../test/store-fixtures.ts";
import { startTestApp, TODAY, type TestApp } from "../../test/test-app.ts";
import { listActivities } from "../store/activities.ts";
import { addPendingRun } from "../store/pending-runs.ts";

const PASSWORD = "correct horse battery";
type Who = "anonymous" | "A" | "B";
type Sample = (who: Who) => Promise<unknown> | unknown;

describe.each(testDatabases)("access control on $name", (database) => {
  let t: TestApp;
  const clients = {} as Record<"A" | "B" | "doc", Client>;
  const ids = { episode: "", run: "", link: "", job: "", pending: "" };
  let secrets: string[] = [];
  let emailCounter = 0;

  const samples: Record<string, Sample> = {
    "POST /api/v1/decide": () => ({ schema: "strideback/episode@1", today: TODAY, runner, injury: injury(plusDays(TODAY, -3)), checkIns: [checkIn(TODAY)] }),
    "POST /api/v1/auth/signup": () => ({ email: `new${++emailCounter}@example.com`, password: PASSWORD, role: "runner" }),
    "POST /api/v1/auth/signin": (who) => ({ email: `${who === "A" ? "a" : "b"}@example.com`, password: PASSWORD }),
    "POST /api/v1/auth/signout": () => undefined,
    "PATCH /api/v1/me": () => ({ displayName: "Changed" }),
    "DELETE /api/v1/me": () => ({ password: PASSWORD }),
    "POST /api/v1/episodes": () => ({ today: TODAY, runner, injury: injury(plusDays(TODAY, -3)), checkIns: [checkIn(TODAY)] }),
    "PATCH /api/v1/episodes/:id": () => ({ history: { longestRunLast30DaysKm: 9 } }),
    "POST /api/v1/episodes/:id/check-ins": () => ({ ...checkIn(TODAY), clientId: `c${++emailCounter}` }),
    "POST /api/v1/episodes/:id/runs": () => ({ ...run(TODAY), clientId: `r${++emailCounter}` }),
    "PATCH /api/v1/episodes/:id/runs/:runId": () => ({ painNextMorning: 4 }),
    "POST /api/v1/episodes/:id/exercise-logs": () => ({ clientId: `l${++emailCounter}`, date: TODAY, exerciseId: "bridge", sets: 2, pain: 0 }),
    "POST /api/v1/links/invites": () => undefined,
    "POST /api/v1/links": async () => ({ code: (await clients.doc.post("/api/v1/links/invites")).body.code }),
    "DELETE /api/v1/links/:id": () => undefined,
    // A JSON body: anonymous gets 401 before it is read, a runner 415 (uploads are multipart; see imports.int.test.ts).
    "POST /api/v1/imports": () => ({ file: "not a multipart upload" }),
    "DELETE /api/v1/episodes/:id/pending-runs/:pendingId": () => undefined,
  };

  beforeAll(async () => {
    t = await startTestApp(database);
    for (const [name, role] of [["A", "runner"], ["B", "runner"], ["doc", "clinician"]] as const) {
      clients[name] = new Client(t.app);
      expect((await clients[name].signUp(`${name.toLowerCase()}@example.com`, role, PASSWORD)).status).toBe(201);
    }
    const a = clients.A;
    const ep = await a.post("/api/v1/episodes", { today: TODAY, runner, injury: injury(plusDays(TODAY, -5)), checkIns: [checkIn(plusDays(TODAY, -4))] });
    ids.episode = ep.body.episode.id;
    ids.run = (await a.post(`/api/v1/episodes/${ids.episode}/runs`, { ...run(TODAY), clientId: "a-run" })).body.run.id;
    await a.post(`/api/v1/episodes/${ids.episode}/exercise-logs`, { clientId: "a-log", date: TODAY, exerciseId: "bridge", sets: 1, pain: 0 });
    const code = (await clients.doc.post("/api/v1/links/invites")).body.code;
    ids.link = (await a.post("/api/v1/links", { code })).body.link.id;
    ids.job = (await uploadOne(t, a)).job.id;
    // A pending run for A (as a phase-3 upload makes), made directly: A's episode is not in phase 3.
    const userId = (await a.get("/api/v1/me")).body.id;
    const [activity] = await listActivities(t.store.db, userId);
    ids.pending = await addPendingRun(t.store.db, { userId, episodeId: ids.episode, activityId: activity!.id, at: TODAY }, { date: TODAY, minutes: 10, effort: 0.4, stageCheck: null });
    const exported = (await a.get("/api/v1/me/export")).body;
    secrets = [exported.user.id, ids.episode, ids.run, ids.job, ids.pending, ...exported.episodes[0].checkIns.map((c: { id: string }) => c.id)];
  });
  afterAll(() => t?.close());

  /** Routes in registration order, state-ending ones (sign-out, revocation, deletion) last. */
  const routes = () => {
    const last = ["DELETE /api/v1/episodes/:id/pending-runs/:pendingId", "DELETE /api/v1/links/:id", "POST /api/v1/auth/signout", "POST /api/v1/auth/signin", "DELETE /api/v1/me"];
    const rank = (key: string) => last.indexOf(key);
    return t.app.routeList
      .map((r) => ({ ...r, key: `${r.method} ${r.url}` }))
      .sort((x, y) => rank(x.key) - rank(y.key));
  };

  const concreteUrl = (url: string) =>
    url
      .replace(/\/links\/:id/, `/links/${ids.link}`)
      .replace(/\/imports\/:id/, `/imports/${ids.job}`)
      .replace(/:pendingId/, ids.pending)
      .replace(/:id/, ids.episode)
      .replace(/:runId/, ids.run)
      .replace(/\*$/, "anything");

  async function call(client: Client, who: Who, route: { method: string; url: string; key: string }): Promise<Answer> {
    const sample = samples[route.key];
    const body = sample ? await sample(who) : undefined;
    const today = route.url.startsWith("/api/v1/episodes") ? `?today=${TODAY}` : "";
    return client.request(route.method, concreteUrl(route.url) + today, body);
  }

  it("has a sample request for every route that changes state", () => {
    const missing = routes()
      .filter((r) => !["GET", "HEAD", "OPTIONS"].includes(r.method) && !(r.key in samples))
      .map((r) => r.key);
    expect(missing, "add a sample body for these routes").toEqual([]);
  });

  it("lets nobody touch runner A's data but A", async () => {
    const problems: string[] = [];
    const before = snapshot((await clients.A.get("/api/v1/me/export")).body);

    for (const route of routes()) {
      const anonymous = new Client(t.app);
      await anonymous.get("/api/v1/session");
      const anon = await call(anonymous, "anonymous", route);
      if (route.url.startsWith("/api/v1/") && route.access !== "public" && anon.status !== 401) problems.push(`anonymous got ${anon.status} (not 401) on ${route.key}`);
      leaks("anonymous", route.key, anon);

      const b = await call(clients.B, "B", route);
      if (route.url.includes(":") && b.status < 400) problems.push(`runner B got ${b.status} on ${route.key} with runner A's ids`);
      leaks("runner B", route.key, b);
    }
    const after = snapshot((await clients.A.get("/api/v1/me/export")).body);
    expect(after, "runner A's data changed while others walked the routes").toEqual(before);

    // The same requests as A succeed (so B's refusals above are about ownership, not bad samples).
    for (const route of routes().filter((r) => r.url.includes(":"))) {
      const a = await call(clients.A, "A", route);
      if (a.status >= 400) problems.push(`runner A got ${a.status} on own ${route.key}: ${JSON.stringify(a.body)}`);
    }
    expect(problems).toEqual([]);

    function leaks(who: string, key: string, answer: Answer) {
      const text = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body ?? "");
      for (const secret of secrets) if (text.includes(secret)) problems.push(`${who} saw runner A's id ${secret} in ${key}`);
      if (text.includes("a@example.com")) problems.push(`${who} saw runner A's e-mail in ${key}`);
    }
  });
});

/** Uploads one small GPX as `client` (multipart, with its cookies and CSRF header); returns the 202 body. */
async function uploadOne(t: TestApp, client: Client): Promise<{ job: { id: string } }> {
  const boundary = "access-control-boundary";
  const gpx = `<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg><trkpt lat="45" lon="7"><time>${TODAY}T06:00:00Z</time></trkpt><trkpt lat="45.001" lon="7"><time>${TODAY}T06:00:40Z</time></trkpt></trkseg></trk></gpx>`;
  const res = await t.app.inject({
    method: "POST",
    url: "/api/v1/imports",
    payload: `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="a.gpx"\r\n\r\n${gpx}\r\n--${boundary}--\r\n`,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; "), "x-csrf-token": client.cookies.get("sb_csrf") ?? "" },
  });
  expect(res.statusCode).toBe(202);
  const body = JSON.parse(res.body) as { job: { id: string } };
  // The job runs in the background: wait for it, so A's data does not change while the routes are walked.
  for (let i = 0; i < 500 && (await client.get(`/api/v1/imports/${body.job.id}`)).body.job.status !== "done"; i++) await new Promise((r) => setTimeout(r, 20));
  return body;
}

/** The export without what legitimately changes between two exports. */
function snapshot(exported: Record<string, unknown>): unknown {
  const { exportedAt: _e, ...rest } = exported;
  return rest;
}

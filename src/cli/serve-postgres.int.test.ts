// Several app servers on one PostgreSQL: a session made on one is valid on the other, and writes made
// through either are seen by both (nothing is held in process memory). Needs a real server.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgUrl, withSearchPath } from "../../test/databases.ts";
import { FetchClient, startServer, type LiveServer } from "../../test/live-server.ts";
import { checkIn, injury, plusDays, runner } from "../../test/store-fixtures.ts";
import { newId } from "../store/ids.ts";

if (!pgUrl) console.warn("[skipped] two server processes on one PostgreSQL: TEST_DATABASE_URL is not set (no PostgreSQL server)");

describe.skipIf(!pgUrl)("two server processes on one PostgreSQL", () => {
  const schema = `t_${newId().replace(/[^a-zA-Z0-9]/g, "").toLowerCase()}`;
  let admin: pg.Client;
  let servers: LiveServer[] = [];
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const env = { DATABASE_URL: withSearchPath(pgUrl!, schema) };
    // Started together: both migrate at once, which the advisory lock must make safe.
    servers = await Promise.all([startServer(env), startServer(env)]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await admin?.query(`drop schema if exists ${schema} cascade`);
    await admin?.end();
  });

  it("shares sessions and data between the processes", async () => {
    const [one, two] = servers as [LiveServer, LiveServer];
    const today = new Date().toISOString().slice(0, 10);
    const client = new FetchClient(one.url);
    await client.request("GET", "/api/v1/session");
    expect((await client.request("POST", "/api/v1/auth/signup", { email: "multi@example.com", password: "correct horse battery", role: "runner" })).status).toBe(201);
    const episode = await client.request("POST", "/api/v1/episodes", { today, runner, injury: injury(plusDays(today, -3)), checkIns: [checkIn(plusDays(today, -2))] });
    const id: string = episode.body.episode.id;

    client.base = two.url;
    expect((await client.request("GET", "/api/v1/me")).body.email).toBe("multi@example.com");
    expect((await client.request("POST", `/api/v1/episodes/${id}/check-ins`, { ...checkIn(today), clientId: "via-two" })).status).toBe(201);
    client.base = one.url;
    expect((await client.request("POST", `/api/v1/episodes/${id}/check-ins`, { ...checkIn(today), clientId: "via-one" })).status).toBe(201);
    // The same clientId sent to the other process is recognised, not doubled.
    client.base = two.url;
    expect((await client.request("POST", `/api/v1/episodes/${id}/check-ins`, { ...checkIn(today), clientId: "via-one" })).status).toBe(200);

    for (const server of servers) {
      client.base = server.url;
      const current = await client.request("GET", "/api/v1/episodes/current");
      expect(current.body.episode.checkIns.map((c: { clientId: string }) => c.clientId).slice(-2)).toEqual(["via-two", "via-one"]);
    }
    // Signing out on one ends the session on both.
    client.base = one.url;
    const cookie = client.cookies.get("sb_session")!;
    expect((await client.request("POST", "/api/v1/auth/signout")).status).toBe(204);
    const stale = new FetchClient(two.url);
    stale.cookies.set("sb_session", cookie);
    expect((await stale.request("GET", "/api/v1/me")).status).toBe(401);
  });
});

// Durability: a real `strideback serve` on SQLite takes a stream of check-ins and is killed with SIGKILL
// part way. After a restart every check-in that was answered 2xx is there, and the file is intact.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { FetchClient, startServer } from "../../test/live-server.ts";
import { checkIn, injury, plusDays, runner } from "../../test/store-fixtures.ts";
import { SQLITE_FILE } from "../store/db.ts";

const dataDir = mkdtempSync(join(tmpdir(), "strideback-crash-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("a server killed with SIGKILL", () => {
  it("keeps every acknowledged check-in and an intact database", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const first = await startServer({ DATA_DIR: dataDir });
    const client = new FetchClient(first.url);
    await client.request("GET", "/api/v1/session");
    expect((await client.request("POST", "/api/v1/auth/signup", { email: "crash@example.com", password: "correct horse battery", role: "runner" })).status).toBe(201);
    const episode = await client.request("POST", "/api/v1/episodes", { today, runner, injury: injury(plusDays(today, -10)), checkIns: [checkIn(plusDays(today, -9))] });
    expect(episode.status).toBe(201);
    const episodeId: string = episode.body.episode.id;

    const acknowledged: string[] = [];
    let sent = 0;
    const sendOne = async () => {
      const clientId = `crash-${sent++}`;
      try {
        const r = await client.request("POST", `/api/v1/episodes/${episodeId}/check-ins`, { ...checkIn(today, { painAtRest: sent % 4 }), clientId });
        if (r.status >= 200 && r.status < 300) acknowledged.push(clientId);
      } catch {
        // the connection died with the process: not acknowledged, so no promise was made
      }
    };
    // Four writers in flight at a time; the kill lands while some are mid-request.
    const writers = Array.from({ length: 4 }, async () => {
      while (first.child.exitCode === null && first.child.signalCode === null && sent < 2000) await sendOne();
    });
    while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 5));
    await first.kill();
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);

    const second = await startServer({ DATA_DIR: dataDir });
    try {
      client.base = second.url;
      const current = await client.request("GET", "/api/v1/episodes/current");
      expect(current.status).toBe(200);
      const stored = new Set<string>(current.body.episode.checkIns.map((c: { clientId: string }) => c.clientId));
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    } finally {
      await second.stop();
    }
    const db = new BetterSqlite3(join(dataDir, SQLITE_FILE), { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.pragma("foreign_key_check")).toEqual([]);
    } finally {
      db.close();
    }
  }, 180_000);
});

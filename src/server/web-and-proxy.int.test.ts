// The built web app at "/" (SPA fallback, strict CSP, never for /api), the plain "not built" page, and
// Secure cookies once a trusted proxy says the request came over HTTPS.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteDatabase } from "../../test/databases.ts";
import { Client } from "../../test/http-client.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";

describe("serving the web app", () => {
  const webDir = mkdtempSync(join(tmpdir(), "strideback-web-"));
  let t: TestApp;
  beforeAll(async () => {
    mkdirSync(join(webDir, "assets"));
    writeFileSync(join(webDir, "index.html"), '<!doctype html><script type="module" src="/assets/app-1.js"></script>');
    writeFileSync(join(webDir, "assets/app-1.js"), "console.log(1)");
    t = await startTestApp(sqliteDatabase, { webDir });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each([
    ["/", "text/html", "no-cache"],
    ["/today/check-in", "text/html", "no-cache"],
    ["/assets/app-1.js", "javascript", "immutable"],
  ])("GET %s", async (url, type, cache) => {
    const res = await new Client(t.app).get(url);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toContain(type);
    expect(res.headers["cache-control"]).toContain(cache);
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["set-cookie"]).toContain("sb_csrf=");
  });

  it("answers unknown API paths with the JSON error, not the app", async () => {
    const res = await new Client(t.app).get("/api/v1/nope");
    expect(res).toMatchObject({ status: 404, body: { error: "not_found" } });
  });
});

describe("without a built web app", () => {
  it("says plainly that the app is not built and how to build it", async () => {
    const t = await startTestApp(sqliteDatabase, { webDir: join(tmpdir(), "no-such-web-dist") });
    try {
      const res = await new Client(t.app).get("/");
      expect(res.status).toBe(200);
      expect(res.body).toContain("not built");
      expect(res.body).toContain("npm run build:web");
    } finally {
      await t.close();
    }
  });
});

describe("behind a trusted HTTPS proxy", () => {
  it("marks both cookies Secure and sends HSTS", async () => {
    const t = await startTestApp(sqliteDatabase, { trustProxy: true });
    try {
      const c = new Client(t.app);
      const res = await c.request("GET", "/api/v1/session", undefined, { "x-forwarded-proto": "https" });
      expect(String(res.headers["set-cookie"])).toMatch(/sb_csrf=[^;]+;.*Secure/);
      expect(res.headers["strict-transport-security"]).toContain("max-age=");
      await c.request("GET", "/api/v1/session");
      const signup = await c.request("POST", "/api/v1/auth/signup", { email: "s@example.com", password: "correct horse battery", role: "runner" }, { "x-forwarded-proto": "https" });
      expect(String(signup.headers["set-cookie"])).toMatch(/sb_session=[^;]+;.*HttpOnly;.*Secure;.*SameSite=Lax/);
    } finally {
      await t.close();
    }
  });
});

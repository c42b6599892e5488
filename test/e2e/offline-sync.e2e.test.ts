// Offline: a check-in made without a connection gets an answer from the engine in the app, is kept on
// the device as "not yet synced", and reaches the server exactly once when the connection returns.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, newPhoneContext, type Browser, type BrowserContext, type Page } from "./browser.ts";
import { hasServer, startServer, type RunningServer } from "./server.ts";
import { checkScreen } from "./screens.ts";
import { fillAssessment, fillCheckIn, signUp, TYPICAL_GRADE_1 } from "./app-driver.ts";

const today = new Date().toISOString().slice(0, 10);

/** The few browser globals the test touches (the test's own TypeScript has no DOM library). */
interface BrowserGlobals {
  navigator: { serviceWorker?: { controller: unknown; ready: Promise<unknown> } };
  Event: new (type: string) => unknown;
  dispatchEvent(event: unknown): boolean;
}

/** Runs in the page: waits (up to 60 s) for the service worker to be active, and says whether it controls the page. */
async function serviceWorkerState(): Promise<string> {
  const sw = (globalThis as unknown as BrowserGlobals).navigator.serviceWorker;
  if (!sw) return "unsupported";
  const ready = await Promise.race([sw.ready.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 60_000))]);
  if (!ready) return "not active after 60 s";
  return sw.controller != null ? "controlled" : "active, not yet controlling";
}

/** Runs in the page: tells the app the connection is back (as the browser does when it notices). */
function announceOnline(): void {
  const g = globalThis as unknown as BrowserGlobals;
  g.dispatchEvent(new g.Event("online"));
}

describe.skipIf(!hasServer)("offline check-in", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await newPhoneContext(browser, server.url);
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") console.log(`page ${m.type()}: ${m.text()}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const checkInsOnServer = async () => {
    const r = await context.request.get(`/api/v1/episodes/current?today=${today}`);
    return ((await r.json()) as { episode: { checkIns: { clientId: string }[] } }).episode.checkIns;
  };

  it("keeps the check-in on the device and syncs it once when back online", async () => {
    await page.goto("/start");
    await fillAssessment(page, { ...TYPICAL_GRADE_1, injuryDay: "2 days ago" });
    await page.locator("#decision-title").waitFor();
    await page.getByRole("link", { name: "Create an account" }).first().click();
    await signUp(page, `offline-${Date.now()}@example.com`, "correct horse battery");
    await page.getByRole("heading", { level: 1, name: /^Today/ }).waitFor();
    // The service worker has taken control, so the app itself loads offline too.
    const state = await page.evaluate(serviceWorkerState);
    if (state !== "controlled") {
      console.log(`service worker: ${state}; reloading once so the installed worker controls the page`);
      await page.reload();
    }
    await page.waitForFunction(() => (globalThis as unknown as BrowserGlobals).navigator.serviceWorker?.controller != null, undefined, { timeout: 30_000 });
    expect(await checkInsOnServer()).toHaveLength(1);

    await context.setOffline(true);
    await page.reload();
    await page.getByText("You are offline").waitFor();
    await page.getByRole("link", { name: "Check in", exact: true }).click();
    await fillCheckIn(page, { walking: "Normally, but it hurts", pains: [0, 1, 0], bruising: "No bruise" });
    await page.getByRole("button", { name: "Save and see today's answer" }).click();
    await page.locator("#decision-title").waitFor();
    await page.getByText(/1 change not yet synced/).waitFor();
    expect(await page.getByText(/Worked out on this device while offline/).count()).toBe(1);
    expect(await checkScreen(page, "30-offline-check-in")).toEqual([]);

    await context.setOffline(false);
    await page.evaluate(announceOnline);
    await page.locator(".status .pending").waitFor({ state: "detached" });
    expect(await page.getByText(/not yet synced/).count()).toBe(0);
    const synced = await checkInsOnServer();
    expect(synced).toHaveLength(2);

    // Coming back again (a new visit, another "online" event) sends nothing twice.
    await page.goto("/");
    await page.evaluate(announceOnline);
    await page.locator("#decision-title").waitFor();
    expect(await checkInsOnServer()).toHaveLength(2);
    expect(new Set(synced.map((c) => c.clientId)).size).toBe(2);
  });
});

// A new runner, end to end against the real server: the first assessment anonymously, account
// creation that keeps it, three days of check-ins through the phase 1 to 2 gate, an exercise session
// and a run log; then progress, learn, prevention and settings. Axe and screenshots on every screen.
import { addDays } from "../../src/domain/dates.ts";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, newPhoneContext, type Browser, type BrowserContext, type Page } from "./browser.ts";
import { hasServer, startServer, type RunningServer } from "./server.ts";
import { checkScreen, type AxeFinding } from "./screens.ts";
import { fillAssessment, fillCheckIn, setDay, signUp, TYPICAL_GRADE_1 } from "./app-driver.ts";

const serverToday = new Date().toISOString().slice(0, 10);
const day0 = addDays(serverToday, -1); // assessment day (the server accepts today within one day)
const injury = addDays(day0, -3);
const password = "correct horse battery";

describe.skipIf(!hasServer)("a new runner's first week", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const findings: AxeFinding[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await newPhoneContext(browser, server.url);
    page = await context.newPage();
    await setDay(page, day0);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  let pageDay = day0;
  const current = async () => {
    const r = await context.request.get(`/api/v1/episodes/current?today=${pageDay}`);
    expect(r.status()).toBe(200);
    return (await r.json()) as { episode: { checkIns: unknown[]; runs: unknown[]; exerciseLogs: unknown[] }; decision: { phase: number } };
  };

  it("answers the first assessment without an account", async () => {
    await page.goto("/");
    findings.push(...(await checkScreen(page, "01-welcome")));
    await page.getByRole("link", { name: "Start the assessment" }).click();
    await fillAssessment(page, { ...TYPICAL_GRADE_1, injuryDay: injury }, async (name) => {
      findings.push(...(await checkScreen(page, `02-${name}`, { desktopAxe: false })));
    });
    await expect.poll(() => page.locator("#decision-title").textContent()).toMatch(/Likely a grade (I|II) hamstring strain/);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toMatch(/\d+ to \d+ weeks/); // a range, never a single date
    expect(text).toContain("This is an estimate, not a diagnosis");
    expect(await page.locator(".reasons li").count()).toBeGreaterThan(0);
    expect(await page.locator(".reasons a[href^='/learn/']").count()).toBeGreaterThan(0);
    findings.push(...(await checkScreen(page, "03-answer-anonymous")));
  });

  it("keeps the assessment when the runner creates an account", async () => {
    await page.getByRole("link", { name: "Create an account" }).first().click();
    findings.push(...(await checkScreen(page, "04-sign-up")));
    await signUp(page, `runner-${Date.now()}@example.com`, password);
    await page.getByRole("heading", { level: 1, name: /^Today/ }).waitFor();
    const { episode } = await current();
    expect(episode.checkIns).toHaveLength(1);
  });

  it("checks in on the next two days and passes the phase 1 to 2 gate", async () => {
    pageDay = addDays(day0, 1);
    await setDay(page, pageDay);
    await page.goto("/check-in");
    await fillCheckIn(page, { walking: "Normally, but it hurts", pains: [0, 1, 0], bruising: "No bruise", tests: { "Standing hamstring curl": 2 } });
    findings.push(...(await checkScreen(page, "05-check-in")));
    await page.getByRole("button", { name: "Save and see today's answer" }).click();
    await page.getByRole("heading", { name: "Since your last answer" }).waitFor();
    expect((await current()).decision.phase).toBe(1);

    pageDay = addDays(day0, 2);
    await setDay(page, pageDay);
    await page.goto("/check-in");
    await fillCheckIn(page, { walking: "Normally, without pain", pains: [0, 0, 0], bruising: "No bruise", tests: { "Standing hamstring curl": 0 } });
    await page.getByRole("button", { name: "Save and see today's answer" }).click();
    await page.getByText("You moved on to phase 2.").waitFor();
    findings.push(...(await checkScreen(page, "06-check-in-answer-phase-2")));
    const { episode, decision } = await current();
    expect(episode.checkIns).toHaveLength(3);
    expect(decision.phase).toBe(2);
  });

  it("does an exercise session and logs it", async () => {
    await page.getByRole("link", { name: "Plan", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: /^Phase 2/ }).waitFor();
    findings.push(...(await checkScreen(page, "07-plan-phase-2")));
    await page.getByRole("link", { name: /^Start: / }).first().click();
    await page.getByRole("heading", { name: "How to do it" }).waitFor();
    const counter = page.getByRole("button", { name: "+1 rep" });
    if (await counter.count()) {
      for (let i = 0; i < 5; i++) await counter.click();
      await page.getByRole("button", { name: "Set done" }).click();
    } else {
      await page.getByLabel(/^(Sets|Holds|Bouts) done$/).fill("1");
    }
    await page.getByRole("group", { name: "Worst pain during the exercise" }).getByRole("radio", { name: /^1$/ }).check();
    findings.push(...(await checkScreen(page, "08-exercise-session")));
    await page.getByRole("button", { name: "Log this exercise" }).click();
    await page.getByText(/^Logged: /).waitFor();
    await expect.poll(async () => (await current()).episode.exerciseLogs.length).toBe(1);
  });

  it("logs a run and shows the engine's next step at once", async () => {
    await page.getByRole("link", { name: "Runs", exact: true }).click();
    await page.getByLabel("Minutes").fill("15");
    await page.getByLabel(/^Distance/).fill("2");
    await page.getByRole("radio", { name: "Easy jog: I could chat" }).check();
    await page.getByRole("group", { name: /during the run/ }).getByRole("radio", { name: /^1(,|$)/ }).check();
    for (const q of [/get worse as the run/, /stop early/, /limp or shorten/]) await page.getByRole("group", { name: q }).getByRole("radio", { name: "No" }).check();
    await page.getByRole("group", { name: /hours after/ }).getByRole("radio", { name: /^1(,|$)/ }).check();
    findings.push(...(await checkScreen(page, "09-run-log")));
    await page.getByRole("button", { name: "Save run" }).click();
    await page.getByTestId("run-result").waitFor();
    expect(await page.getByTestId("run-result").textContent()).toMatch(/run/i);
    findings.push(...(await checkScreen(page, "10-run-logged")));
    await expect.poll(async () => (await current()).episode.runs.length).toBe(1);
  });

  it("shows progress, learn, prevention and settings", async () => {
    await page.getByRole("link", { name: "Progress", exact: true }).click();
    await page.locator(".chart-box canvas").first().waitFor();
    expect(await page.getByText("Phase 2 reached").count()).toBe(1);
    findings.push(...(await checkScreen(page, "11-progress")));
    await page.getByRole("link", { name: "Learn", exact: true }).first().click();
    await page.getByRole("heading", { level: 1, name: "Learn" }).waitFor();
    findings.push(...(await checkScreen(page, "12-learn")));
    await page.locator(".tiles a").first().click();
    await page.getByRole("link", { name: /All topics/ }).waitFor();
    findings.push(...(await checkScreen(page, "13-learn-topic")));
    await page.goto("/prevention");
    await page.getByRole("heading", { level: 1, name: /prevention/i }).waitFor();
    findings.push(...(await checkScreen(page, "14-prevention")));
    await page.getByRole("link", { name: "Settings", exact: true }).first().click();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    findings.push(...(await checkScreen(page, "15-settings")));
    await page.getByRole("radio", { name: /Imperial/ }).check();
    await page.goto("/runs");
    expect(await page.locator(".log-list").textContent()).toContain("mi");
  });

  it("exports everything as JSON, then deletes the account", async () => {
    await page.goto("/settings");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /Download all my data/ }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, "utf8")) as { episodes: { checkIns: unknown[] }[] };
    expect(exported.episodes[0]?.checkIns).toHaveLength(3);
    await page.getByLabel("Your password, to confirm").fill(password);
    await page.getByRole("button", { name: "Delete my account and data" }).click();
    await page.getByRole("heading", { level: 1, name: "Hurt your hamstring on a run?" }).waitFor();
    const session = (await (await context.request.get("/api/v1/session")).json()) as { user: unknown };
    expect(session.user).toBeNull();
  });

  it("has no serious or critical accessibility violation on any screen", () => {
    expect(findings).toEqual([]);
  });
});

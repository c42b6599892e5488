// Watch-file imports end to end against the real server: a signed-in runner uploads GPX files and sees each
// file's result (the failed ones first, an export's hundreds of files a page at a time); with an episode in phase 3 an imported run waits for its pain answers, which the runner
// gives (only those) on the Runs screen, or dismisses as not a run; the load report shows what changed
// before the injury. Axe and screenshots on every new screen.
import { addDays } from "../../src/domain/dates.ts";
import { checkIn } from "../episode-fixtures.ts";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settingsFit } from "../../src/activities/fit/fit-fixtures.ts";
import { gpxOf } from "../synthetic-gpx.ts";
import { plannedRun, type RunPlan } from "../synthetic-runs.ts";
import { launchChromium, newPhoneContext, type Browser, type BrowserContext, type Page } from "./browser.ts";
import { hasServer, startServer, type RunningServer } from "./server.ts";
import { checkScreen, type AxeFinding } from "./screens.ts";
import { setDay, signUp } from "./app-driver.ts";

const today = new Date().toISOString().slice(0, 10);
const injury = addDays(today, -14);
const SPRINTS = { count: 4, seconds: 20, mps: 6 } as const;

/** A GPX file of a planned run: one point a second with times, positions and cadence. */
function gpxFile(name: string, plan: RunPlan) {
  return { name, mimeType: "application/gpx+xml", buffer: Buffer.from(gpxOf(plannedRun(plan))) };
}

/** Eight weeks before the injury: 5 km weekly with strides, then a 9 km run two days before it (+80 %). */
const history = [
  ...[35, 28, 21, 14, 7].map((d) =>
    gpxFile(`before-${d}.gpx`, { date: addDays(injury, -d), km: 5, sprints: SPRINTS }),
  ),
  gpxFile("long-run.gpx", { date: addDays(injury, -2), km: 9, sprints: SPRINTS }),
];
/** Yesterday's easy 20-minute run: 2.5 m/s for 3 km. */
const recoveryRun = gpxFile("yesterday.gpx", {
  date: `${addDays(today, -1)}T07:30:00Z`,
  km: 3,
  easyMps: 2.5,
});

/** The p08 vignette (phase 3, stage 1) moved so that today is day 14. */
const phase3Episode = {
  today,
  runner: { age: 34, previousHamstringStrain: "none" },
  injury: {
    date: injury,
    onset: "sudden",
    activity: "fast_running",
    popFelt: false,
    forcedToStop: false,
    painAtInjury: 4,
    location: { level: "middle", side: "outer" },
  },
  checkIns: [
    checkIn(addDays(injury, 1), { walking: "limp", painAtRest: 3, painWalking: 5 }),
    checkIn(addDays(injury, 5), { tests: { standingCurlPain: 1 } }),
    checkIn(addDays(injury, 8), { tests: { standingCurlPain: 0 } }),
    checkIn(addDays(injury, 12), { tests: { standingCurlPain: 0, phase2ExercisesPain: 0 } }),
  ],
};

describe.skipIf(!hasServer)("importing watch files", () => {
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
    await setDay(page, today);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const csrf = async () => (await context.cookies()).find((c) => c.name === "sb_csrf")?.value ?? "";
  const current = async () => {
    const r = await context.request.get(`/api/v1/episodes/current?today=${today}`);
    expect(r.status()).toBe(200);
    return (await r.json()) as {
      episode: { runs: { source: string; minutes: number; painDuring: number }[]; pendingRuns: unknown[] };
      decision: { phase: number; runStage: number | null };
    };
  };
  const upload = async (files: readonly ReturnType<typeof gpxFile>[]) => {
    await page.getByLabel("Activity files").setInputFiles([...files]);
    await page.getByRole("button", { name: "Upload and import" }).click();
    await page.getByText(/^Import finished/).waitFor({ timeout: 60_000 });
  };

  it("uploads the runs before the injury and lists each file's result", async () => {
    await page.goto("/sign-up");
    await signUp(page, `importer-${Date.now()}@example.com`, "correct horse battery");
    await page.getByRole("heading", { level: 1, name: "Hurt your hamstring on a run?" }).waitFor();
    await page.goto("/import");
    await page.getByRole("heading", { level: 1, name: "Import runs from your watch" }).waitFor();
    findings.push(...(await checkScreen(page, "imports-01-choose")));
    const notes = { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not an activity") };
    await upload([...history, notes]);
    const every = page.getByRole("region", { name: /^Every file/ });
    const rows = every.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(history.length + 1);
    for (const f of history)
      expect(await every.getByRole("row", { name: new RegExp(f.name) }).textContent()).toMatch(
        /Imported.*Run, /,
      );
    expect(await every.getByRole("row", { name: /notes\.txt/ }).textContent()).toMatch(/Failed/);
    // The failed file comes first, in its own list, with its reason.
    const failed = page.getByRole("region", { name: /^Files that could not be read/ });
    await expect.poll(() => failed.locator("tbody tr").count()).toBe(1);
    expect(await failed.getByRole("row", { name: /notes\.txt/ }).textContent()).toMatch(/Failed.+/);
    expect(await page.getByRole("status").filter({ hasText: "Import finished" }).textContent()).toContain(
      `${history.length} imported`,
    );
    findings.push(...(await checkScreen(page, "imports-02-done")));
  });

  it("reads a big export's results a page at a time: counts while it runs, failed files first, show more", async () => {
    const jobReads: URL[] = [];
    const onRequest = (r: { url(): string; method(): string }) => {
      const url = new URL(r.url());
      if (r.method() === "GET" && /^\/api\/v1\/imports\/[^/]+$/.test(url.pathname)) jobReads.push(url);
    };
    page.on("request", onRequest);
    // 150 files: 105 broken (failed) and 45 watch settings files (skipped), as in a Garmin export.
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i < 150; i++) {
      const name = `DI_CONNECT/${String(i).padStart(3, "0")}`;
      if (i % 10 < 7) entries[`${name}.gpx`] = strToU8("<gpx><trk><trkseg><trkpt lat=");
      else entries[`${name}.fit`] = settingsFit();
    }
    const zip = {
      name: "garmin_export.zip",
      mimeType: "application/zip",
      buffer: Buffer.from(zipSync(entries)),
    };
    await page.goto("/import");
    await page.getByLabel("Activity files").setInputFiles([zip]);
    await page.getByRole("button", { name: "Upload and import" }).click();
    await page.getByText(/^Import finished: 0 imported, 45 skipped, 105 failed/).waitFor({ timeout: 60_000 });

    const failed = page.getByRole("region", { name: /^Files that could not be read/ });
    const every = page.getByRole("region", { name: /^Every file/ });
    await expect.poll(() => failed.locator("tbody tr").count()).toBe(100);
    expect(await failed.locator("tbody tr").first().textContent()).toMatch(
      /^000\.gpxin garmin_export\.zip › DI_CONNECT.*Failed/,
    );
    expect(await page.getByText("100 of 105 shown.").count()).toBe(1);
    // Every file of a big export waits until asked for: the failed ones are what the runner needs.
    expect(await every.locator("tbody tr").count()).toBe(0);
    findings.push(...(await checkScreen(page, "imports-02b-big-export")));

    await page.getByRole("button", { name: /^Show 5 more of files that could not be read/ }).click();
    await expect.poll(() => failed.locator("tbody tr").count()).toBe(105);
    expect(await failed.getByRole("button").count()).toBe(0);
    await every.getByRole("button", { name: "List all 150 files" }).click();
    await expect.poll(() => every.locator("tbody tr").count()).toBe(100);
    findings.push(...(await checkScreen(page, "imports-02c-every-file")));
    await page.getByRole("button", { name: /^Show 50 more of every file/ }).click();
    await expect.poll(() => every.locator("tbody tr").count()).toBe(150);
    expect(await every.locator("tbody tr").last().textContent()).toMatch(/149\.fit.*Skipped/);
    page.off("request", onRequest);

    // While the job ran the screen asked for the counts alone; every results read was a page.
    const params = jobReads.map((u) => Object.fromEntries(u.searchParams));
    expect(params.filter((p) => p.limit === "0").length).toBeGreaterThanOrEqual(1);
    const key = (p: Record<string, string>) => JSON.stringify(p);
    expect(
      params
        .filter((p) => p.limit !== "0")
        .map(key)
        .sort(),
    ).toEqual(
      [
        { offset: "0", limit: "100", only: "failed" },
        { offset: "0", limit: "100" },
        { offset: "100", limit: "100", only: "failed" },
        { offset: "100", limit: "100" },
      ]
        .map(key)
        .sort(),
    );
  });

  it("makes a phase-3 imported run wait for its pain answers, and asks only those", async () => {
    const created = await context.request.post("/api/v1/episodes", {
      data: phase3Episode,
      headers: { "x-csrf-token": await csrf() },
    });
    expect(created.status(), await created.text()).toBe(201);
    expect((await current()).decision.phase).toBe(3);

    await page.goto("/");
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await upload([recoveryRun]);
    expect(await page.getByRole("row", { name: /yesterday\.gpx/ }).textContent()).toContain(
      "waiting for the pain answers",
    );
    await expect.poll(async () => (await current()).episode.pendingRuns.length).toBe(1);

    await page.getByRole("link", { name: /Answer the pain questions for 1 run/ }).click();
    const form = page.locator("form.pending-run");
    await form.waitFor();
    expect(await form.getByRole("heading").textContent()).toMatch(
      /Run imported from your watch on .*: 20 min, 3 km/,
    );
    expect(await form.textContent()).toContain("Within stage 1's limits");
    // Only the pain questions: minutes, distance and speed came from the file.
    expect(await form.getByRole("spinbutton").count()).toBe(0);
    expect(await form.getByRole("group", { name: /How fast/ }).count()).toBe(0);
    expect(await form.getByRole("group").count()).toBe(5);
    findings.push(...(await checkScreen(page, "imports-03-pending-run")));

    await form
      .getByRole("group", { name: /during the run/ })
      .getByRole("radio", { name: /^0(,|$)/ })
      .check();
    for (const q of [/get worse as the run/, /stop early/, /limp or shorten/])
      await form.getByRole("group", { name: q }).getByRole("radio", { name: "No" }).check();
    await form
      .getByRole("group", { name: /hours after/ })
      .getByRole("radio", { name: /^0(,|$)/ })
      .check();
    await form.getByRole("button", { name: "Save pain answers" }).click();
    await page.getByTestId("pending-result").waitFor();
    expect(await page.getByTestId("pending-result").textContent()).toMatch(/run/i);
    await expect.poll(() => page.locator("form.pending-run").count()).toBe(0);
    findings.push(...(await checkScreen(page, "imports-04-pending-answered")));

    const { episode } = await current();
    expect(episode.pendingRuns).toEqual([]);
    expect(episode.runs).toHaveLength(1);
    expect(episode.runs[0]).toMatchObject({ source: "file", minutes: 20, painDuring: 0 });
    expect(await page.locator(".log-list").textContent()).toContain("20 min");
  });

  it("dismisses an imported activity that was not a run", async () => {
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await upload([gpxFile("today.gpx", { date: `${today}T06:00:00Z`, km: 1.5, easyMps: 2.5 })]);
    await expect.poll(async () => (await current()).episode.pendingRuns.length).toBe(1);
    await page.goto("/");
    const form = page.locator("form.pending-run");
    await form.waitFor();
    await page
      .getByRole("link", { name: /A run imported from your watch: answer the pain questions/ })
      .click();
    await expect.poll(() => new URL(page.url()).hash).toBe("#pending-title");
    findings.push(...(await checkScreen(page, "imports-05-today-pending")));
    await form.getByRole("button", { name: /Not a run/ }).click();
    await expect.poll(() => page.locator("form.pending-run").count()).toBe(0);
    const { episode } = await current();
    expect(episode.pendingRuns).toEqual([]);
    expect(episode.runs).toHaveLength(1);
  });

  it("shows what changed before the injury", async () => {
    await page.getByRole("link", { name: "Progress", exact: true }).click();
    await page.getByRole("link", { name: "What changed before the injury" }).click();
    await page.getByRole("heading", { level: 1, name: "What changed before the injury" }).waitFor();
    await page.locator(".chart-box canvas").first().waitFor();
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("A run much longer than your recent longest");
    expect(text).toMatch(/\+80 %/);
    expect(await page.locator("table.numbers tbody tr").count()).toBe(8);
    // Charts of weekly volume, fast running and the long-run spike, each drawn (a uPlot canvas).
    for (const caption of [
      "Running per week (week starting Monday)",
      "Minutes of fast running per week",
      "Each spike against the longest run of the 30 days before it",
      "Steps per minute at",
    ])
      expect(
        await page.locator("figure.chart", { hasText: caption }).locator("canvas").count(),
        caption,
      ).toBeGreaterThan(0);
    findings.push(...(await checkScreen(page, "imports-06-load-report")));
  });

  it("has no serious or critical accessibility violation on the new screens", () => {
    expect(findings).toEqual([]);
  });
});

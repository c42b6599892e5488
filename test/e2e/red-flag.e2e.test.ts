// Red flags come first: an emergency answer is unmistakable, says what to do and how soon, and gives
// no plan (no grade, no exercises, no running).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, newPhoneContext, type Browser, type Page } from "./browser.ts";
import { hasServer, startServer, type RunningServer } from "./server.ts";
import { checkScreen } from "./screens.ts";
import { fillAssessment, TYPICAL_GRADE_1 } from "./app-driver.ts";

describe.skipIf(!hasServer)("red flags", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    page = await (await newPhoneContext(browser, server.url)).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a swollen calf with breathlessness: call the emergency number now, and no plan", async () => {
    await page.goto("/start");
    await fillAssessment(page, {
      ...TYPICAL_GRADE_1,
      injuryDay: "Yesterday",
      redFlags: ["One calf is swollen, warm or tender", "You are short of breath or have chest pain"],
    });
    const alert = page.getByRole("alert").filter({ hasText: "emergency" });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? "";
    expect(text).toMatch(/emergency/i);
    expect(text).toMatch(/999|112|911/);
    expect(text).toMatch(/now/i);
    expect(await page.getByText(/Likely a grade/).count()).toBe(0);
    expect(await page.getByRole("link", { name: /Today's plan/ }).count()).toBe(0);
    expect(await page.getByText(/Can I run today/).count()).toBe(0);
    expect(await checkScreen(page, "20-answer-emergency")).toEqual([]);
    await page.goto("/plan");
    await page.getByRole("heading", { name: "No exercise plan for now" }).waitFor();
  });

  it("a gap under the skin after a pop: an urgent appointment within days, and no plan", async () => {
    await page.goto("/settings");
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Clear this device" }).click();
    await page.goto("/start");
    await fillAssessment(page, { ...TYPICAL_GRADE_1, injuryDay: "Yesterday", pop: true, gap: true, region: "At the sit bone" });
    await page.getByRole("alert").filter({ hasText: "within days" }).waitFor();
    expect(await page.getByRole("link", { name: /Today's plan/ }).count()).toBe(0);
    expect(await checkScreen(page, "21-answer-avulsion")).toEqual([]);
  });
});

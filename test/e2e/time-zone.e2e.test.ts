// The runner's time zone: the app sends the device's on sign-up, and Settings shows and changes it (the
// server dates imported runs and "today" in it). A phone in Los Angeles, against the real server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, newPhoneContext, type Browser, type BrowserContext, type Page } from "./browser.ts";
import { hasServer, startServer, type RunningServer } from "./server.ts";
import { checkScreen, type AxeFinding } from "./screens.ts";
import { signUp } from "./app-driver.ts";

describe.skipIf(!hasServer)("the runner's time zone", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const findings: AxeFinding[] = [];
  const accountZone = async () => ((await (await context.request.get("/api/v1/me")).json()) as { timeZone: string | null }).timeZone;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await newPhoneContext(browser, server.url, "America/Los_Angeles");
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("sends the device's zone when the account is created", async () => {
    await page.goto("/sign-up");
    await signUp(page, `zone-${Date.now()}@example.com`, "correct horse battery");
    await page.getByRole("heading", { level: 1, name: "Hurt your hamstring on a run?" }).waitFor();
    expect(await accountZone()).toBe("America/Los_Angeles");
  });

  it("shows the zone in Settings and changes it there", async () => {
    await page.goto("/settings");
    const select = page.getByLabel("Your time zone");
    await expect.poll(() => select.inputValue()).toBe("America/Los_Angeles");
    findings.push(...(await checkScreen(page, "tz-01-settings")));
    await select.selectOption("Europe/Paris");
    await page.getByText("Runs and today are now dated in Europe/Paris.").waitFor();
    expect(await accountZone()).toBe("Europe/Paris");
    const useDevice = page.getByRole("button", { name: "Use this device's time zone (America/Los Angeles)" });
    findings.push(...(await checkScreen(page, "tz-02-changed")));
    await useDevice.click();
    await expect.poll(accountZone).toBe("America/Los_Angeles");
    await expect.poll(() => useDevice.count()).toBe(0);
  });

  it("has no serious or critical accessibility violation", () => {
    expect(findings).toEqual([]);
  });
});

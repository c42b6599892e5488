// Every screen the tests visit is checked with axe (no serious or critical violation) and
// photographed at phone (390x844) and desktop (1280x800) size under test-results/screens/.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { DESKTOP, PHONE } from "./browser.ts";

const dir = join(import.meta.dirname, "..", "..", "test-results", "screens");

export interface AxeFinding {
  readonly screen: string;
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Axe on the current screen; returns the serious and critical violations (an empty list passes). */
export async function axeProblems(page: Page, screen: string): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ screen, id: v.id, impact: v.impact ?? "", help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

/** Axe plus a screenshot at both sizes; the page is returned to the phone size it started at. The
 * assessment's one-question screens share one layout, so their desktop axe pass can be left out. */
export async function checkScreen(page: Page, name: string, opts: { desktopAxe?: boolean } = {}): Promise<AxeFinding[]> {
  mkdirSync(dir, { recursive: true });
  await page.locator(".loading").first().waitFor({ state: "detached", timeout: 10_000 }).catch(() => undefined);
  const problems = await axeProblems(page, name);
  await page.screenshot({ path: join(dir, `${name}-390x844.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: join(dir, `${name}-1280x800.png`), fullPage: true });
  if (opts.desktopAxe !== false) problems.push(...(await axeProblems(page, `${name} (desktop)`)));
  await page.setViewportSize(PHONE);
  return problems;
}

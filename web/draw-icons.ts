// Draws the PNG app icons from the SVGs in web/public with Debian's chromium (nothing downloaded).
// Run after changing an icon: node --import tsx web/draw-icons.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "../test/e2e/browser.ts";

const pub = join(import.meta.dirname, "public");
const jobs = [
  { svg: "icon.svg", out: "icon-192.png", size: 192 },
  { svg: "icon.svg", out: "icon-512.png", size: 512 },
  { svg: "icon-maskable.svg", out: "icon-maskable-512.png", size: 512 },
];
const browser = await launchChromium();
try {
  for (const j of jobs) {
    const page = await browser.newPage({ viewport: { width: j.size, height: j.size } });
    const svg = readFileSync(join(pub, j.svg), "utf8");
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${j.size}" height="${j.size}" `)}</body></html>`);
    await page.screenshot({ path: join(pub, j.out), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}

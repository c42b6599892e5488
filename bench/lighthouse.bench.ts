// Lighthouse mobile performance of the runner's first screen (budget: 95 or more), measured with
// lighthouse 12.2.3 in Debian's chromium against the real server serving the built app.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse, { type Result } from "lighthouse";
import "../web/build-if-stale.ts";
import { startServer } from "../test/e2e/server.ts";

const BUDGET = 95;
const PAGES = ["/", "/learn"];
/** Runs per page; the median is reported, since a shared machine makes single runs noisy. */
const RUNS = 3;
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Starts chromium with a DevTools port of its choosing and reads the port from its first words. */
async function startChromium(): Promise<{ port: number; stop: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), "strideback-lh-"));
  const child: ChildProcess = spawn("/usr/bin/chromium", [...FLAGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], { stdio: ["ignore", "ignore", "pipe"] });
  const port = await new Promise<number>((resolve, reject) => {
    let text = "";
    const timer = setTimeout(() => reject(new Error(`chromium did not start:\n${text}`)), 30_000);
    child.stderr?.on("data", (d: Buffer) => {
      text += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once("exit", (code) => reject(new Error(`chromium exited (${code}):\n${text}`)));
  });
  return {
    port,
    stop: () => {
      child.kill("SIGTERM");
      setTimeout(() => rmSync(profile, { recursive: true, force: true }), 500);
    },
  };
}

const server = await startServer();
const chrome = await startChromium();
let worst = 100;
try {
  for (const path of PAGES) {
    const runs: Result[] = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
      if (!result?.lhr) throw new Error(`lighthouse returned no result for ${path}`);
      runs.push(result.lhr);
    }
    const scoreOf = (r: Result) => Math.round((r.categories.performance?.score ?? 0) * 100);
    runs.sort((a, b) => scoreOf(a) - scoreOf(b));
    const lhr = runs[Math.floor(runs.length / 2)]!;
    const score = scoreOf(lhr);
    worst = Math.min(worst, score);
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? "?";
    console.log(
      `${path}: performance ${score} (median of ${RUNS}: ${runs.map(scoreOf).join(", ")}; budget ${BUDGET}); FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}, SI ${metric("speed-index")}`,
    );
  }
} finally {
  chrome.stop();
  await server.stop();
}
if (worst < BUDGET) {
  console.log(`BELOW BUDGET: the worst page scored ${worst}`);
  process.exitCode = 1;
}

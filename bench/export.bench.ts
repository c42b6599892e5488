// A 10-year export through the dry-run import pipeline (read zip -> nested zips -> peek/skip -> decode in
// worker threads -> per-file results), one fresh process per export, measuring wall time and peak RSS
// against the budget (< 30 s, < 300 MB on this 2-core machine). Builds the synthetic export first if absent.
// Run: npm run bench -- export
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importPaths } from "../src/activities/archive/import-paths.ts";
import { createDecodePool } from "../src/activities/archive/decode-pool.ts";
import { hasCorpus } from "../test/corpus.ts";
import { GARMIN_ZIP, STRAVA_ZIP, ensureSyntheticExport } from "./make-synthetic-export.ts";

const BUDGET = { seconds: 30, rssMB: 300 };

interface ChildReport {
  readonly wallS: number;
  readonly peakRssMB: number;
  readonly activity: number;
  readonly notActivity: number;
  readonly error: number;
  readonly records: number;
  readonly workers: number;
  /** First and last activity start, and how many activities each year holds (the dates were moved). */
  readonly first: string | null;
  readonly last: string | null;
  readonly perYear: Record<string, number>;
}

async function child(path: string, workers: number): Promise<void> {
  const t0 = performance.now();
  const counts = { activity: 0, not_activity: 0, error: 0, records: 0 };
  const starts: string[] = [];
  const decoder = createDecodePool({ workers, keepActivity: false });
  try {
    await importPaths([path], {
      decoder,
      onResult: (r) => {
        counts[r.kind]++;
        counts.records += r.records;
        if (r.kind === "activity" && r.start !== null) starts.push(r.start);
      },
    });
  } finally {
    await decoder.close();
  }
  const report: ChildReport = {
    wallS: (performance.now() - t0) / 1000,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    activity: counts.activity,
    notActivity: counts.not_activity,
    error: counts.error,
    records: counts.records,
    workers,
    first: starts.length > 0 ? starts.reduce((a, b) => (a < b ? a : b)) : null,
    last: starts.length > 0 ? starts.reduce((a, b) => (a > b ? a : b)) : null,
    perYear: countBy(starts, (s) => s.slice(0, 4)),
  };
  process.stdout.write(JSON.stringify(report) + "\n");
}

function countBy(list: readonly string[], key: (s: string) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of [...list].sort()) out[key(s)] = (out[key(s)] ?? 0) + 1;
  return out;
}

function measure(label: string, path: string, workers: number): void {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", fileURLToPath(import.meta.url), "--child", path, String(workers)],
    { encoding: "utf8" },
  );
  if (r.status !== 0) {
    console.log(`${label}: failed (exit ${r.status}) ${r.stderr.slice(0, 500)}`);
    process.exitCode = 1;
    return;
  }
  const rep = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as ChildReport;
  const mb = statSync(path).size / 1e6;
  const verdict =
    rep.wallS < BUDGET.seconds && rep.peakRssMB < BUDGET.rssMB ? "within budget" : "OVER BUDGET";
  console.log(
    `${label.padEnd(8)} ${mb.toFixed(0)} MB zip, ${rep.workers === 0 ? "decoding on the main thread" : `${rep.workers} decoding worker(s)`}: ${rep.wallS.toFixed(1)} s, peak RSS ${rep.peakRssMB.toFixed(0)} MB | ` +
      `${rep.activity} activities (${rep.records} records), ${rep.notActivity} skipped, ${rep.error} failed | ${verdict} (< ${BUDGET.seconds} s, < ${BUDGET.rssMB} MB)`,
  );
  if (rep.workers === 1)
    console.log(
      `${"".padEnd(8)} activities from ${rep.first?.slice(0, 10)} to ${rep.last?.slice(0, 10)}; per year: ${Object.entries(
        rep.perYear,
      )
        .map(([y, n]) => `${y} ${n}`)
        .join(", ")}`,
    );
}

if (process.argv[2] === "--child") {
  await child(process.argv[3]!, Number(process.argv[4]));
} else if (!hasCorpus) {
  console.log("skipped: the corpus (source of the synthetic export) is absent");
} else {
  const t0 = performance.now();
  const plan = ensureSyntheticExport();
  console.log(
    `synthetic export: ${plan.fitFiles} FIT (${(plan.fitBytes / 1e6).toFixed(0)} MB) + ${plan.xmlFiles} GPX/TCX activities; ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  for (const workers of [1, 2, 0]) {
    measure("garmin", GARMIN_ZIP, workers);
    measure("strava", STRAVA_ZIP, workers);
  }
}

// The 10-year export the way a runner sends it: uploaded to a real `strideback serve` (fresh SQLite in a temp
// folder) as one multipart request, imported by the background job and stored. Measures the time from the
// start of the upload to the job's end and the server process's peak RSS (VmHWM: the whole server, idle
// app included), against the export budget (< 30 s, < 300 MB). Builds the synthetic export first if absent.
// Run: npm run bench -- export-upload
import { openAsBlob, readFileSync, rmSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FetchClient, startServer } from "../test/live-server.ts";
import { hasCorpus } from "../test/corpus.ts";
import { GARMIN_ZIP, STRAVA_ZIP, ensureSyntheticExport } from "./make-synthetic-export.ts";

const BUDGET = { seconds: 30, rssMB: 300 };

/** A Linux process's resident memory now and at its peak, in MB (from /proc). */
function memoryOf(pid: number): { rssMB: number; peakMB: number; anonMB: number; fileMB: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return {
    rssMB: kb("VmRSS") / 1024,
    peakMB: kb("VmHWM") / 1024,
    anonMB: kb("RssAnon") / 1024,
    fileMB: (kb("RssFile") + kb("RssShmem")) / 1024,
  };
}

interface JobView {
  readonly status: string;
  readonly filesDone: number;
  readonly imported: number;
  readonly skipped: number;
  readonly failed: number;
}

async function measure(label: string, zip: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "strideback-bench-upload-"));
  const server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: "" });
  try {
    const pid = server.child.pid!;
    const client = new FetchClient(`${server.url}/api/v1`);
    await client.request("GET", "/session");
    const signup = await client.request("POST", "/auth/signup", {
      email: "bench@example.com",
      password: "correct horse battery staple",
      role: "runner",
    });
    if (signup.status !== 201) throw new Error(`sign-up: ${signup.status} ${JSON.stringify(signup.body)}`);
    const idle = memoryOf(pid);
    const form = new FormData();
    form.append("file", await openAsBlob(zip), zip.split("/").at(-1));
    const t0 = performance.now();
    const res = await fetch(`${server.url}/api/v1/imports`, {
      method: "POST",
      headers: {
        cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
        "x-csrf-token": client.cookies.get("sb_csrf")!,
      },
      body: form,
    });
    const accepted = (await res.json()) as { job?: { id: string } };
    if (res.status !== 202 || !accepted.job)
      throw new Error(`upload: ${res.status} ${JSON.stringify(accepted)}`);
    const uploadS = (performance.now() - t0) / 1000;
    let job: JobView;
    // The peak's parts, sampled while the job runs: heap and buffers (anonymous) against mapped files.
    let anonMB = 0;
    let fileMB = 0;
    for (;;) {
      const m = memoryOf(pid);
      anonMB = Math.max(anonMB, m.anonMB);
      fileMB = Math.max(fileMB, m.fileMB);
      job = (await client.request("GET", `/imports/${accepted.job.id}?limit=1`)).body.job as JobView;
      if (job.status === "done" || job.status === "failed") break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const totalS = (performance.now() - t0) / 1000;
    const { peakMB } = memoryOf(pid);
    const verdict = totalS < BUDGET.seconds && peakMB < BUDGET.rssMB ? "within budget" : "OVER BUDGET";
    console.log(
      `${label.padEnd(8)} upload answered in ${uploadS.toFixed(1)} s; job ${job.status} ${totalS.toFixed(1)} s after the upload began | ` +
        `server RSS idle ${idle.rssMB.toFixed(0)} MB, peak ${peakMB.toFixed(0)} MB (sampled: anonymous ${anonMB.toFixed(0)}, files ${fileMB.toFixed(0)}) | ${job.imported} stored, ${job.skipped} skipped, ${job.failed} failed of ${job.filesDone} | ${verdict} (< ${BUDGET.seconds} s, < ${BUDGET.rssMB} MB)`,
    );
    if (job.status !== "done") process.exitCode = 1;
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (!hasCorpus) {
  console.log("skipped: the corpus (source of the synthetic export) is absent");
} else if (process.platform !== "linux") {
  console.log("skipped: reads the server's peak memory from /proc (Linux only)");
} else {
  ensureSyntheticExport();
  await measure("garmin", GARMIN_ZIP);
  await measure("strava", STRAVA_ZIP);
}

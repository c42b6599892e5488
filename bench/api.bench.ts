// HTTP API: check-in write plus decision (POST /api/v1/episodes/:id/check-ins) at a fixed 500 requests
// per second on loopback with SQLite, against a bare Fastify route inserting one row with an fsync per
// commit (WAL, synchronous=FULL), in the same run; the product is measured with its default group commit
// and with SQLITE_SYNC=full. Budget (SPEC): p99 under 10 ms. Servers run as child processes; autocannon
// drives them from this one.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { FetchClient, startServer } from "../test/live-server.ts";
import { checkIn, injury, plusDays, runner } from "../test/store-fixtures.ts";
import { repoRoot } from "../test/corpus.ts";

const RATE = 500;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 20;
const RUNNERS = 100;

interface Target {
  readonly path: string;
  readonly headers: Record<string, string>;
}

async function prepareRunners(url: string): Promise<Target[]> {
  const today = new Date().toISOString().slice(0, 10);
  const injuryDate = plusDays(today, -20);
  const targets: Target[] = [];
  for (let i = 0; i < RUNNERS; i++) {
    const c = new FetchClient(url);
    await c.request("GET", "/api/v1/session");
    await c.request("POST", "/api/v1/auth/signup", { email: `bench${i}@example.com`, password: "correct horse battery", role: "runner" });
    // A realistic history: a check-in a day for the 20 days since the injury.
    const checkIns = Array.from({ length: 20 }, (_, d) => checkIn(plusDays(injuryDate, d), { painAtRest: Math.max(0, 4 - d / 4), painWalking: Math.max(0, 5 - d / 4) }));
    const ep = await c.request("POST", "/api/v1/episodes", { today, runner, injury: injury(injuryDate), checkIns });
    if (ep.status !== 201) throw new Error(`episode: ${ep.status} ${JSON.stringify(ep.body)}`);
    targets.push({
      path: `/api/v1/episodes/${ep.body.episode.id}/check-ins?today=${today}`,
      headers: {
        cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
        "x-csrf-token": c.cookies.get("sb_csrf")!,
        "content-type": "application/json",
      },
    });
  }
  return targets;
}

async function load(url: string, targets: readonly Target[], seconds: number): Promise<autocannon.Result> {
  const today = new Date().toISOString().slice(0, 10);
  let n = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    overallRate: RATE,
    duration: seconds,
    requests: [
      {
        method: "POST",
        setupRequest: (req) => {
          const target = targets[n % targets.length]!;
          n++;
          return { ...req, path: target.path, headers: target.headers, body: JSON.stringify({ ...checkIn(today, { painAtRest: n % 3 }), clientId: `bench-${process.pid}-${n}` }) };
        },
      },
    ],
  });
}

function line(name: string, m: Measured): string {
  const r = m.result;
  const non2xx = r.non2xx + r.errors + r.timeouts;
  return `${name.padEnd(34)} p50 ${r.latency.p50.toFixed(2).padStart(6)} ms   p99 ${r.latency.p99.toFixed(2).padStart(7)} ms   ${Math.round(r.requests.average)} req/s   server CPU ${m.cpuMsPerRequest.toFixed(2)} ms/request   ${r.requests.total} requests, ${non2xx} not 2xx`;
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return Number.NaN;
  }
}

interface Measured {
  readonly result: autocannon.Result;
  /** Server CPU milliseconds per request: what the load costs, whatever else the machine is doing. */
  readonly cpuMsPerRequest: number;
}

async function measured(pid: number | undefined, run: () => Promise<autocannon.Result>): Promise<Measured> {
  const before = cpuSeconds(pid);
  const result = await run();
  return { result, cpuMsPerRequest: ((cpuSeconds(pid) - before) * 1000) / result.requests.total };
}

async function measureStrideBack(dir: string, durability: "group" | "full"): Promise<Measured> {
  const server = await startServer({ DATA_DIR: join(dir, durability), LOG_LEVEL: "error", SQLITE_SYNC: durability });
  try {
    const targets = await prepareRunners(server.url);
    await load(server.url, targets, 3); // warm-up: JIT, page cache, WAL
    return await measured(server.child.pid, () => load(server.url, targets, DURATION_S));
  } finally {
    await server.stop();
  }
}

async function measureBare(dir: string): Promise<Measured> {
  const child = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "bench/bare-insert-server.ts")], { env: { ...process.env, DATA_DIR: dir }, stdio: ["ignore", "pipe", "inherit"] });
  try {
    const url = await new Promise<string>((resolve) =>
      child.stdout.on("data", (d: Buffer) => {
        const m = /open (http:\/\/\S+?)\//.exec(d.toString());
        if (m?.[1]) resolve(m[1]);
      }),
    );
    const targets = [{ path: "/bare", headers: { "content-type": "application/json" } }];
    await load(url, targets, 3);
    return await measured(child.pid, () => load(url, targets, DURATION_S));
  } finally {
    child.kill("SIGTERM");
  }
}

const dir = mkdtempSync(join(tmpdir(), "strideback-bench-"));
try {
  const api = await measureStrideBack(dir, "group");
  const bare = await measureBare(dir);
  const apiFull = await measureStrideBack(dir, "full");

  console.log(`${RATE} requests/s for ${DURATION_S} s, ${CONNECTIONS} connections, loopback; ${RUNNERS} runners with 20+ check-ins each`);
  console.log(line("check-in + decision, group commit", api));
  console.log(line("bare Fastify insert, sync=FULL", bare));
  console.log(line("check-in + decision, sync=FULL", apiFull));
  const [a, b] = [api.result.latency, bare.result.latency];
  console.log(`ratio (Stride Back group commit / bare FULL): p50 ${(a.p50 / b.p50).toFixed(2)}x, p99 ${(a.p99 / b.p99).toFixed(2)}x, server CPU per request ${(api.cpuMsPerRequest / bare.cpuMsPerRequest).toFixed(2)}x`);
  console.log(`budget p99 < 10 ms (default, group commit): ${a.p99 < 10 ? "met" : "NOT met"} (${a.p99.toFixed(2)} ms); load average now ${loadavg().map((x) => x.toFixed(1)).join(" ")} on ${cpus().length} cores`);
  if (api.result.non2xx + api.result.errors + apiFull.result.non2xx + apiFull.result.errors > 0) {
    console.log("some check-ins failed: the figures are not valid");
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

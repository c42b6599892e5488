// FIT decoding speed: our decodeFit vs fit-file-parser on the clean FIT corpus, in memory, same process.
// Interleaved rounds (ours, then the peer), medians per pass, after warm-up. @garmin/fitsdk is never timed.
// Run: npm run bench -- fit        (FIT_BENCH_ROUNDS=7 to change the number of rounds)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import FitParser from "fit-file-parser";
import { corpusDir, hasCorpus } from "../test/corpus.ts";
import { decodeFit } from "../src/activities/fit/decode-fit.ts";

const ROUNDS = Number(process.env.FIT_BENCH_ROUNDS ?? 5);
const OURS_PASSES_PER_ROUND = 10;
const WARM_UP_PASSES = 2;
/** bench/run.ts starts node with --expose-gc: collect between batches so neither side pays for the other's garbage. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

interface PassResult {
  readonly ms: number;
  readonly records: number;
  readonly failures: number;
}

function loadFiles(): Buffer<ArrayBuffer>[] {
  const dir = join(corpusDir, "fit");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".fit") || f.endsWith(".fit.gz"))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f));
      return f.endsWith(".gz") ? gunzipSync(raw) : raw;
    });
}

function oursPass(files: readonly Buffer<ArrayBuffer>[]): PassResult {
  let records = 0;
  let failures = 0;
  const t0 = performance.now();
  for (const f of files) {
    const r = decodeFit(f);
    if (r.kind === "activity") records += r.records;
    else failures++;
  }
  return { ms: performance.now() - t0, records, failures };
}

function peerPass(files: readonly Buffer<ArrayBuffer>[]): PassResult {
  let records = 0;
  let failures = 0;
  const parser = new FitParser({ force: true, mode: "list" });
  const t0 = performance.now();
  for (const f of files) {
    parser.parse(f, (error, data) => {
      if (error !== undefined || data === undefined) failures++;
      else records += data.records?.length ?? 0;
    });
  }
  return { ms: performance.now() - t0, records, failures };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function line(name: string, msPerPass: number, megabytes: number, pass: PassResult): string {
  const mbps = megabytes / (msPerPass / 1000);
  const rps = pass.records / (msPerPass / 1000);
  return `${name.padEnd(16)} ${msPerPass.toFixed(1).padStart(8)} ms/pass ${mbps.toFixed(1).padStart(7)} MB/s ${(rps / 1000).toFixed(0).padStart(7)}k records/s  (${pass.records} records, ${pass.failures} failures)`;
}

function main(): void {
  if (!hasCorpus) {
    console.log(`fit bench skipped: the corpus (${corpusDir}) is absent`);
    return;
  }
  const files = loadFiles();
  const megabytes = files.reduce((n, f) => n + f.length, 0) / 1e6;
  console.log(
    `${files.length} FIT files, ${megabytes.toFixed(2)} MB; ${ROUNDS} rounds of ${OURS_PASSES_PER_ROUND} passes (ours) and 1 pass (fit-file-parser), after ${WARM_UP_PASSES} warm-up passes each`,
  );
  for (let i = 0; i < WARM_UP_PASSES; i++) {
    oursPass(files);
    peerPass(files);
  }
  const ours: PassResult[] = [];
  const peer: PassResult[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    collectGarbage();
    for (let p = 0; p < OURS_PASSES_PER_ROUND; p++) ours.push(oursPass(files));
    collectGarbage();
    peer.push(peerPass(files));
  }
  const oursMs = median(ours.map((p) => p.ms));
  const peerMs = median(peer.map((p) => p.ms));
  console.log(line("decodeFit", oursMs, megabytes, ours[0]!));
  console.log(line("fit-file-parser", peerMs, megabytes, peer[0]!));
  console.log(`ratio: decodeFit is ${(peerMs / oursMs).toFixed(1)}x fit-file-parser (median ms per pass)`);
}

main();

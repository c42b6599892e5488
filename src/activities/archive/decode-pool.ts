// Decoding spread over worker threads, so a 2-core machine decodes one file while reading the next and
// the budget for a 10-year export holds. One thread means no worker at all (tests, tiny imports).
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ImportFileResult } from "../import-file.ts";
import { type DecodeService, inProcessDecoder } from "./decode-queue.ts";
import { DEFAULT_LIMITS, type ImportLimits } from "./limits.ts";

export interface DecodePoolOptions {
  /** Decoding threads; default one per core, at most 4. */
  readonly threads?: number | undefined;
  /** Send the samples back (to store them); a dry run keeps only the figures. */
  readonly keepActivity: boolean;
  readonly limits?: ImportLimits;
}

const MAX_DEFAULT_THREADS = 4;
/** The worker is TypeScript: it registers the same loader as the CLI (tsx) before loading the script. */
const WORKER_BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./decode-worker.ts", import.meta.url).href)}); })`;

export function createDecodePool(options: DecodePoolOptions): DecodeService {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const threads = options.threads ?? Math.min(availableParallelism(), MAX_DEFAULT_THREADS);
  if (threads <= 1) return inProcessDecoder(limits);
  return new WorkerPool(threads, limits, options.keepActivity);
}

interface Pending {
  readonly resolve: (result: ImportFileResult) => void;
  readonly reject: (error: Error) => void;
  readonly worker: Worker;
}

class WorkerPool implements DecodeService {
  readonly parallelism: number;
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(threads: number, limits: ImportLimits, keepActivity: boolean) {
    this.parallelism = threads;
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, execArgv: [], workerData: { limits, keepActivity } });
      worker.on("message", (m: { id: number; result: ImportFileResult }) => this.settle(m.id, m.result));
      worker.on("error", (e) => this.failAll(worker, e));
      this.workers.push(worker);
      this.load.set(worker, 0);
    }
  }

  decode(file: string, bytes: Uint8Array): Promise<ImportFileResult> {
    const worker = this.leastLoaded();
    const id = this.nextId++;
    this.load.set(worker, (this.load.get(worker) ?? 0) + 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker });
      // Transfer the buffer when it is ours alone; a view on a shared pool buffer is copied.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const transfer = own && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
      worker.postMessage({ id, file, bytes }, transfer);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private leastLoaded(): Worker {
    let best = this.workers[0]!;
    for (const w of this.workers) if ((this.load.get(w) ?? 0) < (this.load.get(best) ?? 0)) best = w;
    return best;
  }

  private settle(id: number, result: ImportFileResult): void {
    const job = this.pending.get(id);
    if (!job) return;
    this.pending.delete(id);
    this.load.set(job.worker, (this.load.get(job.worker) ?? 1) - 1);
    job.resolve(result);
  }

  private failAll(worker: Worker, error: Error): void {
    for (const [id, job] of this.pending) {
      if (job.worker !== worker) continue;
      this.pending.delete(id);
      job.reject(new Error(`decoding thread failed: ${error.message}`));
    }
  }
}

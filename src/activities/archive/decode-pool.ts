// Decoding in worker threads, so one core decodes while the other reads and inflates the next entries and
// a 10-year export stays within its budget on 2 cores. Zero workers decodes on the calling thread.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { failed, type ImportFileResult } from "../import-file.ts";
import { type DecodeService, inProcessDecoder } from "./decode-queue.ts";
import { DEFAULT_LIMITS, type ImportLimits } from "./limits.ts";

export interface DecodePoolOptions {
  /** Worker threads that decode; 0 decodes on the calling thread. Default: one per core but the reader's, at least 1, at most 3. */
  readonly workers?: number | undefined;
  /** Older spelling, still used by `analyze`: decoding threads in all, 1 or fewer meaning the calling thread. */
  readonly threads?: number | undefined;
  /**
   * What comes back besides the figures: `true` the whole activity (samples too: the load report reads
   * them); `"stored"` the activity without samples plus its stored form (trace, best speed: made in the
   * worker, for importing into the store); `false` nothing (a dry run).
   */
  readonly keepActivity: boolean | "stored";
  readonly limits?: ImportLimits;
}

const MAX_DEFAULT_WORKERS = 3;
const WORKER_HEAP_MB = 96;
/**
 * From the compiled server (dist/cli/main.mjs, scripts/build-server.ts) the worker is dist/cli/decode-worker.mjs;
 * from the sources it is TypeScript, so it registers the same loader as the CLI (tsx) before loading it.
 */
function workerBootstrap(): string {
  if (import.meta.url.endsWith(".mjs"))
    return `import(${JSON.stringify(new URL("./decode-worker.mjs", import.meta.url).href)})`;
  return `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./decode-worker.ts", import.meta.url).href)}); })`;
}

export function createDecodePool(options: DecodePoolOptions): DecodeService {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const legacy = options.threads === undefined ? undefined : options.threads <= 1 ? 0 : options.threads;
  const workers =
    options.workers ?? legacy ?? Math.max(1, Math.min(availableParallelism() - 1, MAX_DEFAULT_WORKERS));
  if (workers <= 0) return inProcessDecoder(limits);
  return new WorkerPool(workers, limits, options.keepActivity);
}

interface Pending {
  readonly file: string;
  readonly resolve: (result: ImportFileResult) => void;
  readonly worker: Worker;
}

class WorkerPool implements DecodeService {
  readonly parallelism: number;
  private workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closing = false;

  constructor(
    threads: number,
    private readonly limits: ImportLimits,
    private readonly keepActivity: boolean | "stored",
  ) {
    this.parallelism = threads;
    for (let i = 0; i < threads; i++) this.spawn();
  }

  decode(file: string, bytes: Uint8Array): Promise<ImportFileResult> {
    const worker = this.leastLoaded();
    const id = this.nextId++;
    this.load.set(worker, (this.load.get(worker) ?? 0) + 1);
    return new Promise((resolve) => {
      this.pending.set(id, { file, resolve, worker });
      // Transfer the buffer when it is ours alone; a view on a shared pool buffer is copied.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const transfer = own && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
      worker.postMessage({ id, file, bytes }, transfer);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(workerBootstrap(), {
      eval: true,
      execArgv: [],
      workerData: { limits: this.limits, keepActivity: this.keepActivity },
      // A decode holds a few MB at a time: a small heap makes V8 collect early instead of growing RSS.
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 8 },
    });
    worker.on("message", (m: { id: number; result: ImportFileResult }) => this.settle(m.id, m.result));
    worker.on("error", (e) => this.replace(worker, e.message));
    worker.on("exit", (code) => this.replace(worker, `exited with code ${code}`));
    this.workers.push(worker);
    this.load.set(worker, 0);
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

  /** A thread that died (out of memory on a hostile file, say) fails its files, not the import. */
  private replace(worker: Worker, why: string): void {
    if (this.closing || !this.workers.includes(worker)) return;
    this.workers = this.workers.filter((w) => w !== worker);
    this.load.delete(worker);
    for (const [id, job] of this.pending) {
      if (job.worker !== worker) continue;
      this.pending.delete(id);
      job.resolve(failed(job.file, null, `decoding thread failed: ${why}`));
    }
    this.spawn();
  }
}

// A decoding thread of the import: bytes in, per-file result out. The samples (typed arrays) are sent back
// only when the caller stores activities; a dry run needs the summary figures alone.
import { parentPort, workerData } from "node:worker_threads";
import { importBytes } from "../import-file.ts";
import type { ImportLimits } from "./limits.ts";

interface Job {
  readonly id: number;
  readonly file: string;
  readonly bytes: Uint8Array;
}

const { limits, keepActivity } = workerData as { limits: ImportLimits; keepActivity: boolean };

parentPort?.on("message", (job: Job) => {
  const result = importBytes(job.file, job.bytes, limits);
  const { activity, ...figures } = result;
  parentPort?.postMessage({
    id: job.id,
    result: keepActivity && activity ? { ...figures, activity } : figures,
  });
});

// A decoding thread of the import: bytes in, per-file result out. The samples (typed arrays) are sent back
// only when the caller reads them (the load report); an import into the store gets the stored form made here
// (trace, best speed) and the activity without samples; a dry run needs the summary figures alone.
import { parentPort, workerData } from "node:worker_threads";
import { importBytes } from "../import-file.ts";
import { storedFormOf, withoutSamples } from "../stored-form.ts";
import type { ImportLimits } from "./limits.ts";

interface Job {
  readonly id: number;
  readonly file: string;
  readonly bytes: Uint8Array;
}

const { limits, keepActivity } = workerData as { limits: ImportLimits; keepActivity: boolean | "stored" };

parentPort?.on("message", (job: Job) => {
  const result = importBytes(job.file, job.bytes, limits);
  const { activity, ...figures } = result;
  parentPort?.postMessage({
    id: job.id,
    result:
      !keepActivity || !activity
        ? figures
        : keepActivity === "stored"
          ? { ...figures, activity: withoutSamples(activity), storedForm: storedFormOf(activity.samples) }
          : { ...figures, activity },
  });
});

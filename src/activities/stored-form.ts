// What a store keeps of an activity's samples: the packed 5 s speed/cadence trace and the best 10 s speed.
// Worked out where the file is decoded (a worker thread, for a big import), so the samples never have to
// travel to the thread that stores.
import { bestSustainedSpeed, traceSpeed } from "../domain/load/speed-trace.ts";
import type { Activity, Samples } from "./activity.ts";
import { encodeTrace } from "./activity-trace.ts";
import { createSamples } from "./samples.ts";

export interface StoredForm {
  /** The packed trace (activity-trace.ts); null when there is nothing to pack. */
  readonly trace: string | null;
  readonly bestSpeedMps: number | null;
}

export function storedFormOf(samples: Samples): StoredForm {
  return {
    trace: encodeTrace(samples),
    bestSpeedMps: samples.length > 0 ? bestSustainedSpeed(traceSpeed(samples)) : null,
  };
}

/** The activity without its samples (an empty set): what is left once the stored form is made. */
export function withoutSamples(activity: Activity): Activity {
  return { ...activity, samples: createSamples(0) };
}

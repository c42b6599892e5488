// The plain input of the load analysis: one activity as the domain needs it, whatever file it came from.
// The CLI and the server map the canonical Activity to this; the domain never sees files.
import { dayNumber } from "../dates.ts";

/** Per-sample channels, one index per sample; NaN where a channel has no value. */
export interface LoadSamples {
  /** Seconds since the activity's start. */
  readonly time: ArrayLike<number>;
  /** Metres per second. */
  readonly speed: ArrayLike<number>;
  /** Steps per minute (both feet); one-foot counts are recognised and doubled. */
  readonly cadence: ArrayLike<number>;
}

export interface LoadActivity {
  /** ISO date-time; UTC when it carries no offset. */
  readonly start: string;
  /**
   * The calendar date where the runner was (YYYY-MM-DD, worked out by the caller with localDateOf): what
   * weeks and windows count the run in. Without it, the UTC date of `start`.
   */
  readonly localDate?: string;
  /** Only "running" counts as running volume. */
  readonly sport: string;
  readonly durationS: number;
  readonly movingTimeS: number;
  /** 0 when the file has no distance (a treadmill without a foot pod). */
  readonly distanceM: number;
  readonly samples?: LoadSamples;
}

/** A running activity with its start resolved, the unit every analysis works on. */
export interface Run {
  readonly activity: LoadActivity;
  /** Milliseconds since 1970-01-01T00:00Z. */
  readonly startMs: number;
  /** Days since 1970-01-01 of the local date (the UTC start date without one). */
  readonly day: number;
  readonly timeS: number;
  readonly distanceM: number;
}

export const MS_PER_DAY = 86_400_000;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Milliseconds since the epoch, or null when `iso` is not an ISO date or date-time. No zone means UTC. */
export function parseInstant(iso: string): number | null {
  if (!ISO_INSTANT.test(iso)) return null;
  const zoned = iso.length === 10 || /(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`;
  const ms = Date.parse(zoned);
  return Number.isFinite(ms) ? ms : null;
}

/** Moving time when the file has it, else elapsed time. */
export function runTimeS(a: LoadActivity): number {
  return a.movingTimeS > 0 ? a.movingTimeS : Math.max(0, a.durationS);
}

export function isRunning(a: LoadActivity): boolean {
  return a.sport === "running";
}

/**
 * The running activities with a readable start, oldest first, and how many activities were dropped
 * because their start could not be read.
 */
export function toRuns(activities: readonly LoadActivity[]): { runs: Run[]; unreadableStarts: number } {
  const runs: Run[] = [];
  let unreadableStarts = 0;
  for (const activity of activities) {
    if (!isRunning(activity)) continue;
    const startMs = parseInstant(activity.start);
    if (startMs === null) {
      unreadableStarts++;
      continue;
    }
    const distanceM = Number.isFinite(activity.distanceM) && activity.distanceM > 0 ? activity.distanceM : 0;
    runs.push({
      activity,
      startMs,
      day: (activity.localDate === undefined ? null : dayNumber(activity.localDate)) ?? Math.floor(startMs / MS_PER_DAY),
      timeS: runTimeS(activity),
      distanceM,
    });
  }
  runs.sort((a, b) => a.startMs - b.startMs);
  return { runs, unreadableStarts };
}

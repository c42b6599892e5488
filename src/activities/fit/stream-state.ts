// What the streaming FIT decoder accumulates across the (possibly chained) files of one input.
import { SampleBuilder } from "../samples.ts";

export interface FitFileId {
  readonly type: number | null;
  readonly manufacturer: number | null;
  readonly product: number | null;
  readonly productName: string | null;
  /** FIT seconds (since 1989-12-31T00:00:00Z). */
  readonly timeCreated: number | null;
}

export interface FitSession {
  readonly sport: number | null;
  readonly subSport: number | null;
  /** FIT seconds. */
  readonly startTime: number | null;
  readonly elapsedS: number | null;
  readonly timerS: number | null;
  readonly distanceM: number | null;
}

export type FitLap = Omit<FitSession, "subSport">;

export interface StreamState {
  readonly samples: SampleBuilder;
  /** Record messages decoded (several records with one timestamp share a sample). */
  records: number;
  readonly fileIds: FitFileId[];
  readonly sessions: FitSession[];
  readonly laps: FitLap[];
  /** sport messages (sport, sub_sport), used when a file has no session. */
  readonly sports: { readonly sport: number | null; readonly subSport: number | null }[];
  readonly warnings: string[];
  /** activity messages: timestamp and local_timestamp (FIT seconds; null when absent), for the UTC offset. */
  readonly activityTimes: { readonly timestamp: number | null; readonly localTimestamp: number | null }[];
  /** The last timestamp seen in any message: the reference for compressed timestamps (FIT seconds). */
  lastTimestamp: number;
  /** Timestamp of the newest sample, and its index: records sharing a timestamp fill one sample. */
  sampleTimestamp: number;
  sampleIndex: number;
  /** record.compressed_speed_distance: last 12-bit distance (1/16 m) and the total it accumulates (m). */
  compressedDistanceLast: number;
  compressedDistanceTotal: number;
  sampleLimitReached: boolean;
  compressedWithoutReference: boolean;
  /** Whether any compressed-timestamp header was seen (resynchronisation only accepts them then). */
  sawCompressed: boolean;
  /** Scratch values of the message being decoded, by target (non-record messages only). */
  readonly scratch: Float64Array;
}

/**
 * Fewest bytes a record can take that starts a new sample (a compressed-timestamp header and one byte of data),
 * bounding sample storage by the input size: at most 8 channels x 8 bytes per 2 input bytes.
 */
const MIN_BYTES_PER_SAMPLE = 2;
/** Real activity files hold a sample per ~30-45 bytes: sized so, the arrays rarely need to grow. */
const TYPICAL_BYTES_PER_SAMPLE = 32;

export function createStreamState(inputBytes: number, scratchSize: number): StreamState {
  const maxSamples = Math.ceil(inputBytes / MIN_BYTES_PER_SAMPLE) + 16;
  return {
    samples: new SampleBuilder(
      Math.min(Math.max(256, inputBytes / TYPICAL_BYTES_PER_SAMPLE), maxSamples),
      maxSamples,
    ),
    records: 0,
    fileIds: [],
    sessions: [],
    laps: [],
    sports: [],
    warnings: [],
    activityTimes: [],
    lastTimestamp: Number.NaN,
    sampleTimestamp: Number.NaN,
    sampleIndex: -1,
    compressedDistanceLast: 0,
    compressedDistanceTotal: 0,
    sampleLimitReached: false,
    compressedWithoutReference: false,
    sawCompressed: false,
    scratch: new Float64Array(scratchSize),
  };
}

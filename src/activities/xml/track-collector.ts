// Gathers the trackpoints a GPX or TCX decoder reads into typed-array samples, then turns them into the
// canonical Activity (times relative to the first timed point; per-foot cadence doubled for foot sports).
import type { Activity, Lap, Sport } from "../activity.ts";
import { haversineM } from "../derive-channels.ts";
import { SAMPLE_CHANNELS, SampleBuilder, type SampleChannel } from "../samples.ts";
import { buildActivity } from "../summary.ts";
import type { XmlDecodeResult } from "./decode-result.ts";
import { countsCadencePerFoot } from "./sport-name.ts";

/** Over 11 days at one point a second: more is hostile or broken input, and is cut off with a warning. */
export const MAX_TRACKPOINTS = 1_000_000;
/** A median above this (per minute) is already both feet; files that count steps are not doubled again. */
const PER_FOOT_CADENCE_CEILING = 130;

/** Every sample channel but time, which a decoder sets from a parsed date. */
export type NumericChannel = Exclude<SampleChannel, "time">;
const NUMERIC_CHANNELS: readonly (string | null)[] = SAMPLE_CHANNELS.filter((c) => c !== "time");

export function isNumericChannel(name: string | null): name is NumericChannel {
  return NUMERIC_CHANNELS.includes(name);
}

export interface TrackDescription {
  readonly format: Activity["format"];
  readonly sport: Sport;
  readonly device: string | null;
  readonly laps: readonly Lap[];
}

export class TrackCollector {
  private readonly samples = new SampleBuilder(1024, MAX_TRACKPOINTS);
  /** Epoch milliseconds per point while reading; made relative to the start in `finish`. */
  private current = -1;
  private hasData = false;
  private full = false;
  readonly warnings: string[] = [];
  /** Running distance over positions, for formats without a distance channel (GPX). */
  private travelledM = 0;
  private lastLatitude = Number.NaN;
  private lastLongitude = Number.NaN;

  /**
   * `distanceFromPositions`: sum the distance between consecutive positions as points arrive, restarting at
   * each `breakSegment` (GPX: a new segment means reception was lost, so the jump is not distance run).
   */
  constructor(private readonly distanceFromPositions = false) {}

  get count(): number {
    return this.samples.length;
  }

  /** Starts a trackpoint; its values are set with `setTime` and `set` until `endPoint`. */
  beginPoint(): void {
    this.current = this.samples.add();
    this.hasData = false;
    if (this.current < 0 && !this.full) {
      this.full = true;
      this.warnings.push(`more than ${MAX_TRACKPOINTS} trackpoints: the rest were ignored`);
    }
  }

  setTime(epochMs: number): void {
    if (this.current < 0 || !Number.isFinite(epochMs)) return;
    this.samples.time[this.current] = epochMs;
    this.hasData = true;
  }

  set(channel: NumericChannel, value: number): void {
    if (this.current < 0 || !Number.isFinite(value)) return;
    this.samples[channel][this.current] = value;
    this.hasData = true;
  }

  /** A position outside the globe (OpenTracks wrote lat=100/200 as pause markers) is left out. */
  setPosition(latitude: number, longitude: number): void {
    if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) return;
    this.set("latitude", latitude);
    this.set("longitude", longitude);
  }

  /** Closes the trackpoint; one that carried nothing at all is dropped. */
  endPoint(): void {
    const i = this.current;
    this.current = -1;
    if (i < 0) return;
    if (!this.hasData) return this.samples.removeLast();
    if (this.distanceFromPositions) this.accumulateDistance(i);
  }

  /** The next point starts a new stretch: no distance is counted from the previous one. */
  breakSegment(): void {
    this.lastLatitude = Number.NaN;
    this.lastLongitude = Number.NaN;
  }

  private accumulateDistance(i: number): void {
    const latitude = this.samples.latitude[i]!;
    const longitude = this.samples.longitude[i]!;
    if (Number.isFinite(latitude)) {
      if (Number.isFinite(this.lastLatitude)) {
        this.travelledM += haversineM(this.lastLatitude, this.lastLongitude, latitude, longitude);
      }
      this.lastLatitude = latitude;
      this.lastLongitude = longitude;
    }
    this.samples.distance[i] = this.travelledM;
  }

  /**
   * The Activity, or `not_activity` when most trackpoints have no time: a drawn or planned route has
   * neither a date nor a duration, even if a few of its points were stamped.
   */
  finish(track: TrackDescription): XmlDecodeResult {
    const samples = this.samples.finish();
    const timed = countFinite(samples.time);
    if (timed * 2 < samples.length || timed === 0) {
      return {
        kind: "not_activity",
        fileType: `${track.format}-untimed-track`,
        reason: `only ${timed} of ${samples.length} trackpoints have a time: a route, not a recording`,
      };
    }
    if (timed < samples.length) this.warnings.push(`${samples.length - timed} trackpoints have no time`);
    const startMs = firstFinite(samples.time);
    for (let i = 0; i < samples.length; i++) samples.time[i] = (samples.time[i]! - startMs) / 1000;
    if (countsCadencePerFoot(track.sport) && median(samples.cadence) <= PER_FOOT_CADENCE_CEILING) {
      for (let i = 0; i < samples.length; i++) samples.cadence[i] = samples.cadence[i]! * 2;
    }
    const activity = buildActivity({
      format: track.format,
      sport: track.sport,
      start: new Date(startMs).toISOString(),
      utcOffsetS: null, // GPX and TCX times are UTC instants; neither format says where the runner was
      device: track.device,
      samples,
      laps: track.laps,
    });
    return { kind: "activity", activity, records: samples.length, warnings: this.warnings };
  }
}

function countFinite(values: Float64Array): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) n++;
  return n;
}

function firstFinite(values: Float64Array): number {
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) return values[i]!;
  return Number.NaN;
}

/** Median of the readings above zero; NaN when there are none. */
function median(values: Float64Array): number {
  const positive = values.filter((v) => v > 0).sort();
  return positive.length === 0 ? Number.NaN : positive[positive.length >> 1]!;
}

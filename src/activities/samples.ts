// Typed-array sample storage that parsers append to cheaply (NaN-filled, grows by doubling) and then freeze
// into the canonical `Samples` of an Activity.
import type { Samples } from "./activity.ts";

export const SAMPLE_CHANNELS = [
  "time",
  "distance",
  "speed",
  "heartRate",
  "cadence",
  "altitude",
  "latitude",
  "longitude",
] as const satisfies readonly (keyof Samples)[];

export type SampleChannel = (typeof SAMPLE_CHANNELS)[number];

/** `Samples` whose arrays may be written (the reference stays fixed; the values do not). */
export type MutableSamples = { length: number } & { [K in SampleChannel]: Float64Array };

function nanArray(n: number): Float64Array {
  return new Float64Array(n).fill(Number.NaN);
}

/** `n` samples with every channel NaN, for parsers that know their sample count up front. */
export function createSamples(n: number): MutableSamples {
  return {
    length: n,
    time: nanArray(n),
    distance: nanArray(n),
    speed: nanArray(n),
    heartRate: nanArray(n),
    cadence: nanArray(n),
    altitude: nanArray(n),
    latitude: nanArray(n),
    longitude: nanArray(n),
  };
}

/**
 * Appends samples to NaN-filled typed arrays that grow by doubling, never beyond `maxSamples`
 * (parsers bound it by what their input could hold, so hostile input cannot allocate absurd sizes).
 * Usage: `const i = b.add(); if (i >= 0) { b.time[i] = t; b.heartRate[i] = hr; }`.
 */
export class SampleBuilder {
  length = 0;
  time: Float64Array;
  distance: Float64Array;
  speed: Float64Array;
  heartRate: Float64Array;
  cadence: Float64Array;
  altitude: Float64Array;
  latitude: Float64Array;
  longitude: Float64Array;
  private capacity: number;
  private readonly maxSamples: number;

  constructor(initialCapacity = 1024, maxSamples = Number.MAX_SAFE_INTEGER) {
    this.maxSamples = Math.max(0, Math.floor(maxSamples));
    this.capacity = Math.max(1, Math.min(Math.floor(initialCapacity), this.maxSamples));
    this.time = nanArray(this.capacity);
    this.distance = nanArray(this.capacity);
    this.speed = nanArray(this.capacity);
    this.heartRate = nanArray(this.capacity);
    this.cadence = nanArray(this.capacity);
    this.altitude = nanArray(this.capacity);
    this.latitude = nanArray(this.capacity);
    this.longitude = nanArray(this.capacity);
  }

  /** Starts a new sample (all channels NaN) and returns its index, or -1 once `maxSamples` is reached. */
  add(): number {
    if (this.length === this.capacity && !this.grow()) return -1;
    return this.length++;
  }

  /** Drops the last sample (e.g. a parser found it was empty); its slots are reset to NaN. */
  removeLast(): void {
    if (this.length === 0) return;
    this.length--;
    for (const c of SAMPLE_CHANNELS) this[c][this.length] = Number.NaN;
  }

  /** The samples so far, trimmed to length (views share memory with this builder until it grows again). */
  finish(): MutableSamples {
    const n = this.length;
    return {
      length: n,
      time: this.time.subarray(0, n),
      distance: this.distance.subarray(0, n),
      speed: this.speed.subarray(0, n),
      heartRate: this.heartRate.subarray(0, n),
      cadence: this.cadence.subarray(0, n),
      altitude: this.altitude.subarray(0, n),
      latitude: this.latitude.subarray(0, n),
      longitude: this.longitude.subarray(0, n),
    };
  }

  private grow(): boolean {
    if (this.capacity >= this.maxSamples) return false;
    const next = Math.min(this.capacity * 2, this.maxSamples);
    for (const c of SAMPLE_CHANNELS) {
      const bigger = nanArray(next);
      bigger.set(this[c]);
      this[c] = bigger;
    }
    this.capacity = next;
    return true;
  }
}

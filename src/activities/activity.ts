// The one canonical Activity every importer produces, whatever the file format.

export type Sport = "running" | "walking" | "cycling" | "swimming" | "hiking" | "other";

/** Samples as parallel typed arrays (one index per sample); NaN where a channel has no value. */
export interface Samples {
  readonly length: number;
  /** Seconds since the activity's start. */
  readonly time: Float64Array;
  /** Metres from the start (cumulative). */
  readonly distance: Float64Array;
  /** Metres per second. */
  readonly speed: Float64Array;
  readonly heartRate: Float64Array;
  /** Steps per minute (both feet: FIT's running cadence is doubled). */
  readonly cadence: Float64Array;
  /** Metres above sea level. */
  readonly altitude: Float64Array;
  /** Degrees. */
  readonly latitude: Float64Array;
  readonly longitude: Float64Array;
}

export interface Lap {
  readonly start: string; // ISO date-time (UTC)
  readonly durationS: number;
  readonly distanceM: number;
}

export interface ActivitySummary {
  readonly durationS: number;
  readonly movingTimeS: number;
  readonly distanceM: number;
  /** Seconds per km; null without distance. */
  readonly avgPaceSPerKm: number | null;
  readonly bestPaceSPerKm: number | null;
  readonly elevationGainM: number | null;
  readonly avgHeartRate: number | null;
  readonly avgCadence: number | null;
  /** Seconds above the runner's own high-speed threshold, when one was given. */
  readonly timeAboveHighSpeedS: number | null;
  readonly maxSpeedMps: number | null;
}

export interface Activity {
  readonly format: "fit" | "gpx" | "tcx";
  readonly sport: Sport;
  /** ISO date-time (UTC). */
  readonly start: string;
  /**
   * Seconds east of UTC where the activity was recorded, from the file itself (FIT's activity.local_timestamp,
   * rounded to 15 minutes); null when the file does not say (GPX, TCX, many FIT files).
   */
  readonly utcOffsetS: number | null;
  readonly device: string | null;
  readonly samples: Samples;
  readonly laps: readonly Lap[];
  readonly summary: ActivitySummary;
}

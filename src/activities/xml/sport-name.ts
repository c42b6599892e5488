// Sport from the free text GPX `<type>` and TCX `Sport="..."` carry: "Running", "run", "TrailRun",
// "Biking", "cycling", and StravaGPX's numeric codes ("9" run, "1" ride, as in the corpus files).
import type { Sport } from "../activity.ts";

/** StravaGPX writes its activity type as a number. */
const STRAVA_TYPE_CODES: Readonly<Record<string, Sport>> = {
  "1": "cycling",
  "4": "hiking",
  "9": "running",
  "10": "walking",
};

/** Checked in order: the first word fragment found decides ("treadmill_running" is running). */
const SPORT_WORDS: readonly (readonly [RegExp, Sport])[] = [
  [/run|jog|treadmill/, "running"],
  [/hik|trek/, "hiking"],
  [/walk/, "walking"],
  [/bik|cycl|ride|velo/, "cycling"],
  [/swim/, "swimming"],
];

export function sportFromName(name: string | null | undefined): Sport {
  if (!name) return "other";
  const text = name.trim().toLowerCase();
  const coded = STRAVA_TYPE_CODES[text];
  if (coded) return coded;
  for (const [pattern, sport] of SPORT_WORDS) if (pattern.test(text)) return sport;
  return "other";
}

/** Sports whose cadence files count per foot (strides) while the canonical Activity counts both feet. */
export function countsCadencePerFoot(sport: Sport): boolean {
  return sport === "running" || sport === "walking" || sport === "hiking";
}

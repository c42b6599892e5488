// Hints an export gives about its files (Strava's activities.csv, Garmin's summaries), applied to a decoded
// result only where the file itself was silent: a GPX without <type> gets the sport Strava listed for it.
import type { ImportFileResult } from "../import-file.ts";
import { garminSportAt, readGarminSummaries, type GarminSummaries } from "./garmin-summaries.ts";
import type { ImportLimits } from "./limits.ts";
import { readStravaIndex, type SportHints } from "./strava-index.ts";

export interface ExportHints {
  strava: SportHints;
  garmin: GarminSummaries | null;
  garminSummaryCount: number | null;
}

/** Index files bigger than this are not read (they are optional; a huge one is suspicious). */
const MAX_INDEX_BYTES = 64 * 1024 * 1024;

export function noHints(): ExportHints {
  return { strava: new Map(), garmin: null, garminSummaryCount: null };
}

/** Reads one index file into `hints`; a broken index is ignored, since hints are optional. */
export async function readHintEntry(
  hints: ExportHints,
  role: "strava-index" | "garmin-summaries",
  read: () => Promise<string>,
  limits: ImportLimits,
): Promise<void> {
  try {
    const text = await read();
    if (text.length > Math.min(MAX_INDEX_BYTES, limits.maxEntryBytes)) return;
    if (role === "strava-index") hints.strava = new Map([...hints.strava, ...readStravaIndex(text)]);
    else {
      const summaries = readGarminSummaries(text);
      hints.garmin = summaries;
      hints.garminSummaryCount = (hints.garminSummaryCount ?? 0) + summaries.count;
    }
  } catch {
    // Optional data: the activities themselves are still imported.
  }
}

/** `path`: the file's path inside its export (`activities/123.gpx`), used to find its Strava row. */
export function applyHints(result: ImportFileResult, hints: ExportHints, path: string): ImportFileResult {
  if (result.kind !== "activity" || result.sport !== "other" || !result.activity || !result.start)
    return result;
  const at = path.replaceAll("\\", "/").lastIndexOf("activities/");
  const sport =
    (at >= 0 ? hints.strava.get(path.slice(at).replaceAll("\\", "/")) : undefined) ??
    (hints.garmin ? garminSportAt(hints.garmin, result.start) : null);
  if (!sport) return result;
  return { ...result, sport, activity: { ...result.activity, sport } };
}

// What an entry of an export (zip entry or file in a folder) is to the importer, from its path alone, so
// media, routes, private CSVs and macOS junk are skipped without reading a byte of them.

export type EntryRole =
  | "activity" // .fit / .gpx / .tcx, optionally .gz
  | "archive" // a nested zip (Garmin's UploadedFiles_*.zip)
  | "strava-index" // Strava's activities.csv
  | "garmin-summaries" // Garmin's *_summarizedActivities.json
  | "ignored";

const ACTIVITY_FILE = /\.(fit|gpx|tcx)(\.gz)?$/i;
/** Folders of a Strava export that hold no recorded activity: photos/videos, planned routes. */
const SKIPPED_FOLDERS = /(^|\/)(media|routes|__MACOSX)\//i;

export function entryRole(path: string): EntryRole {
  const normalised = path.replaceAll("\\", "/");
  const base = normalised.slice(normalised.lastIndexOf("/") + 1);
  if (base === "" || base.startsWith("._") || SKIPPED_FOLDERS.test(normalised)) return "ignored";
  const lower = base.toLowerCase();
  if (ACTIVITY_FILE.test(lower)) return "activity";
  if (lower.endsWith(".zip")) return "archive";
  if (lower === "activities.csv") return "strava-index";
  if (lower.endsWith("_summarizedactivities.json")) return "garmin-summaries";
  return "ignored";
}

/** A plain FIT inside an archive: worth peeking at its file_id before inflating it all (Garmin exports). */
export function isPlainFit(path: string): boolean {
  return /\.fit$/i.test(path);
}

// Strava's activities.csv: which sport each exported file is. Headers are localised and repeated, so the
// `Filename` column is found by its values (`activities/123.fit.gz`) and the type column by values that
// name a sport. Used only as a hint where a file itself does not say its sport (most GPX).
import type { Sport } from "../activity.ts";
import { sportFromName } from "../xml/sport-name.ts";

export type SportHints = ReadonlyMap<string, Sport>;

const FILENAME_VALUE = /^activities\/[^/]+\.(fit|gpx|tcx)(\.gz)?$/i;
/** Only the first columns can be the activity type (Strava puts it 4th). */
const TYPE_COLUMN_SEARCH = 8;

/** File path inside the export (`activities/123.gpx`) -> sport, for rows whose type names a sport. */
export function readStravaIndex(csv: string): SportHints {
  const rows = parseCsv(csv);
  const body = rows.slice(1);
  const filenameColumn = mostMatching(body, rows[0]?.length ?? 0, (v) => FILENAME_VALUE.test(v));
  if (filenameColumn < 0) return new Map();
  const typeColumn = mostMatching(
    body,
    Math.min(TYPE_COLUMN_SEARCH, rows[0]?.length ?? 0),
    (v) => sportFromName(v) !== "other",
  );
  const hints = new Map<string, Sport>();
  if (typeColumn < 0) return hints;
  for (const row of body) {
    const file = row[filenameColumn]?.trim();
    const sport = sportFromName(row[typeColumn]);
    if (file && sport !== "other") hints.set(file, sport);
  }
  return hints;
}

/** The column (below `width`) where most rows match, or -1 when none does. */
function mostMatching(rows: readonly string[][], width: number, matches: (value: string) => boolean): number {
  let best = -1;
  let bestCount = 0;
  for (let c = 0; c < width; c++) {
    let count = 0;
    for (const row of rows) if (matches(row[c]?.trim() ?? "")) count++;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines (Strava descriptions do). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = "";
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else field += c;
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

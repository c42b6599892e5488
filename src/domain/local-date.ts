// The calendar date an activity happened on where the runner was, and "today" in the runner's time zone.
// Pure: time zones are read with Intl on instants the caller gives, never from a clock.

/** A watch's UTC offset is whole quarter hours; beyond ±14 h (Kiribati, Baker Island) it is a broken clock. */
const QUARTER_HOUR_S = 900;
const MAX_OFFSET_S = 14 * 3600;
const MS_PER_DAY = 86_400_000;

/**
 * The UTC offset (seconds east of UTC) a FIT `activity` message implies: local_timestamp − timestamp,
 * rounded to 15 minutes; null when either is missing or the offset is beyond ±14 h.
 */
export function offsetFromLocalTimestamp(utcS: number | null, localS: number | null): number | null {
  if (utcS === null || localS === null || !Number.isFinite(utcS) || !Number.isFinite(localS)) return null;
  const offset = Math.round((localS - utcS) / QUARTER_HOUR_S) * QUARTER_HOUR_S;
  return Math.abs(offset) <= MAX_OFFSET_S ? offset + 0 : null; // + 0 turns -0 into 0
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", calendar: "iso8601", numberingSystem: "latn" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The canonical name of an IANA time zone ("america/los_angeles" -> "America/Los_Angeles"), or null when it is not one. */
export function canonicalTimeZone(zone: string): string | null {
  // Offsets ("+05:00") and abbreviations are not zones: a runner's zone must know its daylight-saving rules
  // (ICU would read "EST" as America/Panama, which has none). Area/Location names, and UTC itself.
  if (zone.length === 0 || zone.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return null;
  if (!zone.includes("/") && !/^(UTC|GMT)$/i.test(zone)) return null;
  try {
    return formatterFor(zone).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** YYYY-MM-DD of the instant `ms` in `timeZone` (an IANA zone; an unknown one reads as UTC). */
export function dateInZone(ms: number, timeZone: string | null): string {
  if (timeZone !== null && canonicalTimeZone(timeZone) !== null) {
    const parts = formatterFor(timeZone).formatToParts(ms);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
    const year = part("year");
    if (/^\d{4}$/.test(year)) return `${year}-${part("month")}-${part("day")}`;
  }
  return utcDate(ms);
}

function utcDate(ms: number): string {
  const day = Math.floor(ms / MS_PER_DAY);
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The local calendar date of an activity that started at `start` (ISO date-time): by the file's own UTC
 * offset when it has one, otherwise in the runner's time zone at that instant (daylight saving included),
 * otherwise the UTC date.
 */
export function localDateOf(start: string, utcOffsetS: number | null, timeZone: string | null): string {
  const ms = Date.parse(start);
  if (!Number.isFinite(ms)) return start.slice(0, 10);
  if (utcOffsetS !== null && Number.isFinite(utcOffsetS)) return utcDate(ms + utcOffsetS * 1000);
  return dateInZone(ms, timeZone);
}

// Day numbers (days since 1970-01-01) and ISO weeks (Monday first), without a clock or a time zone.

/** The Monday on or before `day` (1970-01-01 was a Thursday). */
export function isoWeekStart(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** The ISO date (YYYY-MM-DD) of a day number. */
export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

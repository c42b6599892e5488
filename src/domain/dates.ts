// Calendar dates as ISO strings (YYYY-MM-DD), compared and subtracted without a clock or a time zone.
// Parsing is by hand (no regex, no Date) because the engine reads every date of an episode on each decision.

/** Days since 1970-01-01 for a valid ISO date, or null when the string is not a real calendar date. */
export function dayNumber(iso: string): number | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return daysFromCivil(y, m, d);
}

/** Whole days from `from` to `to` (both valid ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return mustDay(to) - mustDay(from);
}

/** The ISO date `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date((mustDay(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}

export function isIsoDate(s: string): boolean {
  return dayNumber(s) !== null;
}

export function mustDay(iso: string): number {
  const n = dayNumber(iso);
  if (n === null) throw new RangeError(`not an ISO date: ${iso}`);
  return n;
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Howard Hinnant's days_from_civil.
function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

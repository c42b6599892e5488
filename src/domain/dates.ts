// Calendar dates as ISO strings (YYYY-MM-DD), compared and subtracted without a clock or a time zone.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid ISO date, or null when the string is not a real calendar date. */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / 86_400_000);
}

/** Whole days from `from` to `to` (both valid ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === null || b === null) throw new RangeError(`not an ISO date: ${a === null ? from : to}`);
  return b - a;
}

/** The ISO date `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  const n = dayNumber(iso);
  if (n === null) throw new RangeError(`not an ISO date: ${iso}`);
  return new Date((n + days) * 86_400_000).toISOString().slice(0, 10);
}

export function isIsoDate(s: string): boolean {
  return dayNumber(s) !== null;
}

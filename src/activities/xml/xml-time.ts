// ISO 8601 date-times as GPX and TCX write them, to epoch milliseconds. Offsets (`+02:00`) are applied;
// a time with no zone at all (GPX 1.0 exporters, some TCX) is read as UTC, never as this machine's zone.

const ISO_DATE_TIME =
  /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?\s*$/i;

/** Epoch milliseconds, or NaN when `text` is not an ISO date-time. */
export function parseXmlTime(text: string): number {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60)
    return Number.NaN;
  const millis = fraction === undefined ? 0 : Number(`0.${fraction}`) * 1000;
  const utc = Date.UTC(Number(y), month - 1, day, hour, minute, second) + millis;
  return utc - zoneOffsetMs(zone);
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined || zone === "Z" || zone === "z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 60 + minutes) * 60_000;
}

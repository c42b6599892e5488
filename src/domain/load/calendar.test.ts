import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dayNumber } from "../dates.ts";
import { dayToIso, isoWeekStart } from "./calendar.ts";
import { parseInstant } from "./load-activity.ts";

const day = (iso: string) => dayNumber(iso) as number;

describe("isoWeekStart", () => {
  it.each([
    ["2026-03-16", "2026-03-16"], // Monday
    ["2026-03-20", "2026-03-16"], // Friday
    ["2026-03-22", "2026-03-16"], // Sunday
    ["2026-01-01", "2025-12-29"], // a week across the new year
    ["1970-01-01", "1969-12-29"], // before day 0's Monday
    ["1969-12-28", "1969-12-22"],
  ])("%s is in the week of %s", (date, monday) => {
    expect(dayToIso(isoWeekStart(day(date)))).toBe(monday);
  });

  it("always gives a Monday at most 6 days earlier", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (d) => {
        const m = isoWeekStart(d);
        expect(d - m).toBeGreaterThanOrEqual(0);
        expect(d - m).toBeLessThanOrEqual(6);
        expect(new Date(m * 86_400_000).getUTCDay()).toBe(1);
      }),
    );
  });
});

describe("parseInstant", () => {
  it.each([
    ["2026-03-20T07:00:00Z", Date.UTC(2026, 2, 20, 7)],
    ["2026-03-20T07:00:00", Date.UTC(2026, 2, 20, 7)], // no zone: UTC, never the machine's zone
    ["2026-03-20T09:00:00+02:00", Date.UTC(2026, 2, 20, 7)],
    ["2026-03-20T07:00:00.250Z", Date.UTC(2026, 2, 20, 7, 0, 0, 250)],
    ["2026-03-20", Date.UTC(2026, 2, 20)],
    ["20 March 2026", null],
    ["2026-13-01T00:00:00Z", null],
    ["", null],
  ])("%j -> %j", (iso, ms) => {
    expect(parseInstant(iso)).toBe(ms);
  });
});

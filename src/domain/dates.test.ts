import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, dayNumber, daysBetween } from "./dates.ts";

describe("dates", () => {
  it.each([
    ["1970-01-01", 0],
    ["2026-11-27", Date.UTC(2026, 10, 27) / 86_400_000],
    ["2024-02-29", Date.UTC(2024, 1, 29) / 86_400_000],
    ["2000-02-29", Date.UTC(2000, 1, 29) / 86_400_000],
  ])("%s is day %d", (iso, n) => expect(dayNumber(iso)).toBe(n));

  it.each([
    "2025-02-29",
    "1900-02-29",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "26-11-27",
    "2026/11/27",
    "2026-11-2x",
    "",
  ])("%s is not a date", (iso) => expect(dayNumber(iso)).toBeNull());

  it("agrees with Date.UTC on any day from 1900 to 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(dayNumber(iso)).toBe(n);
        expect(addDays(iso, 3)).toBe(new Date((n + 3) * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });

  it("counts days across a month end", () => expect(daysBetween("2026-11-25", "2026-12-02")).toBe(7));
});

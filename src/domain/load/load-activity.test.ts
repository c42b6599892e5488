import { describe, expect, it } from "vitest";
import { dayNumber } from "../dates.ts";
import { isoWeekStart } from "./calendar.ts";
import { toRuns, type LoadActivity } from "./load-activity.ts";

const run = (start: string, localDate?: string): LoadActivity => ({
  start,
  ...(localDate === undefined ? {} : { localDate }),
  sport: "running",
  durationS: 1800,
  movingTimeS: 1800,
  distanceM: 5000,
});

describe("toRuns dates each run by its local date", () => {
  it("puts a Sunday-evening run in California in that ISO week, not the next", () => {
    // Monday 23 Nov 2026, 02:00 UTC = Sunday 22 Nov, 18:00 in Los Angeles.
    const [local] = toRuns([run("2026-11-23T02:00:00.000Z", "2026-11-22")]).runs;
    const [utc] = toRuns([run("2026-11-23T02:00:00.000Z")]).runs;
    expect(local!.day).toBe(dayNumber("2026-11-22"));
    expect(utc!.day).toBe(dayNumber("2026-11-23"));
    expect(isoWeekStart(local!.day)).toBe(dayNumber("2026-11-16"));
    expect(isoWeekStart(utc!.day)).toBe(dayNumber("2026-11-23"));
  });

  it("falls back to the UTC date when the local date is not a date", () => {
    expect(toRuns([run("2026-11-23T02:00:00.000Z", "yesterday")]).runs[0]!.day).toBe(dayNumber("2026-11-23"));
  });
});

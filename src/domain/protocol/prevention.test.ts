// The prevention programme as a scheduler walks it: week lookup, session days, the single-run cap.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isNordicDay, preventionSession, preventionWeekFor, singleRunCapKm } from "./prevention.ts";

describe("preventionSession", () => {
  it("walks weeks 1 to 10 then stays on weekly maintenance", () => {
    expect(preventionSession(1).sets).toHaveLength(2);
    expect(preventionSession(10).week).toBe(10);
    fc.assert(
      fc.property(fc.integer({ min: 11, max: 5000 }), (w) => {
        expect(preventionSession(w).week).toBe("maintenance");
      }),
    );
  });

  it.each([0, -1, 1.5, Number.NaN])("rejects week %s with a clear error", (w) => {
    expect(() => preventionSession(w)).toThrow(/whole number from 1/);
  });

  it("never drops sessions or repetitions from one week to the next within the 10 weeks", () => {
    for (let w = 2; w <= 10; w++) {
      const before = preventionSession(w - 1);
      const now = preventionSession(w);
      expect(now.sessionsPerWeek).toBeGreaterThanOrEqual(before.sessionsPerWeek);
      const total = (s: typeof now) => s.sets.reduce((n, r) => n + r.min, 0);
      expect(total(now)).toBeGreaterThanOrEqual(total(before));
    }
  });
});

describe("session days", () => {
  it("give each programme week exactly its number of sessions, never on two days in a row", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (week0) => {
        const days = Array.from({ length: 7 }, (_, d) => week0 * 7 + d).filter(isNordicDay);
        expect(days.length).toBe(preventionSession(week0 + 1).sessionsPerWeek);
        for (let i = 1; i < days.length; i++) expect((days[i] ?? 0) - (days[i - 1] ?? 0)).toBeGreaterThan(1);
      }),
    );
    expect(preventionWeekFor(0)).toBe(1);
    expect(preventionWeekFor(7)).toBe(2);
  });
});

describe("singleRunCapKm", () => {
  it("is 10 % over the longest run of the last 30 days, never more", () => {
    expect(singleRunCapKm(12)).toBe(13.2);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (km) => {
        const cap = singleRunCapKm(km);
        expect(cap).toBeLessThanOrEqual(km * 1.1 + 1e-9);
        expect(cap).toBeGreaterThan(km * 1.1 - 0.1 - 1e-9);
      }),
    );
  });
});

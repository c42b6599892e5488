// The safety invariants of the engine, over many generated episodes (fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween } from "./dates.ts";
import { evaluateEpisode } from "./engine.ts";
import { episodeSchema, type Episode } from "./episode.ts";
import { RULE_IDS } from "./rules/catalogue.ts";
import { decisionSchema } from "./decision-schema.ts";
import { episodeArbitrary } from "../../test/episode-arbitrary.ts";

const RUNS = { numRuns: 3000 };
const current = (ep: Episode) => ep.checkIns[ep.checkIns.length - 1]!;
const redFlagNow = (ep: Episode) => {
  const c = current(ep);
  return (
    c.saddleNumbnessOrBladder ||
    c.tenseEscalatingThigh ||
    c.calfSwellingWarmth ||
    c.footNumbnessOrDrop ||
    c.walking === "unable" ||
    ep.checkIns.some((x) => x.gapFelt)
  );
};

describe("engine invariants", () => {
  it("generates only valid episodes", () => {
    fc.assert(
      fc.property(episodeArbitrary, (ep) => {
        expect(episodeSchema.safeParse(ep).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("a red flag always means no running, no phase", () => {
    fc.assert(
      fc.property(episodeArbitrary, (ep) => {
        fc.pre(redFlagNow(ep));
        const d = evaluateEpisode(ep);
        expect(d.canRun).toBe("no");
        expect(d.phase).toBeNull();
        expect(["emergency", "same_day", "within_days"]).toContain(d.referral);
      }),
      RUNS,
    );
  });

  it("grade II or III, or a slow healer, before phase 3 always means no running", () => {
    fc.assert(
      fc.property(episodeArbitrary, (ep) => {
        const d = evaluateEpisode(ep);
        if (
          d.condition === "strain" &&
          (d.grade === "II" || d.grade === "III" || d.slowHealer) &&
          d.phase !== null &&
          d.phase < 3
        )
          expect(d.canRun).toBe("no");
      }),
      RUNS,
    );
  });

  it("a run whose pain rose means no running the next day", () => {
    // Make the last run (or a new one) one whose pain rose, dated today.
    const withPainRose = fc
      .tuple(episodeArbitrary, fc.integer({ min: 0, max: 10 }))
      .map(([ep, painDuring]): Episode => {
        const runs = [...(ep.runs ?? [])];
        const last = runs.pop() ?? {
          date: ep.today,
          minutes: 15,
          effort: 0.5,
          painDuring,
          stoppedEarly: false,
          limp: false,
          painAfter: 1,
        };
        return { ...ep, runs: [...runs, { ...last, date: ep.today, painRose: true }] };
      });
    fc.assert(
      fc.property(withPainRose, (ep) => {
        const last = ep.runs![ep.runs!.length - 1]!;
        expect(daysBetween(last.date, ep.today)).toBeLessThanOrEqual(1);
        expect(evaluateEpisode(ep).canRun).toBe("no");
      }),
      RUNS,
    );
  });

  it("limited always comes with run limits, and only limited does", () => {
    fc.assert(
      fc.property(episodeArbitrary, (ep) => {
        const d = evaluateEpisode(ep);
        if (d.canRun === "limited") {
          expect(d.runLimits).not.toBeNull();
          expect(d.runLimits!.maxPainDuring).toBeLessThanOrEqual(3);
        } else expect(d.runLimits).toBeNull();
      }),
      RUNS,
    );
  });

  it("the phase never moves more than one step per check-in (a re-triage to phase 1 is a new strain)", () => {
    fc.assert(
      fc.property(episodeArbitrary, (ep) => {
        const d = evaluateEpisode(ep);
        const perDate = new Map<string, number>();
        for (const c of ep.checkIns) perDate.set(c.date, (perDate.get(c.date) ?? 0) + 1);
        const movesPerDate = new Map<string, number>();
        let phase = 1;
        for (const m of d.phaseHistory) {
          expect(m.from).toBe(phase);
          if (m.rule === "PH-RETRIAGE") expect(m.to).toBe(1);
          else expect(Math.abs(m.to - m.from)).toBe(1);
          movesPerDate.set(m.date, (movesPerDate.get(m.date) ?? 0) + 1);
          phase = m.to;
        }
        for (const [date, n] of movesPerDate) expect(n).toBeLessThanOrEqual(perDate.get(date) ?? 0);
        if (d.phase !== null) expect(d.phase).toBe(phase);
      }),
      RUNS,
    );
  });

  it("every decision has a reason, and every reason's rule is in the tables", () => {
    fc.assert(
      fc.property(episodeArbitrary, (ep) => {
        const d = evaluateEpisode(ep);
        expect(decisionSchema.safeParse(d).success).toBe(true);
        expect(d.reasons.length).toBeGreaterThan(0);
        for (const r of d.reasons) {
          expect(RULE_IDS.has(r.rule), r.rule).toBe(true);
          expect(r.text.length).toBeGreaterThan(10);
          expect(r.source.length).toBeGreaterThan(2);
        }
      }),
      RUNS,
    );
  });

  it("a range, never a single date; none outside a strain", () => {
    fc.assert(
      fc.property(episodeArbitrary, (ep) => {
        const d = evaluateEpisode(ep);
        if (d.expectedReturnDays) expect(d.expectedReturnDays[0]).toBeLessThan(d.expectedReturnDays[1]);
        if (d.condition !== "strain") expect(d.expectedReturnDays).toBeNull();
        if (d.runStage !== null) expect(d.phase).toBe(3);
      }),
      RUNS,
    );
  });

  it("no running in the first two days of a strain", () => {
    fc.assert(
      fc.property(episodeArbitrary, (ep) => {
        const d = evaluateEpisode(ep);
        if (d.condition === "strain" && d.day <= 2) expect(d.canRun).toBe("no");
      }),
      RUNS,
    );
  });
  it("running is never allowed after a recent run that went badly, whatever runs came after it (seed)", () => {
    fc.assert(
      fc.property(episodeArbitrary, (ep) => {
        const d = evaluateEpisode(ep);
        if (d.canRun === "no") return;
        for (const r of ep.runs ?? []) {
          const ago = daysBetween(r.date, ep.today);
          expect(ago <= 1 && (r.painRose || r.stoppedEarly), r.date).toBe(false);
          expect(ago < 3 && r.painAfter >= 5, r.date).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it("a strain allows running only from day 3, walking normally without pain, at phase 3 unless grade I", () => {
    fc.assert(
      fc.property(episodeArbitrary, (ep) => {
        const d = evaluateEpisode(ep);
        if (d.condition !== "strain" || d.canRun === "no") return;
        expect(d.day).toBeGreaterThanOrEqual(3);
        expect(current(ep).walking).toBe("normal_pain_free");
        if (d.grade !== "I" || d.slowHealer) expect(d.phase).toBeGreaterThanOrEqual(3);
        if (d.canRun === "yes") expect(d.phase).toBe(4);
      }),
      RUNS,
    );
  });

  it("no phase above 1 on days 0 to 2 (protect)", () => {
    fc.assert(
      fc.property(episodeArbitrary, (ep) => {
        const d = evaluateEpisode(ep);
        if (d.day <= 2 && d.phase !== null) expect(d.phase).toBe(1);
      }),
      RUNS,
    );
  });
  it("every answer that allows a run repeats the seed's stop rule (stop when the pain gets worse as you go)", () => {
    fc.assert(
      fc.property(episodeArbitrary, (ep) => {
        const d = evaluateEpisode(ep);
        if (d.canRun === "no") return;
        expect(d.reasons.some((r) => /\bstop if\b/i.test(r.text))).toBe(true);
      }),
      RUNS,
    );
  });
  it("a clinician's 'not cleared to run' on the current check-in always means no running", () => {
    fc.assert(
      fc.property(episodeArbitrary, (ep) => {
        const last = current(ep);
        const held: Episode = {
          ...ep,
          checkIns: [
            ...ep.checkIns.slice(0, -1),
            { ...last, clinician: { ...last.clinician, clearedToRun: false } },
          ],
        };
        const d = evaluateEpisode(held);
        expect(d.canRun).toBe("no");
        expect(d.runLimits).toBeNull();
      }),
      RUNS,
    );
  });
});

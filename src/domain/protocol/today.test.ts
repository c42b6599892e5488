// Today's plan: protect days, scheduling by day, slow healers, run guidance, and safety invariants.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Phase, RunStage } from "../decision.ts";
import { PROTECT_EXERCISES, phasePlan } from "./phases.ts";
import { preventionSession } from "./prevention.ts";
import { todayPlan, type TodayInput } from "./today.ts";

const base: TodayInput = { phase: 1, day: 5, canRun: "no", runStage: null, slowHealer: false };
const ids = (input: TodayInput) => todayPlan(input).exercises.map((e) => e.exercise.id);

describe("todayPlan", () => {
  it.each([0, 1, 2])("day %i of phase 1 is protect content only, and no run whatever canRun says", (day) => {
    const plan = todayPlan({ ...base, day, canRun: "limited" });
    expect(plan.focus).toBe("protect");
    expect(plan.exercises.map((e) => e.exercise.id)).toEqual([...PROTECT_EXERCISES]);
    expect(plan.run.kind).toBe("none");
    expect(plan.stopRules).toEqual([]);
  });

  it("day 3 of phase 1 has the full phase 1 session, nerve glide marked conditional", () => {
    const plan = todayPlan({ ...base, day: 3 });
    expect(plan.focus).toBe("phase");
    expect(plan.exercises.map((e) => e.exercise.id)).toEqual(phasePlan(1).exercises);
    const floss = plan.exercises.find((e) => e.exercise.id === "sciatic-nerve-floss");
    expect(floss?.notes.join(" ")).toMatch(/slump test/);
    expect(plan.painRules.map((r) => r.id)).toEqual(["strength", "nerve"]);
  });

  it("leaves quick work out for slow healers before phase 3 and warns on lengthening work", () => {
    const input = { ...base, phase: 2, slowHealer: true } as const;
    expect(ids(input)).not.toContain("side-shuffle-grapevine");
    expect(ids({ ...input, slowHealer: false })).toContain("side-shuffle-grapevine");
    const windmill = todayPlan(input).exercises.find((e) => e.exercise.id === "single-leg-windmill");
    expect(windmill?.notes.join(" ")).toMatch(/never stretch into it/);
    expect(todayPlan(input).advice.map((a) => a.id)).toEqual(
      expect.arrayContaining(["no-stretch-into-pain", "no-speed"]),
    );
  });

  it("spaces the Askling exercises: Extender daily, Diver every 2nd day, Glider every 3rd", () => {
    const on = (daysInPhase: number) =>
      ids({ ...base, phase: 3, canRun: "limited", runStage: 1, daysInPhase });
    expect(on(0)).toEqual(expect.arrayContaining(["askling-extender", "askling-diver", "askling-glider"]));
    expect(on(1)).toContain("askling-extender");
    expect(on(1)).not.toContain("askling-diver");
    expect(on(1)).not.toContain("askling-glider");
    expect(on(2)).toContain("askling-diver");
    expect(on(3)).toContain("askling-glider");
  });

  it("reminds of the seed's overload levers on strength work in phase 3 only", () => {
    const curl = (phase: Phase) =>
      todayPlan({ ...base, phase, canRun: "no" }).exercises.find(
        (e) => e.exercise.id === "supine-hamstring-curl",
      );
    expect(curl(3)?.notes.join(" ")).toMatch(
      /a stronger band, more repetitions, slower repetitions or more weight/,
    );
    expect(curl(2)?.notes).toEqual([]);
  });

  it("shows the current run stage in phase 3", () => {
    const plan = todayPlan({ ...base, phase: 3, canRun: "limited", runStage: 4 });
    expect(plan.run.kind).toBe("stage");
    if (plan.run.kind === "stage") expect(plan.run.guide.limits.maxMinutes).toBe(40);
    expect(plan.painRules.map((r) => r.id)).toContain("running");
    expect(plan.habits.length).toBeGreaterThan(0);
  });

  it("gives the stage 1 walk-jog limits for a limited run before phase 3 (grade I)", () => {
    const plan = todayPlan({ ...base, phase: 2, canRun: "limited" });
    expect(plan.run.kind).toBe("limited");
    if (plan.run.kind === "limited")
      expect(plan.run.guide.limits).toEqual({
        maxMinutes: 20,
        maxEffort: 0.5,
        walkRun: true,
        flatOnly: true,
        maxPainDuring: 2,
      });
  });

  it("schedules Nordic sessions in phase 4 by programme week", () => {
    const phase4 = (daysInPhase: number) => todayPlan({ ...base, phase: 4, canRun: "yes", daysInPhase });
    expect(phase4(0).exercises[0]?.nordicWeek).toEqual(preventionSession(1));
    expect(phase4(0).exercises[0]?.dosage).toMatchObject({ kind: "reps", sets: 2, reps: [5, 5] });
    expect(phase4(28).exercises[0]?.dosage).toMatchObject({ kind: "reps", sets: 3, reps: [12, 10, 8] });
    expect(phase4(14).exercises[0]?.dosage).toMatchObject({ sets: 3, reps: [6, 6, 6] });
    expect(phase4(14).exercises[0]?.notes.join(" ")).toMatch(
      /week 3: 3 sessions this week; sets of 6-8, 6-8, 6-8/,
    );
    expect(phase4(70).exercises[0]?.notes.join(" ")).toMatch(/Maintenance: 1 session this week/);
    expect(phase4(1).exercises).toEqual([]);
    const week5 = [28, 29, 30, 31, 32, 33, 34].filter((d) => phase4(d).exercises.length > 0);
    expect(week5.length).toBe(3);
    expect(phase4(0).run.kind).toBe("normal");
    expect(phase4(0).run.kind === "normal" && phase4(0).run.text).toMatch(/10 %/);
  });
});

describe("todayPlan invariants", () => {
  const input = fc.record({
    phase: fc.constantFrom<Phase>(1, 2, 3, 4),
    day: fc.integer({ min: 0, max: 400 }),
    canRun: fc.constantFrom("no", "limited", "yes"),
    runStage: fc.option(fc.constantFrom<RunStage>(1, 2, 3, 4, 5, 6), { nil: null }),
    slowHealer: fc.boolean(),
    daysInPhase: fc.integer({ min: 0, max: 200 }),
  }) satisfies fc.Arbitrary<TodayInput>;

  it("never offers a run when the engine says no, or on protect days", () => {
    fc.assert(
      fc.property(input, (i) => {
        const plan = todayPlan(i);
        if (i.canRun === "no" || (i.phase === 1 && i.day <= 2)) expect(plan.run.kind).toBe("none");
        expect(plan.painRules.some((r) => r.id === "running")).toBe(plan.run.kind !== "none");
      }),
    );
  });

  it("only lists exercises of the current phase, and no quick work for slow healers before phase 3", () => {
    fc.assert(
      fc.property(input, (i) => {
        const allowed = new Set<string>([...phasePlan(i.phase).exercises, ...PROTECT_EXERCISES]);
        for (const e of todayPlan(i).exercises) {
          expect(allowed.has(e.exercise.id)).toBe(true);
          if (i.slowHealer && i.phase < 3) expect(e.exercise.quick).toBe(false);
        }
      }),
    );
  });

  it("always carries the strength pain rule and the phase's advice", () => {
    fc.assert(
      fc.property(input, (i) => {
        const plan = todayPlan(i);
        expect(plan.painRules[0]?.id).toBe("strength");
        expect(plan.advice.length).toBeGreaterThan(0);
      }),
    );
  });
});

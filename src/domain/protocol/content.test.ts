// Integrity of the protocol content: ids, dosage, how-to, sources, and agreement with the contract.
import { describe, expect, it } from "vitest";
import { testsSchema } from "../episode.ts";
import { CITATIONS } from "./citations.ts";
import { EXERCISES, exerciseById } from "./exercises.ts";
import { GATE_TESTS, gatePhase, gateTestsFor } from "./gate-tests.ts";
import { PHASE_GATE_TESTS } from "../rules/phases.ts";
import { GRADE1_LIMITS } from "../rules/run-today.ts";
import { RUN_STAGES as ENGINE_RUN_STAGES } from "../rules/stages.ts";
import { PAIN_RULES } from "./pain-rules.ts";
import { PHASE_PLANS, PROTECT_EXERCISES, SLOW_HEALER_CAUTIONS, phasePlan } from "./phases.ts";
import {
  HIGHER_RISK_WINDOW,
  NORDIC_ADHERENCE,
  NORDIC_PROGRAMME,
  NORDIC_SOURCE,
  SINGLE_RUN_SPIKE_RULE,
} from "./prevention.ts";
import { EFFORT_FEEL_SOURCE, RUN_HABITS, RUN_STAGES, STOP_RULES } from "./run-stages.ts";
import { findSources } from "./sources-walk.ts";

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe("exercises", () => {
  it("have unique kebab-case ids", () => {
    const ids = EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(kebab);
  });

  it("referenced by a phase or the protect days all exist", () => {
    const referenced = [...PHASE_PLANS.flatMap((p) => p.exercises), ...PROTECT_EXERCISES];
    for (const id of referenced) expect(exerciseById(id), id).toBeDefined();
  });

  it("are each used by some phase", () => {
    const used = new Set<string>(PHASE_PLANS.flatMap((p) => p.exercises));
    for (const e of EXERCISES) expect(used.has(e.id), e.id).toBe(true);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))(
    "%s has a sourced dosage, a full how-to and sources",
    (_id, e) => {
      expect(e.sources.length).toBeGreaterThan(0);
      expect(e.dosage.sources.length).toBeGreaterThan(0);
      expect(e.dosage.frequency.perDay).toBeGreaterThan(0);
      expect(e.dosage.frequency.everyNthDay).toBeGreaterThan(0);
      if (e.dosage.kind === "as-tolerated") expect(e.dosage.guide.length).toBeGreaterThan(10);
      else expect(e.dosage.sets).toBeGreaterThan(0);
      const h = e.howTo;
      for (const list of [h.setup, h.movement, h.commonMistakes, h.easier, h.harder])
        expect(list.length).toBeGreaterThan(0);
      expect(h.breathingAndTempo.length).toBeGreaterThan(0);
      expect(e.purpose.length).toBeGreaterThan(0);
      expect(PAIN_RULES[e.painRule]).toBeDefined();
    },
  );

  it("carry the evidence's dosage for the key exercises", () => {
    const dose = (id: string) => exerciseById(id)?.dosage;
    expect(dose("askling-extender")).toMatchObject({
      kind: "reps",
      sets: 3,
      reps: 12,
      frequency: { perDay: 2, everyNthDay: 1 },
    });
    expect(dose("askling-diver")).toMatchObject({
      kind: "reps",
      sets: 3,
      reps: 6,
      frequency: { everyNthDay: 2 },
    });
    expect(dose("askling-glider")).toMatchObject({
      kind: "reps",
      sets: 3,
      reps: 4,
      frequency: { everyNthDay: 3 },
    });
    expect(dose("single-leg-bridge")).toMatchObject({ kind: "reps", sets: 4, reps: 15 });
    expect(dose("double-leg-bridge")).toMatchObject({ kind: "reps", sets: 4, reps: 15 });
    expect(dose("single-leg-balance")).toMatchObject({ kind: "hold", sets: 4, seconds: 20 });
    expect(dose("bike-easy")).toMatchObject({ kind: "time", minutes: 10 });
  });

  it("keep nerve flossing conditional on a professional's slump test", () => {
    expect(exerciseById("sciatic-nerve-floss")?.onlyIf).toMatch(/slump test/);
  });
});

describe("phases", () => {
  it("are 1 to 4 in order, each with a goal, and gates matching clinical-rules.md", () => {
    expect(PHASE_PLANS.map((p) => p.phase)).toEqual([1, 2, 3, 4]);
    expect(PHASE_PLANS.map((p) => p.moveOn.rule)).toEqual(["PH-1-2", "PH-2-3", "PH-3-4", null]);
    for (const p of PHASE_PLANS) expect(p.goal.length).toBeGreaterThan(20);
    expect(phasePlan(3).phase).toBe(3);
  });

  it("contain the seed's activities", () => {
    expect(phasePlan(1).exercises).toEqual(
      expect.arrayContaining(["bike-easy", "walking", "single-leg-balance", "sciatic-nerve-floss"]),
    );
    expect(phasePlan(2).exercises).toEqual(
      expect.arrayContaining([
        "bike-medium",
        "brisk-walking",
        "single-leg-windmill",
        "supine-hamstring-curl",
        "single-leg-deadlift",
      ]),
    );
    expect(phasePlan(3).exercises).toEqual(
      expect.arrayContaining(["askling-extender", "askling-diver", "askling-glider"]),
    );
    expect(phasePlan(4).exercises).toContain("nordic-hamstring");
  });

  it("protect days use only the gentle exercises", () => {
    expect(PROTECT_EXERCISES).toEqual(["walking", "active-range-of-motion", "bent-knee-bridge-hold"]);
  });
});

describe("gate tests", () => {
  it("cover exactly the fields of the contract's tests object", () => {
    const ids = GATE_TESTS.map((t) => t.id).sort();
    expect(ids).toEqual(Object.keys(testsSchema.shape).sort());
  });

  it.each([
    ["standingCurlPain", "PH-1-2"],
    ["phase2ExercisesPain", "PH-2-3"],
    ["fastLegSwingInsecure", "PH-3-4"],
    ["kneeExtensionDiscomfort", "PH-3-4"],
    ["singleLegBridgePain", null],
    ["singleLegSquatPain", null],
    ["bikeFiveMinPain", null],
    ["slowJogPain", null],
  ] as const)("%s opens gate %s", (id, gate) => {
    expect(GATE_TESTS.find((t) => t.id === id)?.gate).toBe(gate);
  });

  it("record pain for the 0-10 fields and yes/no for the true/false fields", () => {
    for (const t of GATE_TESTS) {
      const yesNo = t.id === "fastLegSwingInsecure" || t.id === "kneeExtensionDiscomfort";
      expect(t.record.kind, t.id).toBe(yesNo ? "yes-no" : "pain");
      expect(t.steps.length, t.id).toBeGreaterThan(1);
      expect(t.safety.length, t.id).toBeGreaterThan(0);
      expect(t.sources.length, t.id).toBeGreaterThan(0);
    }
  });

  it("are asked in the phase whose gate they open; gate tests come first", () => {
    expect(gateTestsFor(1)[0]?.id).toBe("standingCurlPain");
    expect(gateTestsFor(2)[0]?.id).toBe("phase2ExercisesPain");
    expect(gateTestsFor(3).map((t) => t.id)).toEqual([
      "fastLegSwingInsecure",
      "kneeExtensionDiscomfort",
      "phase2ExercisesPain",
    ]);
    expect(gateTestsFor(4)).toEqual([]);
    for (const t of GATE_TESTS) {
      if (t.gate !== null) expect(gateTestsFor(gatePhase(t.gate)).map((g) => g.id)).toContain(t.id);
    }
  });
});

describe("gate tests and the engine", () => {
  it.each([1, 2, 3, 4] as const)("phase %i asks every test the engine watches for a setback", (phase) => {
    const asked = gateTestsFor(phase).map((t) => t.id);
    for (const id of PHASE_GATE_TESTS[phase]) expect(asked).toContain(id);
  });
});

describe("run stages", () => {
  // clinical-rules.md section 5, "Return-to-run stages (phase 3)".
  it.each([
    [1, 20, 0.5, true, true],
    [2, 20, 0.5, false, true],
    [3, 30, 0.6, false, true],
    [4, 40, 0.7, false, true],
    [5, 50, 0.9, false, false],
    [6, 60, 1.0, false, false],
  ] as const)(
    "stage %i: %i min, effort %f, walkRun %s, flatOnly %s, pain <= 2",
    (stage, maxMinutes, maxEffort, walkRun, flatOnly) => {
      const s = RUN_STAGES[stage - 1];
      expect(s?.stage).toBe(stage);
      expect(s?.limits).toEqual({ maxMinutes, maxEffort, walkRun, flatOnly, maxPainDuring: 2 });
      expect(s?.session.length).toBeGreaterThan(20);
    },
  );

  it("say the same as the engine's stage table, and a grade I limited run uses stage 1's limits", () => {
    expect(RUN_STAGES.map((s) => ({ stage: s.stage, what: s.what, limits: s.limits }))).toEqual(
      ENGINE_RUN_STAGES,
    );
    expect(RUN_STAGES[0].limits).toEqual(GRADE1_LIMITS);
  });

  it("stage 1 is 1 minute jogging, 2 minutes walking; the first stages are every other day", () => {
    expect(RUN_STAGES[0].session).toMatch(/1 minute .*jogging, 2 minutes of walking/);
    expect(RUN_STAGES.filter((s) => s.everyOtherDay).map((s) => s.stage)).toEqual([1, 2]);
  });
});

describe("prevention programme", () => {
  // clinical-evidence.md section e (Petersen 2011): week, sessions/week, sets x reps.
  it.each([
    [
      1,
      1,
      [
        [5, 5],
        [5, 5],
      ],
    ],
    [
      2,
      2,
      [
        [6, 6],
        [6, 6],
      ],
    ],
    [
      3,
      3,
      [
        [6, 8],
        [6, 8],
        [6, 8],
      ],
    ],
    [
      4,
      3,
      [
        [8, 10],
        [8, 10],
        [8, 10],
      ],
    ],
    ...[5, 6, 7, 8, 9, 10].map(
      (w) =>
        [
          w,
          3,
          [
            [12, 12],
            [10, 10],
            [8, 8],
          ],
        ] as const,
    ),
    [
      "maintenance",
      1,
      [
        [12, 12],
        [10, 10],
        [8, 8],
      ],
    ],
  ] as const)("week %s: %i sessions, sets %j", (week, sessions, sets) => {
    const row = NORDIC_PROGRAMME.find((r) => r.week === week);
    expect(row?.sessionsPerWeek).toBe(sessions);
    expect(row?.sets.map((s) => [s.min, s.max])).toEqual(sets);
  });

  it("adds up to the 27 sessions of the 10-week programme", () => {
    const total = NORDIC_PROGRAMME.filter((r) => r.week !== "maintenance").reduce(
      (n, r) => n + r.sessionsPerWeek,
      0,
    );
    expect(total).toBe(27);
  });
});

describe("sources", () => {
  const content = {
    EXERCISES,
    PHASE_PLANS,
    GATE_TESTS,
    PAIN_RULES,
    RUN_STAGES,
    RUN_HABITS,
    STOP_RULES,
    EFFORT_FEEL_SOURCE,
    SLOW_HEALER_CAUTIONS,
    NORDIC_SOURCE,
    NORDIC_ADHERENCE,
    SINGLE_RUN_SPIKE_RULE,
    HIGHER_RISK_WINDOW,
  };

  it("every source is 'seed' or a citation of the evidence file, and no list is empty", () => {
    const allowed = new Set<unknown>(CITATIONS);
    const found = findSources(content);
    expect(found.length).toBeGreaterThan(80);
    for (const { path, sources } of found) {
      expect(sources.length, path).toBeGreaterThan(0);
      for (const s of sources) expect(allowed.has(s), `${path}: ${String(s)}`).toBe(true);
    }
  });
});

// One row per rule: an episode that fires it, and what the decision must then say.
import { describe, expect, it } from "vitest";
import { evaluateEpisode } from "../engine.ts";
import type { Decision } from "../decision.ts";
import type { Episode } from "../episode.ts";
import { checkIn, episode, onDay, run } from "../../../test/episode-fixtures.ts";

type Case = readonly [rule: string, ep: Episode, expected: Partial<Decision>];

const injury = (over: Partial<Episode["injury"]>): Episode["injury"] => ({ ...episode().injury, ...over });
const one = (over: Parameters<typeof checkIn>[1], day = 3) => ({
  day,
  checkIns: [checkIn(onDay(day), over)],
});

const redFlags: Case[] = [
  [
    "RF-CES",
    episode(one({ saddleNumbnessOrBladder: true })),
    { condition: "cauda_equina", referral: "emergency", canRun: "no", phase: null, grade: null },
  ],
  [
    "RF-COMPARTMENT",
    episode(one({ tenseEscalatingThigh: true })),
    { condition: "compartment_syndrome", referral: "emergency", canRun: "no" },
  ],
  [
    "RF-PE",
    episode(one({ calfSwellingWarmth: true, breathlessOrChestPain: true })),
    { condition: "possible_dvt", referral: "emergency" },
  ],
  [
    "RF-BREATHLESS",
    episode(one({ breathlessOrChestPain: true })),
    { condition: "possible_dvt", referral: "emergency", canRun: "no", phase: null },
  ],
  [
    "RF-DVT",
    episode(one({ calfSwellingWarmth: true })),
    { condition: "possible_dvt", referral: "same_day", canRun: "no" },
  ],
  [
    "RF-NERVE",
    episode(one({ footNumbnessOrDrop: true })),
    { condition: "nerve_involvement", referral: "same_day" },
  ],
  [
    "RF-NO-WEIGHT",
    episode(one({ walking: "unable" })),
    { condition: "unable_to_bear_weight", referral: "same_day" },
  ],
  [
    "RF-AVULSION",
    episode(one({ gapFelt: true })),
    { condition: "suspected_avulsion", referral: "within_days", grade: "III", phase: null },
  ],
];

const avulsionScreen: Case[] = [
  [
    "RF-AVULSION",
    episode({
      ...one({ bruising: "small" }),
      injury: injury({ location: { level: "sit_bone", side: "centre" } }),
    }),
    { condition: "suspected_avulsion" },
  ],
  [
    "RF-AVULSION",
    episode({ ...one({ painSitting: 3, legFeelsWeak: true }) }),
    { condition: "suspected_avulsion" },
  ],
  [
    "RF-AVULSION",
    episode({ ...one({ bruising: "spreading_down_thigh" }), injury: injury({ popFelt: true }) }),
    { condition: "suspected_avulsion" },
  ],
  [
    "RF-AVULSION",
    episode({
      ...one({ bruising: "large" }),
      runner: { age: 45, previousHamstringStrain: "none" },
      injury: injury({ activity: "slip_or_overstretch" }),
    }),
    { condition: "suspected_avulsion" },
  ],
  [
    "RF-AVULSION",
    episode({
      ...one({ bruising: "large" }),
      runner: { age: 15, previousHamstringStrain: "none" },
      injury: injury({ popFelt: true }),
    }),
    { condition: "suspected_avulsion" },
  ],
];

const notStrain: Case[] = [
  [
    "NS-REFERRED",
    episode({ ...one({ backPainOrTingling: true }, 21), injury: injury({ onset: "gradual" }) }),
    { condition: "referred_pain", referral: "routine", canRun: "limited", phase: null },
  ],
  [
    "NS-REFERRED",
    episode({
      ...one({ backPainOrTingling: true, walking: "normal_with_pain" }, 21),
      injury: injury({ onset: "gradual" }),
    }),
    { condition: "referred_pain", canRun: "no" },
  ],
  [
    "NS-TENDINOPATHY",
    episode({ ...one({ painSitting: 4 }, 40), injury: injury({ onset: "gradual" }) }),
    { condition: "tendinopathy", referral: "routine", canRun: "limited", grade: null },
  ],
  [
    "NS-TENDINOPATHY",
    episode({
      ...one({ painSitting: 4, walking: "normal_with_pain" }, 40),
      injury: injury({ onset: "gradual" }),
    }),
    { condition: "tendinopathy", canRun: "no", runLimits: null },
  ],
  [
    "NS-FUNCTIONAL",
    episode({ ...one({}, 1), injury: injury({ onset: "next_day_soreness" }) }),
    { condition: "functional", referral: "none", canRun: "limited" },
  ],
  [
    "NS-FUNCTIONAL",
    episode({ day: 0, checkIns: [checkIn(onDay(0))], injury: injury({ bothLegs: true }) }),
    { condition: "functional", canRun: "no" },
  ],
  [
    "NS-FUNCTIONAL",
    episode({ ...one({}, 1), injury: injury({ onset: "cramp" }) }),
    { condition: "functional" },
  ],
];

const grades: Case[] = [
  ["GR-CLINICIAN", episode({ ...one({ walking: "limp", clinician: { grade: "I" } }) }), { grade: "I" }],
  [
    "GR-II",
    episode(one({ walking: "limp" })),
    { grade: "II", referral: "routine", expectedReturnDays: [21, 56] },
  ],
  ["GR-II", episode({ checkIns: [checkIn(onDay(2))], day: 3 }), { grade: "II" }],
  ["GR-II", episode(one({ bruising: "small" })), { grade: "II" }],
  ["GR-II", episode({ ...one({}), injury: injury({ popFelt: true, painAtInjury: 7 }) }), { grade: "II" }],
  [
    "GR-DAY7",
    episode({
      day: 7,
      checkIns: [checkIn(onDay(1)), checkIn(onDay(7), { tests: { singleLegBridgePain: 2 } })],
    }),
    { grade: "II" },
  ],
  [
    "GR-I",
    episode({ day: 6, checkIns: [checkIn(onDay(1))] }),
    { grade: "I", referral: "none", expectedReturnDays: [14, 28] },
  ],
  [
    "GR-SLOW",
    episode({ ...one({}, 1), day: 5, injury: injury({ activity: "stretching" }) }),
    { grade: "I", slowHealer: true, canRun: "no", referral: "routine", expectedReturnDays: [35, 112] },
  ],
  [
    "REF-REPEAT",
    episode({
      checkIns: [checkIn(onDay(1))],
      runner: { age: 30, previousHamstringStrain: "within_12_months" },
    }),
    { grade: "I", referral: "routine" },
  ],
  [
    "REF-NOT-IMPROVING",
    episode({ day: 10, checkIns: [checkIn(onDay(1)), checkIn(onDay(10), { walking: "normal_with_pain" })] }),
    { referral: "routine", canRun: "no" },
  ],
];

const ph12 = [checkIn(onDay(1)), checkIn(onDay(4), { tests: { standingCurlPain: 0 } })];
const ph23 = [...ph12, checkIn(onDay(6), { tests: { phase2ExercisesPain: 0 } })];
const phases: Case[] = [
  ["PH-1-2", episode({ checkIns: ph12 }), { phase: 2 }],
  ["PH-2-3", episode({ day: 7, checkIns: ph23 }), { phase: 3, runStage: 1, canRun: "limited" }],
  [
    "PH-REGRESS",
    episode({ day: 7, checkIns: [...ph23, checkIn(onDay(7), { walking: "normal_with_pain" })] }),
    { phase: 2, canRun: "no" },
  ],
  [
    "PH-REGRESS",
    episode({ day: 7, checkIns: [...ph12, checkIn(onDay(7), { tests: { phase2ExercisesPain: 5 } })] }),
    { phase: 1 },
  ],
  [
    "PH-RETRIAGE",
    episode({
      day: 9,
      checkIns: [...ph23, checkIn(onDay(9), { walking: "limp" })],
      runs: [run(onDay(8), { stoppedEarly: true, painDuring: 5 })],
    }),
    { phase: 1, canRun: "no" },
  ],
];

const stage1Runs = (n: number) =>
  Array.from({ length: n }, (_, i) => run(onDay(7 + 2 * i), { minutes: 20, effort: 0.5 }));
const runToday: Case[] = [
  ["RUN-PROTECT", episode({ day: 2, checkIns: [checkIn(onDay(1))] }), { canRun: "no", grade: "I" }],
  [
    "RUN-STOPPED",
    episode({ day: 8, checkIns: ph23, runs: [run(onDay(7), { painRose: true })] }),
    { canRun: "no", phase: 3 },
  ],
  [
    "RUN-BREAK",
    episode({ day: 9, checkIns: ph23, runs: [run(onDay(7), { painAfter: 5 })] }),
    { canRun: "no" },
  ],
  [
    "RUN-MORNING",
    episode({ day: 8, checkIns: ph23, runs: [run(onDay(7), { painNextMorning: 2 })] }),
    { canRun: "no" },
  ],
  [
    "RUN-WALK",
    episode({ day: 5, checkIns: [checkIn(onDay(1)), checkIn(onDay(5), { walking: "normal_with_pain" })] }),
    { canRun: "no" },
  ],
  [
    "RUN-GRADE",
    episode({ day: 5, checkIns: [checkIn(onDay(1), { walking: "limp" }), checkIn(onDay(5))] }),
    { canRun: "no", grade: "II" },
  ],
  [
    "RUN-GRADE1",
    episode({ day: 5, checkIns: [checkIn(onDay(1))] }),
    {
      canRun: "limited",
      runLimits: { maxMinutes: 20, maxEffort: 0.5, walkRun: true, flatOnly: true, maxPainDuring: 2 },
    },
  ],
  [
    "RUN-STAGE",
    episode({ day: 7, checkIns: ph23 }),
    {
      canRun: "limited",
      runLimits: { maxMinutes: 20, maxEffort: 0.5, walkRun: true, flatOnly: true, maxPainDuring: 2 },
    },
  ],
  ["RUN-STAGE-GOOD", episode({ day: 10, checkIns: ph23, runs: stage1Runs(2) }), { runStage: 2 }],
  [
    "RUN-STAGE-OVER",
    episode({ day: 10, checkIns: ph23, runs: [run(onDay(7)), run(onDay(9), { minutes: 30 })] }),
    { runStage: 1 },
  ],
  [
    "RUN-STAGE-HOLD",
    episode({
      day: 12,
      checkIns: ph23,
      runs: [...stage1Runs(2), run(onDay(11), { painDuring: 3, painNextMorning: 0 })],
    }),
    { runStage: 2 },
  ],
  [
    "RUN-STAGE-REGRESS",
    episode({ day: 13, checkIns: ph23, runs: [...stage1Runs(2), run(onDay(11), { limp: true })] }),
    { runStage: 1 },
  ],
  [
    "RUN-CLINICIAN",
    episode({
      day: 5,
      checkIns: [checkIn(onDay(1)), checkIn(onDay(5), { clinician: { clearedToRun: false } })],
    }),
    { canRun: "no", runLimits: null },
  ],
];

describe.each([
  ["red flags", redFlags],
  ["avulsion screen A1-A4", avulsionScreen],
  ["not a strain", notStrain],
  ["grade, slow healer and referral", grades],
  ["phases", phases],
  ["can I run today", runToday],
] as const)("%s", (_name, cases) => {
  it.each(cases.map((c, i) => [`${c[0]} #${i + 1}`, c] as const))("%s", (_label, [rule, ep, expected]) => {
    const d = evaluateEpisode(ep);
    expect(d.reasons.map((r) => r.rule)).toContain(rule);
    expect(d).toMatchObject(expected);
  });
});

describe("phase 4", () => {
  const stageRuns = [1, 2, 3, 4, 5, 6].flatMap((stage, i) => {
    const limits = [
      [20, 0.5],
      [20, 0.5],
      [30, 0.6],
      [40, 0.7],
      [50, 0.9],
      [60, 1.0],
    ][stage - 1] as [number, number];
    return [
      run(onDay(7 + 4 * i), { minutes: limits[0], effort: limits[1] }),
      run(onDay(9 + 4 * i), { minutes: limits[0], effort: limits[1] }),
    ];
  });
  const cleared = checkIn(onDay(32), {
    tests: { fastLegSwingInsecure: false, kneeExtensionDiscomfort: false },
  });

  it("opens after stage 6 with both late tests clear, and caps the next run at +10 %", () => {
    const d = evaluateEpisode(
      episode({
        day: 32,
        checkIns: [...ph23, cleared],
        runs: stageRuns,
        history: { longestRunLast30DaysKm: 12 },
      }),
    );
    expect(d).toMatchObject({ phase: 4, canRun: "yes", runLimits: null, nextRunMaxKm: 13.2 });
    expect(d.reasons[0]?.rule).toBe("RUN-CLEARED");
  });

  it("stays in phase 3 when the fast leg swing still feels insecure (Askling 2010)", () => {
    const insecure = checkIn(onDay(32), {
      tests: { fastLegSwingInsecure: true, kneeExtensionDiscomfort: false },
    });
    const d = evaluateEpisode(episode({ day: 32, checkIns: [...ph23, insecure], runs: stageRuns }));
    expect(d).toMatchObject({ phase: 3, runStage: 6 });
    expect(d.nextGate?.missing.map((m) => m.test)).toEqual(["fastLegSwingInsecure"]);
  });

  it("does not open when the late tests were not done", () => {
    const d = evaluateEpisode(episode({ day: 32, checkIns: [...ph23, checkIn(onDay(32))], runs: stageRuns }));
    expect(d.phase).toBe(3);
  });
});

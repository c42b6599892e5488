// Section 4 of clinical-rules.md: the phase gates, replayed over the check-ins and runs in date order.
// Each check-in moves the phase at most one step; a re-triage after a run stopped by the hamstring is the one
// exception (it is treated as a new strain and restarts at phase 1).
import type { Phase, PhaseChange, RunStage } from "../decision.ts";
import type { CheckIn, GateTests, Run } from "../episode.ts";
import type { EpisodeContext } from "./context.ts";
import { OVER_LIMITS_RULE, classifyRun, overLimitsText, stageRow, type RunOutcomeRule } from "./stages.ts";

/** One condition of a gate, with the words the app shows when it is still missing. */
export interface GateRequirement {
  readonly test: keyof GateTests | "walking" | "runStage6" | "protectDays";
  readonly label: string;
  /** `day`: the day number (days since 1970) the gate is judged on; the check-in's date in the replay. */
  readonly met: (c: CheckIn, s: ReplayState, day: number) => boolean;
}

export interface GateRule {
  readonly id: string;
  readonly from: Phase;
  readonly to: Phase;
  readonly source: string;
  readonly requires: readonly GateRequirement[];
}

const walksPainFree: GateRequirement = {
  test: "walking",
  label: "walk normally without pain",
  met: (c) => c.walking === "normal_pain_free",
};
const painFree = (test: keyof GateTests, label: string): GateRequirement => ({
  test,
  label,
  met: (c) => c.tests?.[test] === 0,
});
const answeredNo = (
  test: "fastLegSwingInsecure" | "kneeExtensionDiscomfort",
  label: string,
): GateRequirement => ({
  test,
  label,
  met: (c) => c.tests?.[test] === false,
});

/** Days 0 to 2 of a strain (or of a new strain after a re-triage) are phase 1, "protect" (Dubois & Esculier 2020). */
const pastProtectDays: GateRequirement = {
  test: "protectDays",
  label: "wait until day 3 (the first two days are for protecting the leg)",
  met: (_c, s, day) => day - s.onsetDay > 2,
};

/** A test that was not done never opens a gate: every requirement needs the test reported on that check-in. */
export const GATE_RULES: readonly GateRule[] = [
  {
    id: "PH-1-2",
    from: 1,
    to: 2,
    source: "seed",
    requires: [
      pastProtectDays,
      walksPainFree,
      painFree("standingCurlPain", "do a standing hamstring curl without pain"),
    ],
  },
  {
    id: "PH-2-3",
    from: 2,
    to: 3,
    source: "seed",
    requires: [painFree("phase2ExercisesPain", "do all the phase 2 exercises without pain"), walksPainFree],
  },
  {
    id: "PH-3-4",
    from: 3,
    to: 4,
    source: "Askling 2010; Zein 2024; van der Horst 2017",
    requires: [
      {
        test: "runStage6",
        label: "complete run stage 6 (two good runs at it)",
        met: (_c, s) => s.stage6Completed,
      },
      answeredNo("fastLegSwingInsecure", "feel secure during a fast straight-leg swing"),
      answeredNo(
        "kneeExtensionDiscomfort",
        "straighten the knee with the hip bent to 90° without discomfort",
      ),
    ],
  },
];

/** Pain tests that belong to a phase's gates; any above 4/10 sends the runner back a phase (Hickey 2020). */
export const PHASE_GATE_TESTS: Readonly<Record<Phase, readonly (keyof GateTests)[]>> = {
  1: [],
  2: ["standingCurlPain", "phase2ExercisesPain"],
  3: ["phase2ExercisesPain"],
  4: [],
};

export interface ReplayState {
  phase: Phase;
  runStage: RunStage;
  goodRunsInRow: number;
  stage6Completed: boolean;
  /** The day (since 1970) of a run stopped by the hamstring that a later check-in has not yet answered. */
  stoppedRunDay: number | null;
  /** The day (since 1970) the current strain began: the injury, or the stopped run of the last re-triage. */
  onsetDay: number;
  readonly history: PhaseChange[];
  /** The verdict on each phase-3 run, in order (for reasons and the progress view). */
  readonly runVerdicts: RunVerdictEntry[];
}

/** How one phase-3 run counted; the reason text is written only for the run a decision shows. */
export interface RunVerdictEntry {
  readonly run: Run;
  readonly stage: RunStage;
  readonly restingPain: number;
  readonly rule: RunOutcomeRule;
  /** Good runs in a row at the stage after this run (0 unless the verdict is good). */
  readonly streak: number;
}

export function verdictText(v: RunVerdictEntry): string {
  const limits = stageRow(v.stage).limits;
  const text = v.rule.text(v.run, limits, v.restingPain, v.streak);
  // A run over the limits never counts towards moving on; say so even when pain decided its verdict.
  if (v.rule.verdict === "over_limits" || !OVER_LIMITS_RULE.when(v.run, limits, v.restingPain)) return text;
  return `${text} It also went over the stage's limits (${overLimitsText(v.run, limits)}), which never counts towards moving on.`;
}

export interface BackwardRule {
  readonly id: string;
  readonly source: string;
  readonly summary: string;
  readonly when: (c: CheckIn, s: ReplayState) => boolean;
  readonly to: (s: ReplayState) => Phase;
}

/** Checked before the gates; the first that matches moves the phase back. */
export const BACKWARD_RULES: readonly BackwardRule[] = [
  {
    id: "PH-RETRIAGE",
    source: "seed; Orchard 2020",
    // In phase 1 it moves nothing but still starts a new strain (its protect days count from the stopped run).
    summary:
      "a run after the injury date with stoppedEarly and, on a later check-in, walking not normal_pain_free",
    when: (c, s) => s.stoppedRunDay !== null && c.walking !== "normal_pain_free",
    to: () => 1,
  },
  {
    id: "PH-REGRESS",
    source: "Hickey 2020",
    // "unable" is worse than a limp; the red flag it raises that day does not end the replay.
    summary: "walking limp, normal_with_pain or unable, or a gate test of the current phase above 4/10",
    when: (c, s) =>
      s.phase >= 2 &&
      (c.walking !== "normal_pain_free" ||
        PHASE_GATE_TESTS[s.phase].some((t) => Number(c.tests?.[t] ?? 0) > 4)),
    to: (s) => (s.phase - 1) as Phase,
  },
];

const TEST_NAMES: Readonly<Partial<Record<keyof GateTests, string>>> = {
  standingCurlPain: "the standing hamstring curl",
  phase2ExercisesPain: "the phase 2 exercises",
};

/** Why a backward move happened, in words, read from the check-in that caused it (for the reasons). */
export function stepBackWhy(checkIns: readonly CheckIn[], change: PhaseChange): string {
  if (change.rule === "PH-RETRIAGE")
    return "after a run you had to stop, walking was not normal and pain-free: we treat it as a new strain and start again at phase 1";
  const tests = PHASE_GATE_TESTS[change.from];
  for (const c of checkIns) {
    if (c.date !== change.date) continue;
    if (c.walking !== "normal_pain_free") return "walking was not normal and pain-free that day";
    for (const t of tests) {
      const pain = Number(c.tests?.[t] ?? 0);
      if (pain > 4) return `${TEST_NAMES[t] ?? t} hurt ${pain}/10 (more than 4/10)`;
    }
  }
  return "walking or an exercise test got worse";
}

export function missingForGate(gate: GateRule, c: CheckIn, s: ReplayState, day: number): GateRequirement[] {
  return gate.requires.filter((r) => !r.met(c, s, day));
}

/** Replays the episode: check-ins move the phase, phase-3 runs move the run stage. */
export function replay(ctx: EpisodeContext): ReplayState {
  const s: ReplayState = {
    phase: 1,
    runStage: 1,
    goodRunsInRow: 0,
    stage6Completed: false,
    stoppedRunDay: null,
    onsetDay: ctx.injuryDay,
    history: [],
    runVerdicts: [],
  };
  let r = 0;
  let restingPain = 0;
  for (const ci of ctx.checkIns) {
    // Runs before this check-in's day come first; on the same day the check-in (morning) comes first.
    for (; r < ctx.runs.length && (ctx.runs[r]?.day ?? Infinity) < ci.day; r++)
      applyRun(ctx, s, r, restingPain);
    if (ci.checkIn.walking !== "normal_pain_free") noteSameDayStop(ctx, s, r, ci.day);
    applyCheckIn(s, ci.checkIn, ci.day);
    restingPain = ci.checkIn.painAtRest;
  }
  for (; r < ctx.runs.length; r++) applyRun(ctx, s, r, restingPain);
  return s;
}

/**
 * PH-RETRIAGE also reads a run stopped on the check-in's own date: walking that is not pain-free on the day
 * of a stopped run most likely came from it, whatever the order the two were entered in.
 */
function noteSameDayStop(ctx: EpisodeContext, s: ReplayState, from: number, day: number): void {
  for (let k = from; k < ctx.runs.length; k++) {
    const dated = ctx.runs[k];
    if (dated === undefined || dated.day !== day) return;
    if (dated.run.stoppedEarly && day > s.onsetDay) s.stoppedRunDay = day;
  }
}

function applyCheckIn(s: ReplayState, c: CheckIn, day: number): void {
  for (const rule of BACKWARD_RULES) {
    if (rule.when(c, s)) {
      if (rule.id === "PH-RETRIAGE") {
        // A new strain: its protect days count from the run that was stopped.
        s.onsetDay = s.stoppedRunDay ?? s.onsetDay;
        s.stoppedRunDay = null;
        if (s.phase === 1) return;
      }
      return move(s, rule.to(s), c.date, rule.id);
    }
  }
  const gate = GATE_RULES[s.phase - 1];
  if (gate && gate.requires.every((r) => r.met(c, s, day))) move(s, gate.to, c.date, gate.id);
}

function move(s: ReplayState, to: Phase, date: string, rule: string): void {
  const from = s.phase;
  s.history.push({ date, from, to, rule });
  s.phase = to;
  if (to === 3) {
    // Entering phase 3 from phase 2 starts the run stages; stepping back from phase 4 repeats stage 5.
    s.runStage = from === 4 ? 5 : 1;
    s.goodRunsInRow = 0;
    s.stage6Completed = false;
  }
}

function applyRun(ctx: EpisodeContext, s: ReplayState, index: number, restingPain: number): void {
  const dated = ctx.runs[index];
  if (!dated) return;
  const run = dated.run;
  // A run stopped on the day the strain began is the injury itself, not a new strain.
  if (run.stoppedEarly) s.stoppedRunDay = dated.day > s.onsetDay ? dated.day : s.stoppedRunDay;
  else if (!run.painRose && !run.limp) s.stoppedRunDay = null;
  if (s.phase !== 3) return;
  const stage = s.runStage;
  const rule = classifyRun(run, stageRow(stage).limits, restingPain);
  const streak = rule.verdict === "good" ? s.goodRunsInRow + 1 : 0;
  s.runVerdicts.push({ run, stage, restingPain, rule, streak });
  switch (rule.verdict) {
    case "regress":
      s.runStage = Math.max(1, stage - 1) as RunStage;
      s.goodRunsInRow = 0;
      s.stage6Completed = false;
      return;
    case "hold":
      // Repeating the stage: at stage 6 it is no longer completed until two good runs again.
      s.goodRunsInRow = 0;
      s.stage6Completed = false;
      return;
    case "over_limits":
      s.goodRunsInRow = 0;
      return;
    case "good":
      s.goodRunsInRow += 1;
      if (s.goodRunsInRow < 2) return;
      s.goodRunsInRow = 0;
      if (stage === 6) s.stage6Completed = true;
      else s.runStage = (stage + 1) as RunStage;
      return;
  }
}

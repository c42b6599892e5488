// Section 4 of clinical-rules.md: the phase gates, replayed over the check-ins and runs in date order.
// Each check-in moves the phase at most one step; a re-triage after a run stopped by the hamstring is the one
// exception (it is treated as a new strain and restarts at phase 1).
import type { Phase, PhaseChange, RunStage } from "../decision.ts";
import type { CheckIn, GateTests, Run } from "../episode.ts";
import type { EpisodeContext } from "./context.ts";
import { classifyRun, stageRow, type RunOutcomeRule } from "./stages.ts";

/** One condition of a gate, with the words the app shows when it is still missing. */
export interface GateRequirement {
  readonly test: keyof GateTests | "walking" | "runStage6";
  readonly label: string;
  readonly met: (c: CheckIn, s: ReplayState) => boolean;
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

/** A test that was not done never opens a gate: every requirement needs the test reported on that check-in. */
export const GATE_RULES: readonly GateRule[] = [
  {
    id: "PH-1-2",
    from: 1,
    to: 2,
    source: "seed",
    requires: [walksPainFree, painFree("standingCurlPain", "do a standing hamstring curl without pain")],
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
  /** A run stopped by the hamstring that a later check-in has not yet answered. */
  stoppedRunDate: string | null;
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
}

export function verdictText(v: RunVerdictEntry): string {
  return v.rule.text(v.run, stageRow(v.stage).limits, v.restingPain);
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
    summary: "a run with stoppedEarly and, on a later check-in, walking not normal_pain_free",
    when: (c, s) => s.stoppedRunDate !== null && s.phase > 1 && c.walking !== "normal_pain_free",
    to: () => 1,
  },
  {
    id: "PH-REGRESS",
    source: "Hickey 2020",
    summary: "walking limp or normal_with_pain, or a gate test of the current phase above 4/10",
    when: (c, s) =>
      s.phase >= 2 &&
      (c.walking === "limp" ||
        c.walking === "normal_with_pain" ||
        PHASE_GATE_TESTS[s.phase].some((t) => Number(c.tests?.[t] ?? 0) > 4)),
    to: (s) => (s.phase - 1) as Phase,
  },
];

export function missingForGate(gate: GateRule, c: CheckIn, s: ReplayState): GateRequirement[] {
  return gate.requires.filter((r) => !r.met(c, s));
}

/** Replays the episode: check-ins move the phase, phase-3 runs move the run stage. */
export function replay(ctx: EpisodeContext): ReplayState {
  const s: ReplayState = {
    phase: 1,
    runStage: 1,
    goodRunsInRow: 0,
    stage6Completed: false,
    stoppedRunDate: null,
    history: [],
    runVerdicts: [],
  };
  let r = 0;
  let restingPain = 0;
  for (const ci of ctx.checkIns) {
    // Runs before this check-in's day come first; on the same day the check-in (morning) comes first.
    for (; r < ctx.runs.length && (ctx.runs[r]?.day ?? Infinity) < ci.day; r++)
      applyRun(ctx, s, r, restingPain);
    applyCheckIn(s, ci.checkIn);
    restingPain = ci.checkIn.painAtRest;
  }
  for (; r < ctx.runs.length; r++) applyRun(ctx, s, r, restingPain);
  return s;
}

function applyCheckIn(s: ReplayState, c: CheckIn): void {
  for (const rule of BACKWARD_RULES) {
    if (rule.when(c, s)) {
      if (rule.id === "PH-RETRIAGE") s.stoppedRunDate = null;
      return move(s, rule.to(s), c.date, rule.id);
    }
  }
  const gate = GATE_RULES[s.phase - 1];
  if (gate && gate.requires.every((r) => r.met(c, s))) move(s, gate.to, c.date, gate.id);
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
  if (run.stoppedEarly) s.stoppedRunDate = run.date;
  else if (!run.painRose && !run.limp) s.stoppedRunDate = null;
  if (s.phase !== 3) return;
  const stage = s.runStage;
  const rule = classifyRun(run, stageRow(stage).limits, restingPain);
  s.runVerdicts.push({ run, stage, restingPain, rule });
  switch (rule.verdict) {
    case "regress":
      s.runStage = Math.max(1, stage - 1) as RunStage;
      s.goodRunsInRow = 0;
      s.stage6Completed = false;
      return;
    case "hold":
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

// The return-to-run stages of phase 3 and how one run moves them (clinical-rules.md, section 5).
import type { RunLimits, RunStage } from "../decision.ts";
import type { Run } from "../episode.ts";
import { andList } from "./words.ts";

export interface StageRow {
  readonly stage: RunStage;
  readonly what: string;
  readonly limits: RunLimits;
}

const row = (
  stage: RunStage,
  what: string,
  maxMinutes: number,
  maxEffort: number,
  walkRun: boolean,
  flatOnly: boolean,
): StageRow => ({
  stage,
  what,
  limits: { maxMinutes, maxEffort, walkRun, flatOnly, maxPainDuring: 2 },
});

/** Source: seed phase 3; Aspetar (maxPainDuring 2 at every stage). */
export const RUN_STAGES: readonly StageRow[] = [
  row(1, "walk-jog intervals (1 min jog, 2 min walk)", 20, 0.5, true, true),
  row(2, "continuous easy jog", 20, 0.5, false, true),
  row(3, "easy run", 30, 0.6, false, true),
  row(4, "steady run, 4 relaxed strides at the end", 40, 0.7, false, true),
  row(5, "normal easy runs, strides to 90 %", 50, 0.9, false, false),
  row(6, "faster running: short efforts to 100 %, hills", 60, 1.0, false, false),
];

export function stageRow(stage: RunStage): StageRow {
  return RUN_STAGES[stage - 1] as StageRow;
}

export type RunVerdict = "regress" | "hold" | "good" | "over_limits";

export interface RunOutcomeRule {
  readonly id: string;
  readonly verdict: RunVerdict;
  readonly summary: string;
  readonly source: string;
  readonly when: (run: Run, limits: RunLimits, restingPain: number) => boolean;
  /** `streak`: good runs in a row at the stage after this one (1 or 2; 0 for the other verdicts). */
  readonly text: (run: Run, limits: RunLimits, restingPain: number, streak: number) => string;
}

/** What a run exceeded of its stage's limits, in words ("35 minutes (limit 20)"). */
export function overLimitsText(r: Run, l: RunLimits): string {
  const over = [
    r.minutes > l.maxMinutes && `${r.minutes} minutes (limit ${l.maxMinutes})`,
    r.effort > l.maxEffort &&
      `${Math.round(r.effort * 100)} % of your top speed (limit ${Math.round(l.maxEffort * 100)} %)`,
  ].filter((o): o is string => o !== false);
  return andList(over);
}

/** A run longer or faster than its stage allows: it never counts towards moving on (one variable at a time). */
export const OVER_LIMITS_RULE: RunOutcomeRule = {
  id: "RUN-STAGE-OVER",
  verdict: "over_limits",
  summary: "longer or faster than the stage allows",
  source: "Silbernagel 2007 (one variable at a time)",
  when: (r, l) => r.minutes > l.maxMinutes || r.effort > l.maxEffort,
  text: (r, l) =>
    `The run of ${r.date} went over the stage's limits (${overLimitsText(r, l)}), so it does not count towards moving on.`,
};

/** How one phase-3 run counts, first match wins. Two "good" runs in a row at a stage move up one stage. */
export const RUN_OUTCOME_RULES: readonly RunOutcomeRule[] = [
  {
    id: "RUN-STAGE-REGRESS",
    verdict: "regress",
    // painAfter >= 5 is the seed's "severe afterward" (RUN-BREAK); the seed then says to reduce the intensity.
    summary:
      "painRose, stoppedEarly, limp, painDuring > 4, painAfter >= 5, or painNextMorning above the resting pain before the run",
    source: "seed; Aspetar; Silbernagel 2007",
    when: (r, _l, rest) =>
      r.painRose ||
      r.stoppedEarly ||
      r.limp ||
      r.painDuring > 4 ||
      r.painAfter >= 5 ||
      (r.painNextMorning !== undefined && r.painNextMorning > rest),
    text: (r, _l, rest) => {
      const why = [
        r.painRose && "the pain rose as you ran",
        r.stoppedEarly && "you had to stop",
        r.limp && "you limped or shortened your stride",
        r.painDuring > 4 && `the pain reached ${r.painDuring}/10`,
        r.painAfter >= 5 && `the pain afterwards was severe (${r.painAfter}/10)`,
        r.painNextMorning !== undefined &&
          r.painNextMorning > rest &&
          `the next morning's pain (${r.painNextMorning}/10) was above your resting pain (${rest}/10)`,
      ].filter((w): w is string => w !== false);
      return `On the run of ${r.date} ${andList(why)}: step back one stage.`;
    },
  },
  {
    id: "RUN-STAGE-HOLD",
    verdict: "hold",
    summary: "painDuring 3 or 4, settled by the next morning",
    source: "Silbernagel 2007; Hickey 2020",
    when: (r) => r.painDuring >= 3,
    text: (r) =>
      `The run of ${r.date} hurt ${r.painDuring}/10 but settled: repeat this stage before moving on.`,
  },
  OVER_LIMITS_RULE,
  {
    id: "RUN-STAGE-GOOD",
    verdict: "good",
    summary: "within the limits, painDuring <= 2, no pain rise, no limp, next morning no worse than rest",
    source: "Aspetar; Silbernagel 2007",
    when: () => true,
    text: (r, _l, _rest, streak) =>
      streak >= 2
        ? `The run of ${r.date} stayed within the stage's limits without trouble: two good runs in a row, so move on.`
        : `The run of ${r.date} stayed within the stage's limits without trouble: 1 of the 2 good runs in a row needed to move on.`,
  },
];

export function classifyRun(run: Run, limits: RunLimits, restingPain: number): RunOutcomeRule {
  for (const rule of RUN_OUTCOME_RULES) if (rule.when(run, limits, restingPain)) return rule;
  return RUN_OUTCOME_RULES[RUN_OUTCOME_RULES.length - 1] as RunOutcomeRule;
}

// The return-to-run stages of phase 3 (clinical-rules.md section 5), with what a session looks like,
// how effort should feel, and the stop rules. The limits are the engine's; this adds the words.
import type { RunLimits, RunStage } from "../decision.ts";
import type { Sourced } from "./citations.ts";

export type StageLimits = Required<Omit<RunLimits, "maxDistanceKm">>;

export interface RunStageGuide extends Sourced {
  readonly stage: RunStage;
  readonly what: string;
  readonly limits: StageLimits;
  /** A session the runner can follow, in words. */
  readonly session: string;
  /** Run every other day, cycling on the days between (the first stages). */
  readonly everyOtherDay: boolean;
}

const pain = { maxPainDuring: 2 } as const;

export const RUN_STAGES = [
  {
    stage: 1,
    what: "walk-jog intervals (1 min jog, 2 min walk)",
    limits: { maxMinutes: 20, maxEffort: 0.5, walkRun: true, flatOnly: true, ...pain },
    session:
      "Walk a few minutes, then repeat: 1 minute of very easy jogging, 2 minutes of walking. Up to 20 minutes in all, on flat ground.",
    everyOtherDay: true,
    sources: ["seed", "Aspetar", "AllSport Orthopaedics"],
  },
  {
    stage: 2,
    what: "continuous easy jog",
    limits: { maxMinutes: 20, maxEffort: 0.5, walkRun: false, flatOnly: true, ...pain },
    session:
      "Jog without walking breaks, at an easy pace you could chat at, for up to 20 minutes on flat ground.",
    everyOtherDay: true,
    sources: ["seed", "Aspetar"],
  },
  {
    stage: 3,
    what: "easy run",
    limits: { maxMinutes: 30, maxEffort: 0.6, walkRun: false, flatOnly: true, ...pain },
    session: "An easy run of up to 30 minutes on flat ground, still comfortable enough to talk.",
    everyOtherDay: false,
    sources: ["seed", "Aspetar"],
  },
  {
    stage: 4,
    what: "steady run, 4 relaxed strides at the end",
    limits: { maxMinutes: 40, maxEffort: 0.7, walkRun: false, flatOnly: true, ...pain },
    session:
      "A steady run of up to 40 minutes on flat ground. At the end, 4 relaxed strides: short pick-ups to a brisk but easy-feeling pace, walking back between them.",
    everyOtherDay: false,
    sources: ["Aspetar", "Chumanov 2011"],
  },
  {
    stage: 5,
    what: "normal easy runs, strides to 90 %",
    limits: { maxMinutes: 50, maxEffort: 0.9, walkRun: false, flatOnly: false, ...pain },
    session:
      "Your normal easy runs, up to 50 minutes, hills allowed. Strides can now build to about 90 % of your top speed: fast but relaxed.",
    everyOtherDay: false,
    sources: ["Aspetar", "Vermeulen 2022"],
  },
  {
    stage: 6,
    what: "faster running: short efforts to 100 %, hills",
    limits: { maxMinutes: 60, maxEffort: 1, walkRun: false, flatOnly: false, ...pain },
    session:
      "Runs of up to 60 minutes that include faster work: short efforts up to full speed, and hill efforts. Warm up well first.",
    everyOtherDay: false,
    sources: ["Aspetar", "Vermeulen 2022"],
  },
] as const satisfies readonly RunStageGuide[];

export function runStageGuide(stage: RunStage): RunStageGuide {
  const all: readonly RunStageGuide[] = RUN_STAGES;
  // RUN_STAGES lists every RunStage once, in order, so index stage - 1 always exists.
  return all[stage - 1] ?? RUN_STAGES[0];
}

/** How each effort level (fraction of top speed, as the contract's `effort`) should feel. */
export const EFFORT_FEEL = [
  { effort: 0.5, feel: "An easy, conversational jog: you could talk in full sentences." },
  { effort: 0.6, feel: "An easy run: relaxed breathing, still chatting comfortably." },
  { effort: 0.7, feel: "Steady: you can speak in short sentences." },
  { effort: 0.9, feel: "Fast but relaxed, as in strides: clearly not a flat-out sprint." },
  { effort: 1, feel: "Full speed, for a few seconds at a time." },
] as const;

export const EFFORT_FEEL_SOURCE = {
  sources: ["Aspetar", "Hickey 2020"],
  synthesis: true,
} as const satisfies Sourced;

/** The habits every stage follows (evidence section c). */
export const RUN_HABITS = [
  {
    id: "every-other-day",
    text: "At first, run every other day and cycle on the days between.",
    sources: ["AllSport Orthopaedics", "Heiderscheit 2010"],
  },
  {
    id: "one-thing-at-a-time",
    text: "Change one thing at a time: first how long, then how fast, then hills and faster efforts. Speed loads the hamstring most, so it comes last.",
    sources: ["Chumanov 2011", "Schache 2012"],
    synthesis: true,
  },
  {
    id: "flat-first",
    text: "Flat, even ground first; hills and downhill only from stage 5.",
    sources: ["seed", "Chumanov 2011"],
  },
  {
    id: "move-on",
    text: "Move up a stage after two runs in a row within the stage's limits: pain no more than 2 out of 10, not rising, no limp, and no worse the next morning.",
    sources: ["Aspetar", "Silbernagel 2007"],
  },
  {
    id: "hold",
    text: "If a run reached 3 or 4 out of 10 but had settled by the next morning, repeat the same stage.",
    sources: ["Silbernagel 2007"],
  },
  {
    id: "step-back",
    text: "Drop back one stage if the pain rose during a run, you stopped early or limped, it went above 4 out of 10, the pain afterwards was severe (5 out of 10 or more), or you were sorer the next morning.",
    sources: ["seed", "Silbernagel 2007"],
  },
] as const satisfies readonly (Sourced & { readonly id: string; readonly text: string })[];

/** When to stop a run, and what next (seed's stop rules; evidence section c flare-up steps). */
export const STOP_RULES = [
  {
    id: "pain-rising",
    when: "The pain gets worse as you go.",
    action: "Stop and walk home. No run tomorrow.",
    sources: ["seed"],
  },
  {
    id: "pain-above-2",
    when: "The pain goes above 2 out of 10.",
    action: "Stop and walk home.",
    sources: ["Aspetar"],
  },
  {
    id: "limp",
    when: "You limp or your stride shortens.",
    action: "Stop and walk home.",
    sources: ["Aspetar", "AllSport Orthopaedics"],
  },
  {
    id: "severe-after",
    when: "The pain is severe afterwards (5 out of 10 or more).",
    action: "Take a break from running for a few days.",
    sources: ["seed"],
  },
  {
    id: "worse-next-morning",
    when: "You are sorer the next morning than before the run.",
    action: "Rest or cycle today; drop back one stage next time.",
    sources: ["Silbernagel 2007"],
  },
  {
    id: "new-injury",
    when: "You cannot walk without pain the next day, or there is a pop, new bruising or weakness.",
    action: "Treat it as a new injury: stop running and do a fresh check-in.",
    sources: ["seed", "Orchard 2020"],
    synthesis: true,
  },
] as const satisfies readonly (Sourced & {
  readonly id: string;
  readonly when: string;
  readonly action: string;
})[];

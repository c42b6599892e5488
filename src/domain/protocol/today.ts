// Today's plan: the exercises, advice and run guidance for one day, from the engine's answer
// (phase, canRun, runStage, slowHealer) and the day number. It presents; the engine decides.
import type { CanRun, Phase, RunStage } from "../decision.ts";
import { exerciseById, type ExerciseId } from "./exercises.ts";
import { PAIN_RULES, type PainRule } from "./pain-rules.ts";
import {
  OVERLOAD_LEVERS,
  PROTECT_DAYS,
  PROTECT_EXERCISES,
  SLOW_HEALER_CAUTIONS,
  phasePlan,
} from "./phases.ts";
import {
  isNordicDay,
  NORDIC_SOURCE,
  preventionSession,
  preventionWeekFor,
  SINGLE_RUN_SPIKE_RULE,
  type NordicWeek,
} from "./prevention.ts";
import { RUN_HABITS, RUN_STAGES, STOP_RULES, runStageGuide, type RunStageGuide } from "./run-stages.ts";
import type { Advice, Dosage, Exercise } from "./types.ts";

export interface TodayInput {
  readonly phase: Phase;
  /** Days since the injury (the decision's `day`). */
  readonly day: number;
  readonly canRun: CanRun;
  readonly runStage: RunStage | null;
  readonly slowHealer: boolean;
  /** Days since the current phase began, when known; spaces out exercises done every 2nd or 3rd day. */
  readonly daysInPhase?: number;
}

export interface TodayExercise {
  readonly exercise: Exercise;
  readonly dosage: Dosage;
  /** Phase 4: this week's Nordic sets and repetitions. */
  readonly nordicWeek?: NordicWeek;
  readonly notes: readonly string[];
}

export type TodayRun =
  | { readonly kind: "none"; readonly text: string; readonly instead: readonly ExerciseId[] }
  | { readonly kind: "limited"; readonly guide: RunStageGuide; readonly text: string }
  | { readonly kind: "stage"; readonly guide: RunStageGuide; readonly text: string }
  | { readonly kind: "normal"; readonly text: string };

export interface TodayPlan {
  readonly phase: Phase;
  /** "protect" on days 0 to 2 of phase 1, otherwise the phase's own content. */
  readonly focus: "protect" | "phase";
  readonly title: string;
  readonly goal: string;
  readonly exercises: readonly TodayExercise[];
  readonly advice: readonly Advice[];
  readonly run: TodayRun;
  readonly painRules: readonly PainRule[];
  readonly habits: typeof RUN_HABITS | readonly [];
  readonly stopRules: typeof STOP_RULES | readonly [];
}

const levers = OVERLOAD_LEVERS.map((l) => l.label);
const OVERLOAD_NOTE = `Getting easy? Make it harder, one change at a time: ${levers.slice(0, -1).join(", ")} or ${levers.at(-1)}.`;
const SLOW_HEALER_NOTE = "Slow-healing type of injury: stop well short of any pain; never stretch into it.";

export function todayPlan(input: TodayInput): TodayPlan {
  const protect = input.phase === 1 && input.day <= PROTECT_DAYS;
  const plan = phasePlan(input.phase);
  const ids: readonly string[] = protect ? PROTECT_EXERCISES : plan.exercises;
  const exercises = ids.flatMap((id) => todayExercise(id, input));
  const run = protect
    ? noRun("No running in the first days: protect the muscle.", input.phase)
    : todayRun(input);
  const running = run.kind !== "none";
  return {
    phase: input.phase,
    focus: protect ? "protect" : "phase",
    title: protect ? "Protect: the first days" : plan.title,
    goal: plan.goal,
    exercises,
    advice: input.slowHealer ? [...plan.advice, ...SLOW_HEALER_CAUTIONS] : plan.advice,
    run,
    painRules: painRulesFor(exercises, running),
    habits: running && input.canRun !== "yes" ? RUN_HABITS : [],
    stopRules: running ? STOP_RULES : [],
  };
}

function todayExercise(id: string, input: TodayInput): TodayExercise[] {
  const exercise = exerciseById(id);
  if (exercise === undefined) return [];
  if (input.slowHealer && exercise.quick && input.phase < 3) return [];
  const notes = [
    ...(exercise.onlyIf === undefined ? [] : [exercise.onlyIf]),
    ...(input.slowHealer && exercise.lengthensHamstring ? [SLOW_HEALER_NOTE] : []),
    ...(input.phase === 3 && exercise.kind === "strength" ? [OVERLOAD_NOTE] : []),
  ];
  if (exercise.id === "nordic-hamstring") return nordicToday(exercise, notes, input);
  const daysIn = input.daysInPhase ?? input.day;
  if (daysIn % exercise.dosage.frequency.everyNthDay !== 0) return [];
  return [{ exercise, dosage: exercise.dosage, notes }];
}

function nordicToday(exercise: Exercise, notes: readonly string[], input: TodayInput): TodayExercise[] {
  const daysIn = input.daysInPhase ?? 0;
  if (!isNordicDay(daysIn)) return [];
  const nordicWeek = preventionSession(preventionWeekFor(daysIn));
  return [
    { exercise, dosage: nordicDosage(nordicWeek), nordicWeek, notes: [...notes, weekNote(nordicWeek)] },
  ];
}

/** The week's sets as a dosage (the lower end of a range: build towards the upper end within the week). */
function nordicDosage(week: NordicWeek): Dosage {
  return {
    kind: "reps",
    sets: week.sets.length,
    reps: week.sets.map((s) => s.min),
    perSide: false,
    frequency: { perDay: 1, everyNthDay: 1 },
    sources: NORDIC_SOURCE.sources,
  };
}

function weekNote(week: NordicWeek): string {
  const which = week.week === "maintenance" ? "Maintenance" : `Programme week ${week.week}`;
  const sets = week.sets.map((s) => (s.min === s.max ? `${s.min}` : `${s.min}-${s.max}`)).join(", ");
  return `${which}: ${week.sessionsPerWeek} session${week.sessionsPerWeek > 1 ? "s" : ""} this week; sets of ${sets}.`;
}

function todayRun(input: TodayInput): TodayRun {
  switch (input.canRun) {
    case "no":
      return noRun("No running today.", input.phase);
    case "limited":
      if (input.phase === 3) {
        const guide = runStageGuide(input.runStage ?? 1);
        return { kind: "stage", guide, text: `Run stage ${guide.stage}: ${guide.session}` };
      }
      return {
        kind: "limited",
        guide: RUN_STAGES[0],
        text: `A short, limited run is possible: ${RUN_STAGES[0].session}`,
      };
    case "yes":
      return { kind: "normal", text: `Normal running. ${SINGLE_RUN_SPIKE_RULE.text}` };
  }
}

function noRun(text: string, phase: Phase): TodayRun {
  const instead: readonly ExerciseId[] = phase === 1 ? ["walking", "bike-easy"] : ["bike-medium"];
  return { kind: "none", text: `${text} Walk or cycle instead.`, instead };
}

function painRulesFor(exercises: readonly TodayExercise[], running: boolean): PainRule[] {
  const rules: PainRule[] = [PAIN_RULES.strength];
  if (exercises.some((e) => e.exercise.painRule === "nerve")) rules.push(PAIN_RULES.nerve);
  if (running) rules.push(PAIN_RULES.running);
  return rules;
}

// The rehab protocol as data: exercises, phases, gate tests, run stages, prevention, today's plan.
export { CITATIONS, type Citation, type Sourced } from "./citations.ts";
export type { Advice, Dosage, Exercise, ExerciseKind, HowTo, PainRuleId, PhasePlan } from "./types.ts";
export { EXERCISES, exerciseById, type ExerciseId } from "./exercises.ts";
export { PAIN_RULES, painRule, type PainRule } from "./pain-rules.ts";
export {
  PHASE_PLANS,
  PROTECT_DAYS,
  PROTECT_EXERCISES,
  OVERLOAD_LEVERS,
  OVERLOAD_SOURCE,
  SLOW_HEALER_CAUTIONS,
  phasePlan,
} from "./phases.ts";
export { GATE_TESTS, gateTestsFor, type GateTest, type GateTestId, type GateRuleId } from "./gate-tests.ts";
export {
  RUN_STAGES,
  RUN_HABITS,
  STOP_RULES,
  EFFORT_FEEL,
  EFFORT_FEEL_SOURCE,
  runStageGuide,
  type RunStageGuide,
  type StageLimits,
} from "./run-stages.ts";
export {
  NORDIC_PROGRAMME,
  NORDIC_SOURCE,
  NORDIC_ADHERENCE,
  SINGLE_RUN_SPIKE_RULE,
  HIGHER_RISK_WINDOW,
  preventionSession,
  preventionWeekFor,
  nordicDaysOfWeek,
  isNordicDay,
  singleRunCapKm,
  type NordicWeek,
  type RepRange,
} from "./prevention.ts";
export { todayPlan, type TodayInput, type TodayPlan, type TodayExercise, type TodayRun } from "./today.ts";

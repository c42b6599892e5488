// Plain words for the contract's codes: what the runner reads instead of enum values.
import type { Condition } from "../../../src/domain/decision.ts";
import type {
  ACTIVITIES,
  BRUISING,
  LEVELS,
  ONSETS,
  PREVIOUS_STRAIN,
  SIDES,
  WALKING,
} from "../../../src/domain/episode.ts";

type Words<T extends readonly string[]> = Readonly<Record<T[number], string>>;

export const ONSET_WORDS: Words<typeof ONSETS> = {
  sudden: "Suddenly, at one moment",
  gradual: "Gradually, over days or weeks",
  next_day_soreness: "Sore the day after a hard session",
  cramp: "It cramped",
};

export const ACTIVITY_WORDS: Words<typeof ACTIVITIES> = {
  sprinting: "Sprinting",
  fast_running: "Running fast (intervals, a race, a finish)",
  easy_running: "Easy running",
  slip_or_overstretch: "A slip, a split, or an overstretch",
  kicking: "Kicking",
  stretching: "Stretching",
  direct_blow: "A knock or blow to the thigh",
  other: "Something else",
};

export const PREVIOUS_WORDS: Words<typeof PREVIOUS_STRAIN> = {
  none: "No, never",
  within_8_weeks: "Yes, in the last 8 weeks",
  within_12_months: "Yes, in the last 12 months",
  longer_ago: "Yes, more than a year ago",
};

export const WALKING_WORDS: Words<typeof WALKING> = {
  normal_pain_free: "Normally, without pain",
  normal_with_pain: "Normally, but it hurts",
  limp: "With a limp",
  unable: "I can't put weight on the leg",
};

export const BRUISING_WORDS: Words<typeof BRUISING> = {
  none: "No bruise",
  small: "A small bruise",
  large: "A large bruise",
  spreading_down_thigh: "A bruise spreading down the thigh or to the knee",
};

export const LEVEL_WORDS: Words<typeof LEVELS> = {
  sit_bone: "At the sit bone",
  upper: "Upper thigh",
  middle: "Middle of the thigh",
  lower: "Lower thigh",
  behind_knee: "Behind the knee",
};

export const SIDE_WORDS: Words<typeof SIDES> = {
  outer: "outer side",
  inner: "inner side",
  centre: "centre",
  diffuse: "all over",
};

export const CONDITION_WORDS: Readonly<Record<Condition, string>> = {
  strain: "a hamstring strain",
  suspected_avulsion: "a possible tendon tear off the sit bone (avulsion)",
  possible_dvt: "a possible blood clot (deep vein thrombosis)",
  nerve_involvement: "possible nerve involvement",
  cauda_equina: "possible pressure on the nerves at the base of the spine (cauda equina)",
  compartment_syndrome: "possible pressure building up inside the thigh (compartment syndrome)",
  unable_to_bear_weight: "an injury you cannot stand on",
  referred_pain: "pain that may come from the lower back rather than the muscle",
  tendinopathy: "a possible irritated tendon near the sit bone (tendinopathy)",
  functional: "muscle soreness or tightness rather than a tear",
};

export const RUN_WORDS = {
  no: "No running today",
  limited: "A short, easy run is possible today, within limits",
  yes: "You can run normally",
} as const;

export function dayRange([min, max]: readonly [number, number]): string {
  const weeks = (d: number) => Math.round(d / 7);
  if (max >= 14) return `${weeks(min)} to ${weeks(max)} weeks`;
  return `${min} to ${max} days`;
}

/** The options of a choice, in the order of its words table (keeps zod's schemas out of the app bundle). */
export function optionsOf<T extends string>(words: Readonly<Record<T, string>>): readonly T[] {
  return Object.keys(words) as T[];
}

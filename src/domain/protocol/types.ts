// The shapes of the rehab protocol: exercises with dosage and how-to, phase plans, pain rules.
// Plain readonly data, so the app, the API and a clinician reviewing the content read the same thing.
import type { Sourced } from "./citations.ts";
import type { Phase } from "../decision.ts";

/** How much of an exercise, and how often. Every dosage names where its numbers come from. */
export type Dosage = Sourced &
  (
    | {
        readonly kind: "reps";
        readonly sets: number;
        readonly reps: number | readonly number[];
        readonly perSide: boolean;
      }
    | { readonly kind: "hold"; readonly sets: number; readonly seconds: number; readonly perSide: boolean }
    | { readonly kind: "time"; readonly sets: number; readonly minutes: number }
    | { readonly kind: "as-tolerated"; readonly guide: string }
  ) & {
    /** How often: `perDay` sessions a day, on every `everyNthDay` day (1 = daily). */
    readonly frequency: { readonly perDay: number; readonly everyNthDay: number };
    /** Tempo or rest, in words (e.g. "2 s up, 2 s down"). */
    readonly tempo?: string;
  };

export interface HowTo {
  readonly setup: readonly string[];
  readonly movement: readonly string[];
  readonly breathingAndTempo: string;
  readonly commonMistakes: readonly string[];
  readonly easier: readonly string[];
  readonly harder: readonly string[];
}

/** Which pain rule applies while doing it (see pain-rules.ts). */
export type PainRuleId = "strength" | "running" | "nerve";

export type ExerciseKind = "activity" | "strength" | "balance" | "mobility" | "lengthening" | "nerve";

export interface Exercise extends Sourced {
  /** Stable kebab-case id: the exercise log stores it. Never rename. */
  readonly id: string;
  readonly name: string;
  readonly kind: ExerciseKind;
  readonly purpose: string;
  readonly dosage: Dosage;
  readonly howTo: HowTo;
  readonly painRule: PainRuleId;
  /** Takes the hamstring towards a long position: slow healers stop well short of pain. */
  readonly lengthensHamstring: boolean;
  /** Quick footwork or speed: left out for slow healers before phase 3. */
  readonly quick: boolean;
  /** Only do it when this holds (e.g. a professional's slump test reproduced the symptoms). */
  readonly onlyIf?: string;
}

/** A piece of advice of a phase that is not an exercise (protect, ice, see a professional). */
export interface Advice extends Sourced {
  readonly id: string;
  readonly text: string;
}

export interface PhasePlan extends Sourced {
  readonly phase: Phase;
  readonly title: string;
  readonly goal: string;
  readonly advice: readonly Advice[];
  /** Exercise ids, in the order a session does them. */
  readonly exercises: readonly string[];
  /** What moves the runner on, in words; the engine's gate rule id says how it is checked. */
  readonly moveOn: { readonly text: string; readonly rule: string | null };
}

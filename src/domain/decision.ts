// The decision: the output half of spec/decision-contract.md.
import type { Grade } from "./episode.ts";

export const CONDITIONS = [
  "strain",
  "suspected_avulsion",
  "possible_dvt",
  "nerve_involvement",
  "cauda_equina",
  "compartment_syndrome",
  "unable_to_bear_weight",
  "referred_pain",
  "tendinopathy",
  "functional",
] as const;
export type Condition = (typeof CONDITIONS)[number];

/** Most urgent first; the order is used to pick the most urgent of several findings. */
export const REFERRALS = ["emergency", "same_day", "within_days", "routine", "none"] as const;
export type Referral = (typeof REFERRALS)[number];

export type CanRun = "no" | "limited" | "yes";
export type Phase = 1 | 2 | 3 | 4;
export type RunStage = 1 | 2 | 3 | 4 | 5 | 6;

export interface RunLimits {
  readonly maxMinutes: number;
  readonly maxEffort: number;
  readonly walkRun: boolean;
  readonly flatOnly: boolean;
  readonly maxPainDuring: number;
  /** Phase 4: the longest the next run may be (10 % over the longest of the last 30 days), when known. */
  readonly maxDistanceKm?: number;
}

export interface Reason {
  readonly rule: string;
  readonly text: string;
  readonly source: string;
}

export interface Decision {
  readonly schema: "strideback/decision@1";
  readonly condition: Condition;
  readonly grade: Grade | null;
  readonly slowHealer: boolean;
  readonly referral: Referral;
  readonly canRun: CanRun;
  readonly runLimits: RunLimits | null;
  readonly phase: Phase | null;
  readonly runStage: RunStage | null;
  readonly expectedReturnDays: readonly [number, number] | null;
  readonly reasons: readonly Reason[];
  /** Day N since the injury (today - injury.date). */
  readonly day: number;
  /** Phase 4 only: the single-run cap in km from history.longestRunLast30DaysKm (Frandsen 2025), else null. */
  readonly nextRunMaxKm: number | null;
  /** The dated phase changes the replay found, for the progress timeline. */
  readonly phaseHistory: readonly PhaseChange[];
  /** The gate out of the current phase and what is still missing for it; null outside phases 1-3. */
  readonly nextGate: NextGate | null;
}

export interface NextGate {
  readonly rule: string;
  readonly to: 2 | 3 | 4;
  readonly missing: readonly { readonly test: string; readonly label: string }[];
}

export interface PhaseChange {
  readonly date: string;
  readonly from: Phase;
  readonly to: Phase;
  readonly rule: string;
}

// Re-injury prevention (phase 4): the 10-week Nordic hamstring programme then weekly maintenance,
// the single-run spike rule and the 15-week higher-risk window (evidence sections e and f).
import type { Sourced } from "./citations.ts";

export interface RepRange {
  readonly min: number;
  readonly max: number;
}

export interface NordicWeek {
  /** 1..10, or "maintenance" for every week after the tenth. */
  readonly week: number | "maintenance";
  readonly sessionsPerWeek: number;
  readonly sets: readonly RepRange[];
  readonly note?: string;
}

const reps = (n: number): RepRange => ({ min: n, max: n });
const fullDose = [reps(12), reps(10), reps(8)];

/** Petersen 2011's progression (27 sessions over 10 weeks), as tabled in the evidence, section e. */
export const NORDIC_PROGRAMME = [
  { week: 1, sessionsPerWeek: 1, sets: [reps(5), reps(5)] },
  { week: 2, sessionsPerWeek: 2, sets: [reps(6), reps(6)] },
  {
    week: 3,
    sessionsPerWeek: 3,
    sets: [
      { min: 6, max: 8 },
      { min: 6, max: 8 },
      { min: 6, max: 8 },
    ],
  },
  {
    week: 4,
    sessionsPerWeek: 3,
    sets: [
      { min: 8, max: 10 },
      { min: 8, max: 10 },
      { min: 8, max: 10 },
    ],
    note: "One published version uses 3 sets of 8 this week: start at 8 and build towards 10.",
  },
  { week: 5, sessionsPerWeek: 3, sets: fullDose },
  { week: 6, sessionsPerWeek: 3, sets: fullDose },
  { week: 7, sessionsPerWeek: 3, sets: fullDose },
  { week: 8, sessionsPerWeek: 3, sets: fullDose },
  { week: 9, sessionsPerWeek: 3, sets: fullDose },
  { week: 10, sessionsPerWeek: 3, sets: fullDose },
  { week: "maintenance", sessionsPerWeek: 1, sets: fullDose },
] as const satisfies readonly NordicWeek[];

export const NORDIC_SOURCE = { sources: ["Petersen 2011", "van Dyk 2019"] } as const satisfies Sourced;

/** The Nordic dose for week `weekNumber` (1 = the first week of phase 4); week 11 on is maintenance. */
export function preventionSession(weekNumber: number): NordicWeek {
  if (!Number.isInteger(weekNumber) || weekNumber < 1) {
    throw new RangeError(`preventionSession: weekNumber must be a whole number from 1, got ${weekNumber}`);
  }
  const rows: readonly NordicWeek[] = NORDIC_PROGRAMME;
  return rows.find((r) => r.week === weekNumber) ?? maintenance();
}

function maintenance(): NordicWeek {
  const rows: readonly NordicWeek[] = NORDIC_PROGRAMME;
  const row = rows.find((r) => r.week === "maintenance");
  if (row === undefined) throw new Error("NORDIC_PROGRAMME has no maintenance row");
  return row;
}

/** The programme week for a day counted from the start of phase 4 (day 0 = week 1). */
export function preventionWeekFor(daysSincePhase4Start: number): number {
  if (!Number.isInteger(daysSincePhase4Start) || daysSincePhase4Start < 0) {
    throw new RangeError(
      `preventionWeekFor: days must be a whole number from 0, got ${daysSincePhase4Start}`,
    );
  }
  return Math.floor(daysSincePhase4Start / 7) + 1;
}

/** Which days of a 7-day week (0..6) carry a Nordic session: spread out, never two days running. */
export function nordicDaysOfWeek(sessionsPerWeek: number): readonly number[] {
  if (sessionsPerWeek <= 1) return [0];
  if (sessionsPerWeek === 2) return [0, 3];
  return [0, 2, 4];
}

/** Is there a Nordic session on this day of phase 4 (day 0 = the first day)? */
export function isNordicDay(daysSincePhase4Start: number): boolean {
  const { sessionsPerWeek } = preventionSession(preventionWeekFor(daysSincePhase4Start));
  return nordicDaysOfWeek(sessionsPerWeek).includes(daysSincePhase4Start % 7);
}

export const NORDIC_ADHERENCE = {
  text: "It only works if you keep doing it: the benefit was seen when people did more than half of the sessions and never went more than about 3 weeks without one.",
  sources: ["Ripley 2021"],
} as const satisfies Sourced & { readonly text: string };

/** No single run more than 10 % longer than the longest run of the last 30 days. */
export const SINGLE_RUN_SPIKE_RULE = {
  maxIncrease: 0.1,
  text: "Keep every run no more than 10 % longer than your longest run of the last 30 days. Single long jumps in one run were linked to injury; weekly totals were not.",
  sources: ["Frandsen 2025", "Buist 2008"],
} as const satisfies Sourced & { readonly maxIncrease: number; readonly text: string };

/** The longest the next run may be, in km (one decimal, rounded down so it never exceeds the rule). */
export function singleRunCapKm(longestRunLast30DaysKm: number): number {
  return Math.floor(longestRunLast30DaysKm * (1 + SINGLE_RUN_SPIKE_RULE.maxIncrease) * 10 + 1e-9) / 10;
}

export const HIGHER_RISK_WINDOW = {
  weeks: 15,
  text: "The chance of straining the same hamstring again is highest in the first weeks back and stays raised for about 15 weeks. Keep speed work gradual and the Nordic programme going through this time.",
  sources: ["Orchard 2020", "Heiderscheit 2010"],
} as const satisfies Sourced & { readonly weeks: number; readonly text: string };

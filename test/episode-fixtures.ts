// Small valid episode parts for store and server tests: a calm check-in, an easy run, a first assessment.
import type { CheckIn, Injury, Run, Runner } from "../src/domain/episode.ts";

export function checkIn(date: string, overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    date,
    walking: "normal_with_pain",
    painAtRest: 1,
    painWalking: 2,
    painSitting: 1,
    bruising: "none",
    gapFelt: false,
    legFeelsWeak: false,
    footNumbnessOrDrop: false,
    calfSwellingWarmth: false,
    breathlessOrChestPain: false,
    tenseEscalatingThigh: false,
    saddleNumbnessOrBladder: false,
    backPainOrTingling: false,
    ...overrides,
  };
}

export function run(date: string, overrides: Partial<Run> = {}): Run {
  return { date, minutes: 20, distanceKm: 3, effort: 0.5, painDuring: 0, painRose: false, stoppedEarly: false, limp: false, painAfter: 0, ...overrides };
}

export const runner: Runner = { age: 35, previousHamstringStrain: "none" };

export function injury(date: string): Injury {
  return {
    date,
    onset: "sudden",
    activity: "fast_running",
    popFelt: false,
    forcedToStop: true,
    painAtInjury: 5,
    location: { level: "middle", side: "outer" },
  };
}

/** ISO date `days` after `iso`. */
export function plusDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}

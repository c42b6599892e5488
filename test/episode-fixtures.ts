// Builders for episodes in tests: a sound check-in or run with only the fields a test cares about changed.
import type { CheckIn, Episode, Run } from "../src/domain/episode.ts";
import { addDays } from "../src/domain/dates.ts";

export function checkIn(date: string, over: Partial<CheckIn> = {}): CheckIn {
  return {
    date,
    walking: "normal_pain_free",
    painAtRest: 0,
    painWalking: 0,
    painSitting: 0,
    bruising: "none",
    gapFelt: false,
    legFeelsWeak: false,
    footNumbnessOrDrop: false,
    calfSwellingWarmth: false,
    breathlessOrChestPain: false,
    tenseEscalatingThigh: false,
    saddleNumbnessOrBladder: false,
    backPainOrTingling: false,
    ...over,
  };
}

export function run(date: string, over: Partial<Run> = {}): Run {
  return {
    date,
    minutes: 20,
    effort: 0.5,
    painDuring: 0,
    painRose: false,
    stoppedEarly: false,
    limp: false,
    painAfter: 0,
    ...over,
  };
}

export const INJURY_DATE = "2026-11-02";

export function episode(over: Partial<Episode> & { day?: number } = {}): Episode {
  const { day, ...rest } = over;
  return {
    schema: "strideback/episode@1",
    today: addDays(INJURY_DATE, day ?? 5),
    runner: { age: 34, previousHamstringStrain: "none" },
    injury: {
      date: INJURY_DATE,
      onset: "sudden",
      activity: "fast_running",
      popFelt: false,
      forcedToStop: false,
      painAtInjury: 3,
      location: { level: "middle", side: "outer" },
    },
    checkIns: [checkIn(addDays(INJURY_DATE, 1))],
    ...rest,
  };
}

export const onDay = (n: number) => addDays(INJURY_DATE, n);

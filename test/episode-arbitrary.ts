// fast-check arbitraries for valid episodes: dates in order, most booleans false (as in real check-ins),
// so that every branch of the engine is reached often.
import fc from "fast-check";
import { addDays } from "../src/domain/dates.ts";
import {
  ACTIVITIES,
  BRUISING,
  LEVELS,
  ONSETS,
  PREVIOUS_STRAIN,
  SIDES,
  WALKING,
  type CheckIn,
  type Episode,
  type Run,
} from "../src/domain/episode.ts";

const rarely = fc.oneof(
  { weight: 12, arbitrary: fc.constant(false) },
  { weight: 1, arbitrary: fc.constant(true) },
);
const pain = fc.integer({ min: 0, max: 10 });
const lowPain = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 1, arbitrary: pain },
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
const walking = fc.oneof(
  { weight: 8, arbitrary: fc.constant("normal_pain_free" as const) },
  { weight: 3, arbitrary: fc.constantFrom(...WALKING) },
);

const tests = fc.record(
  {
    standingCurlPain: lowPain,
    singleLegBridgePain: lowPain,
    singleLegSquatPain: lowPain,
    bikeFiveMinPain: lowPain,
    slowJogPain: lowPain,
    phase2ExercisesPain: lowPain,
    fastLegSwingInsecure: rarely,
    kneeExtensionDiscomfort: rarely,
  },
  { requiredKeys: [] },
);

const checkInOn = (date: string): fc.Arbitrary<CheckIn> =>
  fc.record(
    {
      date: fc.constant(date),
      walking,
      painAtRest: lowPain,
      painWalking: lowPain,
      painSitting: lowPain,
      bruising: fc.oneof(
        { weight: 6, arbitrary: fc.constant("none" as const) },
        { weight: 1, arbitrary: fc.constantFrom(...BRUISING) },
      ),
      gapFelt: rarely,
      legFeelsWeak: rarely,
      footNumbnessOrDrop: rarely,
      calfSwellingWarmth: rarely,
      breathlessOrChestPain: rarely,
      tenseEscalatingThigh: rarely,
      saddleNumbnessOrBladder: rarely,
      backPainOrTingling: rarely,
      tests: maybe(tests),
      clinician: maybe(
        fc.record(
          {
            grade: fc.constantFrom("I", "II", "III" as const),
            tendonInvolved: fc.boolean(),
            clearedToRun: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    {
      requiredKeys: [
        "date",
        "walking",
        "painAtRest",
        "painWalking",
        "painSitting",
        "bruising",
        "gapFelt",
        "legFeelsWeak",
        "footNumbnessOrDrop",
        "calfSwellingWarmth",
        "breathlessOrChestPain",
        "tenseEscalatingThigh",
        "saddleNumbnessOrBladder",
        "backPainOrTingling",
      ],
    },
  ) as fc.Arbitrary<CheckIn>;

const runOn = (date: string): fc.Arbitrary<Run> =>
  fc.record({
    date: fc.constant(date),
    minutes: fc.integer({ min: 5, max: 70 }),
    effort: fc.constantFrom(0.4, 0.5, 0.6, 0.7, 0.9, 1),
    painDuring: lowPain,
    painRose: rarely,
    stoppedEarly: rarely,
    limp: rarely,
    painAfter: lowPain,
    painNextMorning: maybe(lowPain),
  }) as fc.Arbitrary<Run>;

const sortedOffsets = (max: number, min: number, maxLength: number) =>
  fc
    .array(fc.integer({ min: 0, max }), { minLength: min, maxLength })
    .map((a) => [...a].sort((x, y) => x - y));

export const episodeArbitrary: fc.Arbitrary<Episode> = fc
  .record({
    days: fc.integer({ min: 0, max: 70 }),
    age: fc.integer({ min: 10, max: 100 }),
    previous: fc.constantFrom(...PREVIOUS_STRAIN),
    onset: fc.oneof(
      { weight: 6, arbitrary: fc.constant("sudden" as const) },
      { weight: 2, arbitrary: fc.constantFrom(...ONSETS) },
    ),
    activity: fc.constantFrom(...ACTIVITIES),
    popFelt: rarely,
    forcedToStop: fc.boolean(),
    painAtInjury: pain,
    level: fc.constantFrom(...LEVELS),
    side: fc.constantFrom(...SIDES),
    bothLegs: maybe(rarely),
    checkInSeeds: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
    runSeeds: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 }),
    longest: maybe(fc.integer({ min: 1, max: 40 })),
  })
  .chain((p) => {
    const injury = "2026-10-01";
    const dates = (seeds: number[]) =>
      seeds
        .map((s) => Math.min(p.days, Math.floor(s * (p.days + 1))))
        .sort((a, b) => a - b)
        .map((d) => addDays(injury, d));
    return fc
      .tuple(fc.tuple(...dates(p.checkInSeeds).map(checkInOn)), fc.tuple(...dates(p.runSeeds).map(runOn)))
      .map(([checkIns, runs]): Episode => ({
        schema: "strideback/episode@1",
        today: addDays(injury, p.days),
        runner: { age: p.age, previousHamstringStrain: p.previous },
        injury: {
          date: injury,
          onset: p.onset,
          activity: p.activity,
          popFelt: p.popFelt,
          forcedToStop: p.forcedToStop,
          painAtInjury: p.painAtInjury,
          location: { level: p.level, side: p.side },
          ...(p.bothLegs === undefined ? {} : { bothLegs: p.bothLegs }),
        },
        checkIns,
        ...(runs.length > 0 ? { runs } : {}),
        ...(p.longest === undefined ? {} : { history: { longestRunLast30DaysKm: p.longest } }),
      }));
  });

export { sortedOffsets };

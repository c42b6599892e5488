// The episode: everything a runner has told us about one injury, plus the date the decision is for.
// This zod schema is the input half of spec/decision-contract.md; the server and the CLI validate with it.
import { z } from "zod";
import { dayNumber } from "./dates.ts";

const isoDate = z
  .string()
  .refine((s) => dayNumber(s) !== null, { message: "must be a real calendar date written YYYY-MM-DD" });

const pain = z.number().min(0, "must be from 0 to 10").max(10, "must be from 0 to 10");

export const PREVIOUS_STRAIN = ["none", "within_8_weeks", "within_12_months", "longer_ago"] as const;
export const ONSETS = ["sudden", "gradual", "next_day_soreness", "cramp"] as const;
export const ACTIVITIES = [
  "sprinting",
  "fast_running",
  "easy_running",
  "slip_or_overstretch",
  "kicking",
  "stretching",
  "direct_blow",
  "other",
] as const;
export const LEVELS = ["sit_bone", "upper", "middle", "lower", "behind_knee"] as const;
export const SIDES = ["outer", "inner", "centre", "diffuse"] as const;
export const WALKING = ["normal_pain_free", "normal_with_pain", "limp", "unable"] as const;
export const BRUISING = ["none", "small", "large", "spreading_down_thigh"] as const;
export const GRADES = ["I", "II", "III"] as const;

export const runnerSchema = z.object({
  age: z
    .number()
    .int("must be a whole number of years")
    .min(10, "must be from 10 to 100")
    .max(100, "must be from 10 to 100"),
  previousHamstringStrain: z.enum(PREVIOUS_STRAIN),
  previousAcl: z.boolean().optional(),
});

export const injurySchema = z.object({
  date: isoDate,
  onset: z.enum(ONSETS),
  activity: z.enum(ACTIVITIES),
  popFelt: z.boolean(),
  forcedToStop: z.boolean(),
  painAtInjury: pain,
  location: z.object({ level: z.enum(LEVELS), side: z.enum(SIDES) }),
  bothLegs: z.boolean().optional(),
});

export const testsSchema = z.object({
  standingCurlPain: pain.optional(),
  singleLegBridgePain: pain.optional(),
  singleLegSquatPain: pain.optional(),
  bikeFiveMinPain: pain.optional(),
  slowJogPain: pain.optional(),
  phase2ExercisesPain: pain.optional(),
  fastLegSwingInsecure: z.boolean().optional(),
  kneeExtensionDiscomfort: z.boolean().optional(),
});

export const clinicianSchema = z.object({
  grade: z.enum(GRADES).optional(),
  tendonInvolved: z.boolean().optional(),
  clearedToRun: z.boolean().optional(),
});

export const checkInSchema = z.object({
  date: isoDate,
  walking: z.enum(WALKING),
  painAtRest: pain,
  painWalking: pain,
  painSitting: pain,
  bruising: z.enum(BRUISING),
  gapFelt: z.boolean(),
  legFeelsWeak: z.boolean(),
  footNumbnessOrDrop: z.boolean(),
  calfSwellingWarmth: z.boolean(),
  breathlessOrChestPain: z.boolean(),
  tenseEscalatingThigh: z.boolean(),
  saddleNumbnessOrBladder: z.boolean(),
  backPainOrTingling: z.boolean(),
  tests: testsSchema.optional(),
  clinician: clinicianSchema.optional(),
});

export const runSchema = z.object({
  date: isoDate,
  minutes: z.number().gt(0, "must be more than 0 minutes").max(600, "must be at most 600 minutes"),
  distanceKm: z.number().min(0, "must be 0 km or more").max(200, "must be at most 200 km").optional(),
  effort: z.number().min(0, "must be from 0 to 1").max(1, "must be from 0 to 1"),
  painDuring: pain,
  painRose: z.boolean(),
  stoppedEarly: z.boolean(),
  limp: z.boolean(),
  painAfter: pain,
  painNextMorning: pain.optional(),
});

export const historySchema = z.object({
  longestRunLast30DaysKm: z
    .number()
    .min(0, "must be 0 km or more")
    .max(500, "must be at most 500 km")
    .optional(),
});

const episodeShape = z.object({
  schema: z.literal("strideback/episode@1"),
  today: isoDate,
  runner: runnerSchema,
  injury: injurySchema,
  checkIns: z.array(checkInSchema).min(1, "needs at least one check-in"),
  runs: z.array(runSchema).optional(),
  history: historySchema.optional(),
});

/** Dates must be in order: injury <= check-ins and runs (chronological) <= today. */
export const episodeSchema = episodeShape.superRefine((ep, ctx) => {
  for (const issue of dateOrderIssues(ep))
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
});

/**
 * The date rules, read defensively from any value, so that they are reported together with the field errors
 * (zod skips an object's refinements while its fields have errors).
 */
export function dateOrderIssues(input: unknown): { path: (string | number)[]; message: string }[] {
  const ep = input as {
    today?: unknown;
    injury?: { date?: unknown };
    checkIns?: unknown;
    runs?: unknown;
  } | null;
  const day = (v: unknown) => (typeof v === "string" ? dayNumber(v) : null);
  const today = day(ep?.today);
  const injury = day(ep?.injury?.date);
  const out: { path: (string | number)[]; message: string }[] = [];
  if (today !== null && injury !== null && injury > today)
    out.push({ path: ["injury", "date"], message: "is after today" });
  const checkDated = (items: unknown, key: "checkIns" | "runs", what: string) => {
    if (!Array.isArray(items)) return;
    let previous = -Infinity;
    items.forEach((item: unknown, i) => {
      const d = day((item as { date?: unknown } | null)?.date);
      if (d === null) return;
      const path = [key, i, "date"];
      if (injury !== null && d < injury) out.push({ path, message: `${what} is before the injury date` });
      if (today !== null && d > today) out.push({ path, message: `${what} is after today` });
      if (d < previous)
        out.push({ path, message: `${what} is earlier than the one before it; list them in date order` });
      previous = d;
    });
  };
  checkDated(ep?.checkIns, "checkIns", "check-in");
  checkDated(ep?.runs, "runs", "run");
  return out;
}

export type Episode = z.infer<typeof episodeSchema>;
export type Runner = z.infer<typeof runnerSchema>;
export type Injury = z.infer<typeof injurySchema>;
export type CheckIn = z.infer<typeof checkInSchema>;
export type Run = z.infer<typeof runSchema>;
export type GateTests = z.infer<typeof testsSchema>;
export type Grade = (typeof GRADES)[number];

export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

export type ParseResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: ValidationIssue[] };

/** Turns zod's issues into the contract's `{path, message}` list (path joined with dots). */
export function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map(String).join("."),
    message: plainMessage(i),
  }));
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "is required" : `must be ${article(issue.expected)}`;
    case "too_small":
    case "too_big":
    case "custom":
      return issue.message;
    case "invalid_value": {
      const allowed = `one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
      return issue.input === undefined ? `is required (${allowed})` : `must be ${allowed}`;
    }
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** Validates an unknown value as an episode: every violation reported with its path and a plain message. */
export function parseEpisode(input: unknown): ParseResult<Episode> {
  const r = episodeSchema.safeParse(input, { reportInput: true });
  if (r.success) return { ok: true, value: r.data };
  const issues = toIssues(r.error);
  const seen = new Set(issues.map((i) => `${i.path}\u0000${i.message}`));
  for (const d of dateOrderIssues(input)) {
    const issue = { path: d.path.join("."), message: d.message };
    if (!seen.has(`${issue.path}\u0000${issue.message}`)) issues.push(issue);
  }
  return { ok: false, issues };
}

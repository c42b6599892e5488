// Section 5 of clinical-rules.md: "Can I run today?" for a strain with no red flag. The first matching row
// decides; a clinician who has not cleared running overrides any "yes" or "limited".
import type { CanRun, Phase, RunLimits, RunStage } from "../decision.ts";
import { checkInOnOrBefore, latestClinician, type DatedRun, type EpisodeContext } from "./context.ts";
import type { GradedStrain } from "./grade.ts";
import { stageRow } from "./stages.ts";
import type { RuleRow } from "./types.ts";

export interface RunContext extends GradedStrain {
  readonly phase: Phase;
  readonly runStage: RunStage | null;
  /** Days since the current strain began: the injury, or the run stopped before a re-triage (PH-RETRIAGE). */
  readonly strainDay: number;
  /** True after a re-triage: the current strain began with a stopped run, not on the injury date. */
  readonly newStrain: boolean;
}

export interface RunTodayRule<Ctx = RunContext> extends RuleRow<Ctx> {
  readonly canRun: CanRun;
  readonly limits: (ctx: Ctx) => RunLimits | null;
}

/** What the rules about the last run read: only the episode. They apply to every running answer. */
export interface LastRunContext {
  readonly c: EpisodeContext;
}

/** Seed: "reduced volume may be possible"; steady, flat. */
export const GRADE1_LIMITS: RunLimits = {
  maxMinutes: 20,
  maxEffort: 0.5,
  walkRun: true,
  flatOnly: true,
  maxPainDuring: 2,
};

const none = () => null;

/**
 * The latest run at most `maxDaysAgo` days before today that `pick` accepts, or null. Every recent run is
 * read, not only the last one: a later run must not hide one that went badly (the seed's stop rules).
 */
function recentRun(
  c: EpisodeContext,
  maxDaysAgo: number,
  pick: (r: DatedRun, c: EpisodeContext) => boolean,
): DatedRun | null {
  for (let i = c.runs.length - 1; i >= 0; i--) {
    const r = c.runs[i];
    if (r === undefined || c.today - r.day > maxDaysAgo) return null;
    if (pick(r, c)) return r;
  }
  return null;
}

const painRoseOrStopped = ({ run }: DatedRun) => run.painRose || run.stoppedEarly;
const severeAfter = ({ run }: DatedRun) => run.painAfter >= 5;
const worseMorningAfterYesterday = ({ day, run }: DatedRun, c: EpisodeContext) =>
  c.today - day === 1 &&
  run.painNextMorning !== undefined &&
  run.painNextMorning > (checkInOnOrBefore(c, day)?.painAtRest ?? 0);

/** The seed's stop rules and the 24-hour response: a run that went badly means no running today. */
export const LAST_RUN_RULES: readonly RunTodayRule<LastRunContext>[] = [
  {
    id: "RUN-STOPPED",
    summary: "a run from yesterday or today had painRose or stoppedEarly",
    source: "seed",
    canRun: "no",
    limits: none,
    when: (x) => recentRun(x.c, 1, painRoseOrStopped) !== null,
    text: () =>
      "On a run yesterday or today the pain got worse as you went or made you stop: no running today. Rest or cross-train, and make the next run easier than that one.",
  },
  {
    id: "RUN-BREAK",
    summary: "a run less than 3 days ago had painAfter >= 5",
    source: "seed",
    canRun: "no",
    limits: none,
    when: (x) => recentRun(x.c, 2, severeAfter) !== null,
    text: (x) => {
      const r = recentRun(x.c, 2, severeAfter);
      return `The pain after your run of ${r?.run.date ?? "the last days"} was severe (${r?.run.painAfter ?? 5}/10): take a break from running for a few days (three days from that run).`;
    },
  },
  {
    id: "RUN-MORNING",
    summary:
      "a run from yesterday has painNextMorning above the resting pain of the last check-in before (or on the day of) that run",
    source: "Silbernagel 2007",
    canRun: "no",
    limits: none,
    when: (x) => recentRun(x.c, 1, worseMorningAfterYesterday) !== null,
    text: () =>
      "This morning's pain is above your usual resting pain after yesterday's run: rest or cross-train today, and do not step up when you run next.",
  },
];

const PROTECT_RULE: RunTodayRule = {
  id: "RUN-PROTECT",
  summary: "day <= 2 (counted from the stopped run after a re-triage, a new strain)",
  source: "seed; Dubois & Esculier 2020",
  canRun: "no",
  limits: none,
  when: (x) => x.strainDay <= 2,
  text: (x) =>
    `${x.newStrain ? `Day ${x.strainDay} after the run you had to stop, which we treat as a new strain` : `Day ${x.strainDay} after the injury`}: protect it for a short while. No running yet; walking, gentle movement and easy exercises that tense the muscle without moving the leg (isometrics) are fine.`,
};

export const RUN_TODAY_RULES: readonly RunTodayRule[] = [
  PROTECT_RULE,
  ...LAST_RUN_RULES,
  {
    id: "RUN-WALK",
    summary: "the current walking is not normal_pain_free",
    source: "seed; Heiderscheit 2010",
    canRun: "no",
    limits: none,
    when: (x) => x.c.current.walking !== "normal_pain_free",
    text: () => "Walking still hurts or is not normal yet: no running until you walk normally without pain.",
  },
  {
    id: "RUN-GRADE",
    summary: "grade II or III, or a slow healer, and phase < 3",
    source: "seed",
    canRun: "no",
    limits: none,
    when: (x) => (x.grade !== "I" || x.slowHealer) && x.phase < 3,
    text: (x) =>
      x.grade === "I"
        ? "A tendon-type strain is treated like a grade II: no running until phase 3. Strength work builds the way back."
        : `With a grade ${x.grade} strain you should not run yet: running now would prolong and aggravate it. Running starts in phase 3.`,
  },
  {
    id: "RUN-GRADE1",
    summary: "grade I and phase < 3",
    source: "seed",
    canRun: "limited",
    limits: () => GRADE1_LIMITS,
    when: (x) => x.grade === "I" && x.phase < 3,
    text: () =>
      "A mild strain may allow a short, reduced run: walk-jog on flat ground at an easy pace (half your top speed at most), up to 20 minutes. Stop if the pain goes above 2/10 or gets worse as you go.",
  },
  {
    id: "RUN-STAGE",
    summary: "phase 3",
    source: "seed; Aspetar",
    canRun: "limited",
    limits: (x) => stageRow(x.runStage ?? 1).limits,
    when: (x) => x.phase === 3,
    text: (x) => {
      const s = stageRow(x.runStage ?? 1);
      return `Run stage ${s.stage}: ${s.what}, up to ${s.limits.maxMinutes} minutes at no more than ${Math.round(s.limits.maxEffort * 100)} % of your top speed. Stop if the pain passes 2/10 or rises as you go.`;
    },
  },
  {
    id: "RUN-CLEARED",
    summary: "phase 4",
    source: "Frandsen 2025",
    canRun: "yes",
    limits: none,
    when: (x) => x.phase === 4,
    text: (x) => {
      const km = longestRecentKm(x.c);
      return km === null
        ? "Back to normal training. Keep any single run no more than 10 % longer than your longest run of the last 30 days, and stop if the hamstring hurts more as you go."
        : `Back to normal training. Keep your next run to ${capKm(km)} km at most: no more than 10 % longer than your longest run of the last 30 days (${km} km). Stop if the hamstring hurts more as you go.`;
    },
  },
];

export const CLINICIAN_HOLD_RULE: RuleRow<LastRunContext> = {
  id: "RUN-CLINICIAN",
  // The latest clinician answer stands until the clinician changes it, so a later check-in by the runner
  // alone does not lift it (more careful than reading the current check-in only).
  summary:
    "clinician.clearedToRun = false on the current check-in (or the latest check-in where a clinician set it)",
  source: "seed (diagnosis by a professional)",
  when: (x) => latestClinician(x.c, "clearedToRun") === false,
  text: () => "Your physiotherapist or doctor has not cleared you to run yet: no running until they do.",
};

/**
 * The longest run of the last 30 days in km, for the phase 4 cap: `history.longestRunLast30DaysKm` when it is
 * above 0, else the longest run of this episode in the last 30 days that has a distance (the evidence counts
 * post-injury runs), else null. A longest run of 0 km would cap the next run at 0 km while saying "yes".
 */
export function longestRecentKm(c: EpisodeContext): number | null {
  const given = c.episode.history?.longestRunLast30DaysKm;
  if (given !== undefined && given > 0) return given;
  let longest = 0;
  for (const { day, run } of c.runs)
    if (c.today - day < 30 && run.distanceKm !== undefined && run.distanceKm > longest)
      longest = run.distanceKm;
  return longest > 0 ? longest : null;
}

/** The single-run cap: 10 % over the longest run of the last 30 days (Frandsen 2025), to 0.1 km. */
export function capKm(longestKm: number): number {
  return Math.floor(longestKm * 1.1 * 10 + 1e-9) / 10;
}

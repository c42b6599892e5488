// Section 5 of clinical-rules.md: "Can I run today?" for a strain with no red flag. The first matching row
// decides; a clinician who has not cleared running overrides any "yes" or "limited".
import type { CanRun, Phase, RunLimits, RunStage } from "../decision.ts";
import { checkInOnOrBefore, lastRun, latestClinician, type EpisodeContext } from "./context.ts";
import type { GradedStrain } from "./grade.ts";
import { stageRow } from "./stages.ts";
import type { RuleRow } from "./types.ts";

export interface RunContext extends GradedStrain {
  readonly phase: Phase;
  readonly runStage: RunStage | null;
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
const daysSinceLastRun = (x: LastRunContext) => {
  const last = lastRun(x.c);
  return last === null ? Infinity : x.c.today - last.day;
};

/** The seed's stop rules and the 24-hour response: a run that went badly means no running today. */
export const LAST_RUN_RULES: readonly RunTodayRule<LastRunContext>[] = [
  {
    id: "RUN-STOPPED",
    summary: "the last run had painRose or stoppedEarly and is from yesterday or today",
    source: "seed",
    canRun: "no",
    limits: none,
    when: (x) => {
      const last = lastRun(x.c);
      return last !== null && (last.run.painRose || last.run.stoppedEarly) && daysSinceLastRun(x) <= 1;
    },
    text: () =>
      "On your last run the pain got worse as you went or made you stop: no running today. Rest or cross-train, then repeat an easier stage.",
  },
  {
    id: "RUN-BREAK",
    summary: "the last run had painAfter >= 5 and was less than 3 days ago",
    source: "seed",
    canRun: "no",
    limits: none,
    when: (x) => {
      const last = lastRun(x.c);
      return last !== null && last.run.painAfter >= 5 && daysSinceLastRun(x) < 3;
    },
    text: (x) =>
      `The pain after your last run was severe (${lastRun(x.c)?.run.painAfter}/10): take a break from running for a few days.`,
  },
  {
    id: "RUN-MORNING",
    summary:
      "the last run was yesterday and its painNextMorning is above the resting pain of the last check-in before it",
    source: "Silbernagel 2007",
    canRun: "no",
    limits: none,
    when: (x) => {
      const last = lastRun(x.c);
      if (last === null || daysSinceLastRun(x) !== 1 || last.run.painNextMorning === undefined) return false;
      const rest = checkInOnOrBefore(x.c, last.day)?.painAtRest ?? 0;
      return last.run.painNextMorning > rest;
    },
    text: () =>
      "This morning's pain is above your usual resting pain after yesterday's run: rest or cross-train today; the next run repeats the same stage.",
  },
];

const PROTECT_RULE: RunTodayRule = {
  id: "RUN-PROTECT",
  summary: "day <= 2",
  source: "seed; Dubois & Esculier 2020",
  canRun: "no",
  limits: none,
  when: (x) => x.c.day <= 2,
  text: (x) =>
    `Day ${x.c.day} after the injury: protect it for a short while. No running yet; walking, gentle movement and easy isometric exercises are fine.`,
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
      "A mild strain may allow a short, reduced run: walk-jog on flat ground, easy pace, up to 20 minutes. Stop if the pain goes above 2/10 or gets worse as you go.",
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
      return `Run stage ${s.stage}: ${s.what}, up to ${s.limits.maxMinutes} minutes at ${Math.round(s.limits.maxEffort * 100)} % effort or less. Stop if the pain passes 2/10 or rises as you go.`;
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
      const km = x.c.episode.history?.longestRunLast30DaysKm;
      return km === undefined
        ? "Back to normal training. Keep any single run no more than 10 % longer than your longest run of the last 30 days."
        : `Back to normal training. Keep your next run under ${capKm(km)} km: no more than 10 % longer than your longest run of the last 30 days (${km} km).`;
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

/** The single-run cap: 10 % over the longest run of the last 30 days (Frandsen 2025), to 0.1 km. */
export function capKm(longestKm: number): number {
  return Math.floor(longestKm * 1.1 * 10 + 1e-9) / 10;
}

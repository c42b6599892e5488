// Section 2 of clinical-rules.md: presentations that are not a strain (only when no red flag fired, and not
// when a clinician has graded the strain). For these the strain programme (phases and run stages) does not apply.
import type { CanRun, Condition, Referral, RunLimits } from "../decision.ts";
import type { EpisodeContext } from "./context.ts";
import type { RuleRow } from "./types.ts";

export interface NotStrainRule extends RuleRow<EpisodeContext> {
  readonly condition: Condition;
  readonly referral: Referral;
  readonly run: (ctx: EpisodeContext) => {
    readonly canRun: CanRun;
    readonly runLimits: RunLimits | null;
    readonly text: string;
  };
}

/** Easy and flat, pain at most 3/10 (the pain-monitoring model's "safe" zone: Silbernagel 2007; Goom 2016). */
export const EASY_FLAT_LIMITS: RunLimits = {
  maxMinutes: 30,
  maxEffort: 0.6,
  walkRun: false,
  flatOnly: true,
  maxPainDuring: 3,
};
/** Easy recovery runs after a functional (fatigue or soreness) problem. */
export const RECOVERY_LIMITS: RunLimits = {
  maxMinutes: 30,
  maxEffort: 0.6,
  walkRun: false,
  flatOnly: false,
  maxPainDuring: 2,
};

/** A professional's grade is a diagnosis of a strain: the not-a-strain estimates then no longer apply. */
const noClinicianGrade = (c: EpisodeContext) => c.ever.clinician.grade === undefined;

const highPain = (c: EpisodeContext) =>
  c.episode.injury.location.level === "sit_bone" || c.current.painSitting >= 3;

export const NOT_STRAIN_RULES: readonly NotStrainRule[] = [
  {
    id: "NS-REFERRED",
    summary: "onset gradual and backPainOrTingling (no clinician grade)",
    condition: "referred_pain",
    referral: "routine",
    source: "Turl & George 1998",
    when: (c) => noClinicianGrade(c) && c.episode.injury.onset === "gradual" && c.current.backPainOrTingling,
    text: () =>
      "The pain came on gradually and comes with back pain or pins and needles below the knee: it may be coming from the back or a nerve rather than a torn muscle, so the strain programme does not apply. See a physiotherapist when convenient.",
    run: (c) =>
      c.current.walking === "normal_pain_free"
        ? {
            canRun: "limited",
            runLimits: EASY_FLAT_LIMITS,
            text: "Easy, flat running is fine if the pain stays at 3/10 or less and is no worse the next day; stop if it gets worse as you go.",
          }
        : { canRun: "no", runLimits: null, text: "Walking still hurts, so no running today." },
  },
  {
    id: "NS-TENDINOPATHY",
    summary: "onset gradual and high (sit bone, or painSitting >= 3) (no clinician grade)",
    condition: "tendinopathy",
    referral: "routine",
    source: "Goom 2016",
    when: (c) => noClinicianGrade(c) && c.episode.injury.onset === "gradual" && highPain(c),
    text: () =>
      "A gradual ache at the sit bone, worse when sitting, is more like an irritated tendon (proximal hamstring tendinopathy) than a strain, so the strain programme does not apply. A physiotherapist can set up a tendon-loading programme.",
    // More careful than the row: like NS-REFERRED, no running while walking is not normal and pain-free.
    run: (c) =>
      c.current.walking === "normal_pain_free"
        ? {
            canRun: "limited",
            runLimits: EASY_FLAT_LIMITS,
            text: "Easy runs on the flat are fine if the pain stays at 3/10 or less and is no worse the next morning; no hills, no speed work, no stretching into the sit bone. Stop if the pain gets worse as you go.",
          }
        : {
            canRun: "no",
            runLimits: null,
            text: "Walking still hurts or is not normal yet, so no running today.",
          },
  },
  {
    id: "NS-FUNCTIONAL",
    summary:
      "onset next_day_soreness, or bothLegs, or (onset cramp and walking normal_pain_free); no bruising or limp on any check-in, no clinician grade",
    condition: "functional",
    referral: "none",
    source: "Mueller-Wohlfahrt 2013; Ekstrand 2013",
    // Bruising or a limp on any check-in are signs of a tear (GR-II); the seed warns that a strain's symptoms
    // can take hours or days to appear, so soreness with them is treated as a strain, not as fatigue.
    when: (c) => {
      const { onset, bothLegs } = c.episode.injury;
      if (!noClinicianGrade(c) || c.ever.bruised || c.ever.limped) return false;
      return (
        onset === "next_day_soreness" ||
        bothLegs === true ||
        (onset === "cramp" && c.current.walking === "normal_pain_free")
      );
    },
    text: (c) => {
      const { onset, bothLegs } = c.episode.injury;
      const why =
        onset === "next_day_soreness"
          ? "Soreness that came on the next day, not at one moment,"
          : bothLegs === true
            ? "Both legs hurting at once"
            : "A cramp that has eased, with normal pain-free walking again,";
      return `${why} is most likely muscle fatigue or soreness rather than a tear, so the strain programme does not apply. It usually settles within about a week; if it does not, or a sharp pain stays in one spot, see a physiotherapist.`;
    },
    run: (c) =>
      c.day >= 1
        ? {
            canRun: "limited",
            runLimits: RECOVERY_LIMITS,
            text: "Easy recovery runs only until it has settled; stop if the pain gets worse as you go.",
          }
        : { canRun: "no", runLimits: null, text: "Rest today; easy recovery runs are fine from tomorrow." },
  },
];

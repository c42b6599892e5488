// Section 3 of clinical-rules.md: the grade estimate of a strain, the slow-healer flag, the referral for a
// strain and the expected time back. Self-report can only estimate; a clinician's grade replaces the estimate.
import type { Referral } from "../decision.ts";
import type { Grade } from "../episode.ts";
import { latestClinician, type EpisodeContext } from "./context.ts";
import type { RuleRow } from "./types.ts";
import { andList } from "./words.ts";

export interface GradeRule extends RuleRow<EpisodeContext> {
  /** The grade the rule sets, or "at-least-II" to raise an estimate of I. */
  readonly grade: (ctx: EpisodeContext) => Grade;
  /** A floor rule applies on top of the first matching rule; others stop the walk. */
  readonly floor: boolean;
}

/** The signs of a worse strain, from the injury and every check-in. */
export function gradeSigns(c: EpisodeContext) {
  const { injury } = c.episode;
  const firstWalk = c.ever.firstPainFreeWalkDay;
  const slowWalk = firstWalk === null ? c.day > 1 : firstWalk > 1;
  const major = [injury.popFelt, injury.forcedToStop, injury.painAtInjury >= 7, c.ever.legFeelsWeak].filter(
    Boolean,
  ).length;
  return { limped: c.ever.limped, slowWalk, bruised: c.ever.bruised, major };
}

function signsText(c: EpisodeContext): string {
  const s = gradeSigns(c);
  const { injury } = c.episode;
  const parts: string[] = [];
  if (s.limped) parts.push(c.ever.unableToWalk ? "at one point you could not walk on the leg" : "you limped");
  // A late first check-in only tells us the first day pain-free walking was reported, not when it began.
  if (s.slowWalk)
    parts.push(
      c.ever.firstPainFreeWalkDay === null
        ? "you are not yet walking pain-free"
        : `you first reported walking pain-free on day ${c.ever.firstPainFreeWalkDay}, more than a day after the injury`,
    );
  if (s.bruised) parts.push("there was bruising");
  if (s.major >= 2) {
    const major = [
      injury.popFelt && "you felt a pop",
      injury.forcedToStop && "you had to stop",
      injury.painAtInjury >= 7 && `the pain was ${injury.painAtInjury}/10`,
      c.ever.legFeelsWeak && "the leg felt weak",
    ].filter((m): m is string => m !== false);
    parts.push(`when it happened ${andList(major)}`);
  }
  return parts.join("; ");
}

export const GRADE_RULES: readonly GradeRule[] = [
  {
    id: "GR-CLINICIAN",
    summary: "the latest check-in that has clinician.grade",
    source: "seed",
    floor: false,
    when: (c) => latestClinician(c, "grade") !== undefined,
    grade: (c) => latestClinician(c, "grade") ?? "I",
    text: (c) =>
      `A professional who examined you graded this strain as grade ${latestClinician(c, "grade")}; their grade replaces our estimate.`,
  },
  {
    id: "GR-II",
    summary: "limped (a limp or unable to walk on any check-in) or slowWalk or bruised or major >= 2",
    source: "seed; Warren 2010; Schut 2017",
    floor: false,
    when: (c) => {
      const s = gradeSigns(c);
      return s.limped || s.slowWalk || s.bruised || s.major >= 2;
    },
    grade: () => "II",
    text: (c) =>
      `Probably a grade II (moderate) strain: ${signsText(c)}. This is an estimate from what you told us, not a diagnosis.`,
  },
  {
    id: "GR-I",
    summary: "otherwise",
    source: "seed",
    floor: false,
    when: () => true,
    grade: () => "I",
    text: (c) =>
      c.ever.firstPainFreeWalkDay === null
        ? `Probably a grade I (mild) strain so far: no limp, no bruising and few signs of a bigger tear, but on day ${c.day} it is too early to be sure. This is an estimate from what you told us, not a diagnosis, and it may change with your next check-ins.`
        : "Probably a grade I (mild) strain: you walked pain-free within a day, with no bruising and few signs of a bigger tear. This is an estimate from what you told us, not a diagnosis.",
  },
  {
    id: "GR-DAY7",
    summary: "day >= 7 and the current singleLegBridgePain > 0 (at least II)",
    source: "Jacobsen 2016",
    floor: true,
    when: (c) => c.day >= 7 && (c.currentTests.singleLegBridgePain ?? 0) > 0,
    grade: () => "II",
    text: (c) =>
      `A week or more after the injury the single-leg bridge still hurts (${c.currentTests.singleLegBridgePain}/10), which points to at least a grade II strain.`,
  },
];

const GRADE_ORDER: Readonly<Record<Grade, number>> = { I: 1, II: 2, III: 3 };
export const higherGrade = (a: Grade, b: Grade): Grade => (GRADE_ORDER[b] > GRADE_ORDER[a] ? b : a);

export const SLOW_HEALER_RULE: RuleRow<EpisodeContext> = {
  id: "GR-SLOW",
  summary: "activity slip_or_overstretch or stretching, or level sit_bone, or clinician.tendonInvolved",
  source: "Askling 2006; Askling 2013; Pollock 2022",
  when: (c) => {
    const { activity, location } = c.episode.injury;
    return (
      activity === "slip_or_overstretch" ||
      activity === "stretching" ||
      location.level === "sit_bone" ||
      latestClinician(c, "tendonInvolved") === true
    );
  },
  text: (c) => {
    const { location } = c.episode.injury;
    const why =
      latestClinician(c, "tendonInvolved") === true
        ? "a professional found the tendon involved"
        : location.level === "sit_bone"
          ? "it is near the sit bone"
          : "it happened in a slow over-stretch";
    return `This looks like a tendon-type injury (${why}). These heal more slowly even when they feel mild, so running waits for phase 3.`;
  },
};

/** A strain once graded: what the referral and run rules read besides the episode. */
export interface GradedStrain {
  readonly c: EpisodeContext;
  readonly grade: Grade;
  readonly slowHealer: boolean;
}

export interface ReferralRule extends RuleRow<GradedStrain> {
  readonly referral: Referral;
}

/** A strain's referral: every matching row gives its reason; "none" when no row matches. */
export const STRAIN_REFERRAL_RULES: readonly ReferralRule[] = [
  {
    id: "REF-NOT-IMPROVING",
    summary: "day >= 10 and the current walking is not normal_pain_free",
    source: "van der Made 2019",
    referral: "routine",
    when: ({ c }) => c.day >= 10 && c.current.walking !== "normal_pain_free",
    text: ({ c }) =>
      `Ten days or more after the injury (day ${c.day}) you are still not walking pain-free. That is slower than expected: have it checked by a physiotherapist or sports medicine doctor.`,
  },
  {
    id: "REF-REPEAT",
    summary: "previousHamstringStrain within_8_weeks or within_12_months",
    source: "Orchard 2020; Green 2020",
    referral: "routine",
    when: ({ c }) =>
      c.episode.runner.previousHamstringStrain === "within_8_weeks" ||
      c.episode.runner.previousHamstringStrain === "within_12_months",
    text: () =>
      "A second hamstring strain within a year raises the risk of another: a physiotherapist or sports medicine professional should guide this recovery.",
  },
  {
    id: "REF-GRADE",
    summary: "grade II or III, or a slow healer",
    source: "seed",
    referral: "routine",
    when: ({ grade, slowHealer }) => grade !== "I" || slowHealer,
    text: ({ grade }) =>
      grade === "I"
        ? "A tendon-type strain is worth having examined by a physiotherapist or sports medicine professional when convenient."
        : grade === "III"
          ? "A complete (grade III) tear needs follow-up with the professional who graded it or a sports medicine doctor; keep to their plan."
          : "A grade II strain is worth having examined by a physiotherapist or sports medicine professional when convenient.",
  },
];

export interface ExpectedReturnRow {
  readonly id: string;
  readonly summary: string;
  readonly source: string;
  readonly days: readonly [number, number] | null;
  readonly text: string;
}

export const EXPECTED_RETURN: Readonly<Record<"I" | "II" | "III" | "slow", ExpectedReturnRow>> = {
  I: {
    id: "EXP-I",
    summary: "grade I",
    source: "Ekstrand 2012; Hickey 2020",
    days: [14, 28],
    text: "Mild strains usually take about 2 to 4 weeks from the injury to get back to normal training; this is a typical range, not a promise.",
  },
  II: {
    id: "EXP-II",
    summary: "grade II",
    source: "Ekstrand 2012; Warren 2010",
    days: [21, 56],
    text: "Moderate strains usually take about 3 to 8 weeks from the injury to get back to normal training; this is a typical range, not a promise.",
  },
  slow: {
    id: "EXP-SLOW",
    summary: "slow healer",
    source: "Askling 2006; Askling 2013; Pollock 2022",
    days: [35, 112],
    text: "Tendon-type strains take longer: usually about 5 to 16 weeks from the injury to get back to normal training; this is a typical range, not a promise.",
  },
  III: {
    id: "EXP-III",
    summary: "grade III",
    source: "Ekstrand 2012",
    days: null,
    text: "A complete tear (grade III) has no typical timeline: it depends on specialist care.",
  },
};

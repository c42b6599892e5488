// What the rules read: the episode with its dates turned into day numbers once, plus the derived signs.
import { mustDay } from "../dates.ts";
import type { CheckIn, Episode, GateTests, Grade, Run } from "../episode.ts";

export interface DatedCheckIn {
  readonly day: number;
  readonly checkIn: CheckIn;
}

export interface DatedRun {
  readonly day: number;
  readonly run: Run;
}

export interface EpisodeContext {
  readonly episode: Episode;
  readonly today: number;
  readonly injuryDay: number;
  /** today - injury date, in days. */
  readonly day: number;
  readonly checkIns: readonly DatedCheckIn[];
  readonly runs: readonly DatedRun[];
  readonly current: CheckIn;
  readonly currentTests: GateTests;
  /** Findings gathered from every check-in (the avulsion screen keeps a finding once seen). */
  readonly ever: EverFindings;
}

export interface EverFindings {
  readonly gapFelt: boolean;
  readonly legFeelsWeak: boolean;
  readonly maxPainSitting: number;
  readonly worstBruising: CheckIn["bruising"];
  /** Any check-in with a limp or unable to walk (not walking at all is a stronger sign than a limp). */
  readonly limped: boolean;
  /** Any check-in unable to put weight on the leg. */
  readonly unableToWalk: boolean;
  readonly bruised: boolean;
  /** Day (since injury) of the first check-in with pain-free normal walking, or null. */
  readonly firstPainFreeWalkDay: number | null;
  /** The latest value a clinician gave for each field (a clinician's finding stands until they change it). */
  readonly clinician: { grade?: Grade; tendonInvolved?: boolean; clearedToRun?: boolean };
}

const BRUISE_ORDER: Readonly<Record<CheckIn["bruising"], number>> = {
  none: 0,
  small: 1,
  large: 2,
  spreading_down_thigh: 3,
};
const NO_TESTS: GateTests = {};

export function buildContext(episode: Episode): EpisodeContext {
  const injuryDay = mustDay(episode.injury.date);
  const today = mustDay(episode.today);
  const checkIns = episode.checkIns.map((checkIn) => ({ day: mustDay(checkIn.date), checkIn }));
  const runs = (episode.runs ?? []).map((run) => ({ day: mustDay(run.date), run }));
  const current = episode.checkIns[episode.checkIns.length - 1];
  if (!current) throw new RangeError("an episode needs at least one check-in");
  return {
    episode,
    today,
    injuryDay,
    day: today - injuryDay,
    checkIns,
    runs,
    current,
    currentTests: current.tests ?? NO_TESTS,
    ever: gatherFindings(checkIns, injuryDay),
  };
}

function gatherFindings(checkIns: readonly DatedCheckIn[], injuryDay: number): EverFindings {
  let gapFelt = false;
  let legFeelsWeak = false;
  let maxPainSitting = 0;
  let worstBruising: CheckIn["bruising"] = "none";
  let limped = false;
  let unableToWalk = false;
  let firstPainFreeWalkDay: number | null = null;
  const clinician: EverFindings["clinician"] = {};
  for (const { day, checkIn: c } of checkIns) {
    if (c.clinician) {
      if (c.clinician.grade !== undefined) clinician.grade = c.clinician.grade;
      if (c.clinician.tendonInvolved !== undefined) clinician.tendonInvolved = c.clinician.tendonInvolved;
      if (c.clinician.clearedToRun !== undefined) clinician.clearedToRun = c.clinician.clearedToRun;
    }
    gapFelt ||= c.gapFelt;
    legFeelsWeak ||= c.legFeelsWeak;
    limped ||= c.walking === "limp" || c.walking === "unable";
    unableToWalk ||= c.walking === "unable";
    if (c.painSitting > maxPainSitting) maxPainSitting = c.painSitting;
    if (BRUISE_ORDER[c.bruising] > BRUISE_ORDER[worstBruising]) worstBruising = c.bruising;
    if (firstPainFreeWalkDay === null && c.walking === "normal_pain_free")
      firstPainFreeWalkDay = day - injuryDay;
  }
  return {
    gapFelt,
    legFeelsWeak,
    maxPainSitting,
    worstBruising,
    limped,
    unableToWalk,
    bruised: worstBruising !== "none",
    firstPainFreeWalkDay,
    clinician,
  };
}

/** The last check-in dated on or before `day` (the runner's resting pain before a run), or null. */
export function checkInOnOrBefore(ctx: EpisodeContext, day: number): CheckIn | null {
  let found: CheckIn | null = null;
  for (const c of ctx.checkIns) {
    if (c.day > day) break;
    found = c.checkIn;
  }
  return found;
}

/** The latest check-in value of a clinician field, or undefined when no clinician has set it. */
export function latestClinician<K extends "grade" | "tendonInvolved" | "clearedToRun">(
  ctx: EpisodeContext,
  key: K,
): EverFindings["clinician"][K] {
  return ctx.ever.clinician[key];
}

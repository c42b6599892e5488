// An imported run during phase 3 becomes a pending run of the current episode: minutes, distance and
// effort come from the file, the pain answers from the runner later. Effort is the run's average moving
// speed over the runner's own top speed (their fastest 10 s over every stored run), clamped to 0..1.
import type { Activity } from "../activities/activity.ts";
import { localDateOf } from "../domain/local-date.ts";
import { stageRow } from "../domain/rules/stages.ts";
import type { Decision } from "../domain/decision.ts";
import { activityLocalDate, topRunningSpeedMps } from "../store/activities.ts";
import { currentEpisodeStart, loadEpisode } from "../store/episodes.ts";
import { addPendingRun, type PendingRunFacts, type StageCheck } from "../store/pending-runs.ts";
import type { AppContext } from "./app-context.ts";
import { decideStored } from "./episode-decision.ts";
import { userTimeZone } from "../store/users.ts";
import { runnerToday } from "./today.ts";

/** The run log's bounds (runSchema): longer runs are clamped so the entry stays valid. */
const MAX_MINUTES = 600;
const MAX_DISTANCE_KM = 200;

/** Effort 0..1: average moving speed / top speed; null when either is unknown. */
export function effortOf(distanceM: number, movingTimeS: number, topSpeedMps: number | null): number | null {
  if (topSpeedMps === null || !(topSpeedMps > 0) || !(distanceM > 0) || !(movingTimeS > 0)) return null;
  return Math.round(Math.min(1, Math.max(0, distanceM / movingTimeS / topSpeedMps)) * 100) / 100;
}

/** Whether a run kept within the stage the engine has the runner at. */
export function stageCheckOf(decision: Decision, minutes: number, effort: number | null): StageCheck | null {
  if (decision.runStage === null) return null;
  const { maxMinutes, maxEffort } = stageRow(decision.runStage).limits;
  const withinMinutes = minutes <= maxMinutes;
  const withinEffort = effort === null || effort <= maxEffort;
  return {
    runStage: decision.runStage,
    maxMinutes,
    maxEffort,
    withinMinutes,
    withinEffort,
    withinLimits: withinMinutes && withinEffort,
  };
}

/** The runner's today: in their zone; without one, where the file was recorded (its offset); else UTC. */
function todayOfRun(now: Date, timeZone: string | null, utcOffsetS: number | null): string {
  return timeZone === null && utcOffsetS !== null ? localDateOf(now.toISOString(), utcOffsetS, null) : runnerToday(now, timeZone);
}

/**
 * Makes the pending run when the runner's current episode is in phase 3 and the run is dated within it.
 * The run is dated by its stored local date (its file's offset, else the runner's zone) and "today" is the
 * runner's, so an evening run west of UTC is neither a day late nor "after today".
 */
export async function pendingRunFor(
  ctx: AppContext,
  userId: string,
  activityId: string,
  activity: Pick<Activity, "summary" | "utcOffsetS">,
): Promise<string | null> {
  const current = await currentEpisodeStart(ctx.db, userId);
  if (!current) return null;
  const date = await activityLocalDate(ctx.db, userId, activityId);
  // Most of a 10-year export is from before the injury: those end here, before the episode is loaded.
  if (date === null || date < current.injuryDate) return null;
  const episodeId = current.id;
  const episode = await loadEpisode(ctx.db, userId, episodeId);
  const today = todayOfRun(ctx.clock(), await userTimeZone(ctx.db, userId), activity.utcOffsetS);
  if (!episode || date < episode.injury.date || date > today) return null;
  // A run already logged that day or later: this one is either the same run or could no longer be logged
  // (runs are kept in date order).
  if (episode.runs.some((r) => r.activityId === activityId || r.date >= date)) return null;
  let decision: Decision;
  try {
    decision = decideStored(episode, today);
  } catch {
    return null; // an episode the engine cannot read today gets no automatic entries
  }
  if (decision.phase !== 3) return null;
  const { movingTimeS, durationS, distanceM } = activity.summary;
  const seconds = movingTimeS > 0 ? movingTimeS : durationS;
  if (!(seconds > 0)) return null;
  const minutes = Math.min(MAX_MINUTES, Math.round((seconds / 60) * 10) / 10);
  const effort = effortOf(distanceM, seconds, await topRunningSpeedMps(ctx.db, userId));
  const facts: PendingRunFacts = {
    date,
    minutes,
    ...(distanceM > 0 ? { distanceKm: Math.min(MAX_DISTANCE_KM, Math.round(distanceM / 10) / 100) } : {}),
    effort,
    stageCheck: stageCheckOf(decision, minutes, effort),
  };
  return addPendingRun(ctx.db, { userId, episodeId, activityId, at: ctx.clock().toISOString() }, facts);
}

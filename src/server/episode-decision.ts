// From stored rows to the engine: assemble the contract's Episode from a StoredEpisode, validate with the
// shared schema (the date rules included), and ask evaluateEpisode. No rule lives here.
//
// Stored entries were validated, in date order, when they were written; what a request can change is
// `today` and the one new entry. So the schema checks a short episode (the last stored check-in and run,
// the new entry, today) and the engine gets the full one: the same verdict as validating everything, at a
// cost that does not grow with the episode.
import { evaluateEpisode } from "../domain/engine.ts";
import { episodeSchema, toIssues, type CheckIn, type Episode, type Run, type ValidationIssue } from "../domain/episode.ts";
import type { Decision } from "../domain/decision.ts";
import { episodeHistory } from "../domain/load/episode-history.ts";
import type { History, StoredEpisode } from "../store/episodes.ts";
import { ApiError } from "./errors.ts";

type NewItem = { readonly checkIn: CheckIn } | { readonly run: Run };

const plainCheckIn = ({ id: _id, clientId: _c, ...c }: StoredEpisode["checkIns"][number]): CheckIn => c;
const plainRun = ({ id: _id, clientId: _c, source: _s, activityId: _a, ...r }: StoredEpisode["runs"][number]): Run => r;

function episodeOf(stored: StoredEpisode, today: string, checkIns: CheckIn[], runs: Run[]): Episode {
  return {
    schema: "strideback/episode@1",
    today,
    runner: stored.runner,
    injury: stored.injury,
    checkIns,
    runs,
    ...historyPart(stored, today),
  };
}

/**
 * The episode's own history when it gives the longest recent run; otherwise that figure read from the
 * runner's imported runs (so the engine's phase-4 single-run cap works without typing it in).
 */
export function historyPart(stored: StoredEpisode, today: string): { history?: History } {
  if (stored.history?.longestRunLast30DaysKm !== undefined) return { history: stored.history };
  const fromImports = stored.importedRuns?.length ? episodeHistory(stored.importedRuns.map((r) => ({ ...r, sport: "running" })), today) : {};
  const history = { ...stored.history, ...fromImports };
  return Object.keys(history).length > 0 ? { history } : {};
}

/** The engine's input for a stored episode on `today`, with an optional new entry appended. */
export function assembleEpisode(stored: StoredEpisode, today: string, item?: NewItem): Episode {
  const checkIns = stored.checkIns.map(plainCheckIn);
  const runs = stored.runs.map(plainRun);
  if (item && "checkIn" in item) checkIns.push(item.checkIn);
  if (item && "run" in item) runs.push(item.run);
  return episodeOf(stored, today, checkIns, runs);
}

/**
 * Schema issues of `today` and the new entry against the stored episode. The new entry's issues have
 * paths relative to it ("date"); the others keep their full-episode paths ("checkIns.12.date").
 */
function issuesOf(stored: StoredEpisode, today: string, item?: NewItem): ValidationIssue[] {
  const lastCheckIns = stored.checkIns.slice(-1).map(plainCheckIn);
  const lastRuns = stored.runs.slice(-1).map(plainRun);
  if (item && "checkIn" in item) lastCheckIns.push(item.checkIn);
  if (item && "run" in item) lastRuns.push(item.run);
  const parsed = episodeSchema.safeParse(episodeOf(stored, today, lastCheckIns, lastRuns));
  if (parsed.success) return [];
  const fullIndex = { checkIns: stored.checkIns.length - Math.min(1, stored.checkIns.length), runs: stored.runs.length - Math.min(1, stored.runs.length) };
  const newKey = item ? ("checkIn" in item ? "checkIns" : "runs") : null;
  const newIndex = newKey === "checkIns" ? lastCheckIns.length - 1 : lastRuns.length - 1;
  return toIssues(parsed.error).map((issue) => {
    const m = /^(checkIns|runs)\.(\d+)(?:\.(.*))?$/.exec(issue.path);
    if (!m) return issue;
    const [, key, index, rest] = m as unknown as [string, "checkIns" | "runs", string, string | undefined];
    if (key === newKey && Number(index) === newIndex) return { ...issue, path: rest ?? "" };
    return { ...issue, path: [key, fullIndex[key] + Number(index), ...(rest === undefined ? [] : [rest])].join(".") };
  });
}

/** Today's decision for a stored episode; 400 invalid_query when it has entries after the `today` sent. */
export function decideStored(stored: StoredEpisode, today: string): Decision {
  const issues = issuesOf(stored, today);
  if (issues.length > 0) {
    throw new ApiError(400, "invalid_query", "The stored episode does not fit the date sent as today (is the device's clock behind?).", issues);
  }
  return evaluateEpisode(assembleEpisode(stored, today));
}

/** The decision for an episode already validated with its new entry. */
export function decideValidated(episode: Episode): Decision {
  return evaluateEpisode(episode);
}

/** The issues a new check-in or run would cause; when there are none, `onValid` gets the full episode with it. */
export function issuesOfNewItem(stored: StoredEpisode, today: string, item: NewItem, onValid: (episode: Episode) => void = () => {}): ValidationIssue[] {
  const issues = issuesOf(stored, today, item);
  if (issues.length === 0) onValid(assembleEpisode(stored, today, item));
  return issues;
}

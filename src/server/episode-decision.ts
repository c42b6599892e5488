// From stored rows to the engine: assemble the contract's Episode from a StoredEpisode, validate it with
// the shared schema (the date rules included), and ask evaluateEpisode. No rule lives here.
import { evaluateEpisode } from "../domain/engine.ts";
import { episodeSchema, toIssues, type CheckIn, type Episode, type Run, type ValidationIssue } from "../domain/episode.ts";
import type { Decision } from "../domain/decision.ts";
import { episodeHistory } from "../domain/load/episode-history.ts";
import type { History, StoredEpisode } from "../store/episodes.ts";
import { ApiError } from "./errors.ts";

const EPISODE_SCHEMA = "strideback/episode@1";

/** The engine's input for a stored episode on `today` (stored ids and sync fields dropped). */
export function assembleEpisode(stored: StoredEpisode, today: string, extra: { checkIn?: CheckIn; run?: Run } = {}): unknown {
  const checkIns = stored.checkIns.map(({ id: _id, clientId: _c, ...c }) => c);
  const runs = stored.runs.map(({ id: _id, clientId: _c, source: _s, activityId: _a, ...r }) => r);
  return {
    schema: EPISODE_SCHEMA,
    today,
    runner: stored.runner,
    injury: stored.injury,
    checkIns: extra.checkIn ? [...checkIns, extra.checkIn] : checkIns,
    runs: extra.run ? [...runs, extra.run] : runs,
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

function parseOrThrow(candidate: unknown): Episode {
  const parsed = episodeSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  throw new ApiError(400, "invalid_query", "The stored episode does not fit the date sent as today (is the device's clock behind?).", toIssues(parsed.error));
}

export function decideStored(stored: StoredEpisode, today: string): Decision {
  return evaluateEpisode(parseOrThrow(assembleEpisode(stored, today)));
}

/** The decision for an episode already validated with its new item (one schema pass per request, not two). */
export function decideValidated(episode: Episode): Decision {
  return evaluateEpisode(episode);
}

/**
 * The issues a new check-in or run would cause, judged by the shared episode schema with the new item
 * appended: its own issues come back with paths relative to it ("date"); issues elsewhere keep theirs.
 */
export function issuesOfNewItem(
  stored: StoredEpisode,
  today: string,
  item: { checkIn: CheckIn } | { run: Run },
  onValid: (episode: Episode) => void = () => {},
): ValidationIssue[] {
  const candidate = assembleEpisode(stored, today, item);
  const parsed = episodeSchema.safeParse(candidate);
  if (parsed.success) {
    onValid(parsed.data);
    return [];
  }
  const key = "checkIn" in item ? "checkIns" : "runs";
  const index = key === "checkIns" ? stored.checkIns.length : stored.runs.length;
  const prefix = `${key}.${index}`;
  return toIssues(parsed.error).map((issue) =>
    issue.path === prefix || issue.path.startsWith(`${prefix}.`) ? { ...issue, path: issue.path.slice(prefix.length + 1) } : issue,
  );
}

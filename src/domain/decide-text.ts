// Text in, decision or contract error out: the shared path of the CLI and anything else that reads raw JSON.
import { evaluateEpisode } from "./engine.ts";
import { parseEpisode, type ValidationIssue } from "./episode.ts";
import type { Decision } from "./decision.ts";

export interface EpisodeError {
  readonly error: "invalid_episode";
  readonly message: string;
  readonly issues: readonly ValidationIssue[];
}

export type DecideResult =
  { readonly ok: true; readonly decision: Decision } | { readonly ok: false; readonly error: EpisodeError };

export function decideFromText(text: string): DecideResult {
  if (text.trim() === "") {
    return invalid("invalid_episode", "The input is empty; expected one episode as JSON.", [
      { path: "", message: "is empty" },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return invalid("invalid_episode", "The input is not valid JSON.", [
      { path: "", message: `is not valid JSON: ${(e as Error).message}` },
    ]);
  }
  const parsed = parseEpisode(json);
  if (!parsed.ok)
    return invalid("invalid_episode", "The episode does not follow the contract.", parsed.issues);
  return { ok: true, decision: evaluateEpisode(parsed.value) };
}

function invalid(error: EpisodeError["error"], message: string, issues: ValidationIssue[]): DecideResult {
  return { ok: false, error: { error, message, issues } };
}

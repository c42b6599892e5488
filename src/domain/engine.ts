// Placeholder until the rule tables land (same commit series).
import type { Decision } from "./decision.ts";
import type { Episode } from "./episode.ts";

export function evaluateEpisode(_episode: Episode): Decision {
  throw new Error("evaluateEpisode: not written yet");
}

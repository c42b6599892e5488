// Where the shared real-activity corpus lives (../shared/data/activities from the repository root).
// Tests read it in place and skip, saying so, when it is absent.
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** STRIDEBACK_SHARED_DIR points a git worktree (not a sibling of shared/) at the shared folder. */
export const sharedDir = process.env.STRIDEBACK_SHARED_DIR ?? resolve(repoRoot, "../shared");
export const corpusDir = resolve(sharedDir, "data/activities");
export const hasCorpus = existsSync(corpusDir);

/** Call at the top of a corpus suite: logs plainly that it was skipped when the corpus is absent. */
export function noteCorpusSkip(suite: string): void {
  if (!hasCorpus) console.warn(`[skipped] ${suite}: ${corpusDir} is absent on this machine`);
}

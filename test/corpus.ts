// Where the shared real-activity corpus lives (../shared/data/activities from the repository root).
// Tests read it in place and skip, saying so, when it is absent. CORPUS_DIR overrides the place.
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** STRIDEBACK_SHARED_DIR points a git worktree (not a sibling of shared/) at the shared folder. */
export const sharedDir = process.env.STRIDEBACK_SHARED_DIR ?? resolve(repoRoot, "../shared");
/** CORPUS_DIR points at another copy of the activity corpus. */
export const corpusDir = process.env.CORPUS_DIR
  ? resolve(process.env.CORPUS_DIR)
  : resolve(sharedDir, "data/activities");
export const hasCorpus = existsSync(corpusDir);

/** Call at the top of a corpus suite: logs plainly that it was skipped when the corpus is absent. */
export function noteCorpusSkip(suite: string): void {
  if (!hasCorpus) console.warn(`[skipped] ${suite}: ${corpusDir} is absent on this machine`);
}

/** Every corpus FIT file (plain and gzipped), the odd ones included, as paths relative to the corpus. */
export function corpusFitFiles(): string[] {
  if (!hasCorpus) return [];
  return ["fit", "fit/odd"].flatMap((dir) =>
    readdirSync(join(corpusDir, dir))
      .filter((f) => f.endsWith(".fit") || f.endsWith(".fit.gz"))
      .map((f) => join(dir, f)),
  );
}

// Answering a pending run's pain questions (PATCH /episodes/:id/runs/:runId with a pending run's id): the
// file's minutes, distance and effort plus the answers become a real run (source "file"), validated like
// any new run; then the pending row goes. Answering again finds the run already made (same clientId).
import { z } from "zod";
import { runSchema, type Episode, type Run, type ValidationIssue } from "../domain/episode.ts";
import { addRun, type EntryResult } from "../store/episode-entries.ts";
import type { StoredRun } from "../store/episodes.ts";
import { deletePendingRun, type PendingRun } from "../store/pending-runs.ts";
import type { AppContext } from "./app-context.ts";
import { issuesOfNewItem } from "./episode-decision.ts";

/** The PATCH body: next-morning pain for a run, or the pain answers (and effort, if the file had none) for a pending one. */
export const runPatchSchema = z.object({
  painNextMorning: runSchema.shape.painDuring.optional(),
  painDuring: runSchema.shape.painDuring.optional(),
  painRose: z.boolean().optional(),
  stoppedEarly: z.boolean().optional(),
  limp: z.boolean().optional(),
  painAfter: runSchema.shape.painDuring.optional(),
  effort: runSchema.shape.effort.optional(),
});
export type RunPatch = z.infer<typeof runPatchSchema>;

const ANSWERS = ["painDuring", "painRose", "stoppedEarly", "limp", "painAfter"] as const;

/** The run a pending run becomes with these answers, or the issues naming what is missing. */
export function runFromAnswers(
  pending: PendingRun,
  answers: RunPatch,
): { run: Run } | { issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = ANSWERS.filter((k) => answers[k] === undefined).map((k) => ({
    path: k,
    message: "is required to log this imported run",
  }));
  const effort = answers.effort ?? pending.effort;
  if (effort === null)
    issues.push({ path: "effort", message: "is required: the file gave no speed to work it out from" });
  if (issues.length > 0 || effort === null) return { issues };
  const run: Run = {
    date: pending.date,
    minutes: pending.minutes,
    ...(pending.distanceKm !== undefined ? { distanceKm: pending.distanceKm } : {}),
    effort,
    painDuring: answers.painDuring!,
    painRose: answers.painRose!,
    stoppedEarly: answers.stoppedEarly!,
    limp: answers.limp!,
    painAfter: answers.painAfter!,
    ...(answers.painNextMorning !== undefined ? { painNextMorning: answers.painNextMorning } : {}),
  };
  return { run };
}

export async function answerPendingRun(
  ctx: AppContext,
  target: { userId: string; episodeId: string; today: string },
  pending: PendingRun,
  answers: RunPatch,
  onValid: (episode: Episode) => void,
): Promise<EntryResult<StoredRun>> {
  const made = runFromAnswers(pending, answers);
  if ("issues" in made) return { kind: "invalid", issues: made.issues };
  const result = await addRun(
    ctx.db,
    {
      userId: target.userId,
      episodeId: target.episodeId,
      at: ctx.clock().toISOString(),
      clientId: `pending:${pending.id}`,
      run: made.run,
      source: "file",
      activityId: pending.activityId,
    },
    (episode, r) => issuesOfNewItem(episode, target.today, { run: r }, onValid),
  );
  if (result.kind === "created" || result.kind === "existing") {
    await deletePendingRun(ctx.db, target.userId, pending.id);
    return {
      ...result,
      episode: {
        ...result.episode,
        pendingRuns: (result.episode.pendingRuns ?? []).filter((p) => p.id !== pending.id),
      },
    };
  }
  return result;
}

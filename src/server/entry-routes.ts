// Adding to an episode: check-ins, runs (and next-morning pain), exercise logs. Each is one transaction;
// the same clientId again answers 200 with the stored row (offline sync never doubles anything).
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { checkInSchema, runSchema, type Episode, type ValidationIssue } from "../domain/episode.ts";
import { dayNumber } from "../domain/dates.ts";
import { addCheckIn, addExerciseLog, addRun, setRunPainNextMorning, type EntryResult } from "../store/episode-entries.ts";
import type { ExerciseLogInput, StoredEpisode } from "../store/episodes.ts";
import { signedInUser } from "./auth.ts";
import { ApiError, notFound } from "./errors.ts";
import type { AppContext } from "./app-context.ts";
import { decideStored, decideValidated, issuesOfNewItem } from "./episode-decision.ts";
import { clientIdSchema, runSourceSchema } from "./episode-routes.ts";
import { isoDateSchema, resolveToday, todayQuerySchema } from "./today.ts";
import { findPendingRun } from "../store/pending-runs.ts";
import { answerPendingRun, runPatchSchema } from "./pending-run-answer.ts";

const painSchema = runSchema.shape.painDuring;

export const newCheckInSchema = checkInSchema.extend({ clientId: clientIdSchema });
export const newRunSchema = runSchema.extend({ clientId: clientIdSchema, source: runSourceSchema.optional(), activityId: z.string().max(100).optional() });
export const exerciseLogSchema = z.object({
  clientId: clientIdSchema,
  date: isoDateSchema,
  exerciseId: z.string().min(1, "must not be empty").max(80, "must be at most 80 characters"),
  sets: z.number().int("must be a whole number").min(0, "must be from 0 to 50").max(50, "must be from 0 to 50"),
  reps: z.number().int("must be a whole number").min(0, "must be from 0 to 1000").max(1000, "must be from 0 to 1000").optional(),
  holdSeconds: z.number().min(0, "must be from 0 to 3600").max(3600, "must be from 0 to 3600").optional(),
  loadKg: z.number().min(0, "must be from 0 to 500 kg").max(500, "must be from 0 to 500 kg").optional(),
  band: z.string().max(40, "must be at most 40 characters").optional(),
  pain: painSchema,
  note: z.string().max(1000, "must be at most 1000 characters").optional(),
});

const episodeParams = z.object({ id: z.string().max(100) });
const runParams = z.object({ id: z.string().max(100), runId: z.string().max(100) });

/** not_found and invalid become errors; created/existing become 201/200. */
function settle<R>(result: EntryResult<R>): { status: 200 | 201; row: R; episode: StoredEpisode } {
  switch (result.kind) {
    case "not_found":
      throw notFound("The episode");
    case "invalid":
      throw new ApiError(400, "invalid_body", "This entry does not fit the episode; nothing was saved.", result.issues);
    case "created":
      return { status: 201, row: result.row, episode: result.episode };
    case "existing":
      return { status: 200, row: result.row, episode: result.episode };
  }
}

function logDateIssues(episode: StoredEpisode, log: ExerciseLogInput, today: string): ValidationIssue[] {
  const d = dayNumber(log.date) ?? Number.NaN;
  if (d < (dayNumber(episode.injury.date) ?? -Infinity)) return [{ path: "date", message: "exercise log is before the injury date" }];
  if (d > (dayNumber(today) ?? Infinity)) return [{ path: "date", message: "exercise log is after today" }];
  return [];
}

export const entryRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const target = (userId: string, episodeId: string) => ({ userId, episodeId, at: ctx.clock().toISOString() });

  app.post("/episodes/:id/check-ins", { config: { access: "runner" }, schema: { params: episodeParams, querystring: todayQuerySchema, body: newCheckInSchema } }, async (request, reply) => {
    const today = resolveToday(request.query.today, ctx.clock(), signedInUser(request).timeZone);
    const { clientId, ...checkIn } = request.body;
    let validated: Episode | undefined;
    const result = await addCheckIn(ctx.db, { ...target(signedInUser(request).id, request.params.id), clientId, checkIn }, (episode, c) =>
      issuesOfNewItem(episode, today, { checkIn: c }, (e) => (validated = e)),
    );
    const { status, row, episode } = settle(result);
    const decision = status === 201 && validated ? decideValidated(validated) : decideStored(episode, today);
    return reply.code(status).send({ checkIn: row, decision });
  });

  app.post("/episodes/:id/runs", { config: { access: "runner" }, schema: { params: episodeParams, querystring: todayQuerySchema, body: newRunSchema } }, async (request, reply) => {
    const today = resolveToday(request.query.today, ctx.clock(), signedInUser(request).timeZone);
    const { clientId, source, activityId, ...run } = request.body;
    let validated: Episode | undefined;
    const result = await addRun(
      ctx.db,
      { ...target(signedInUser(request).id, request.params.id), clientId, run, source: source ?? "manual", activityId },
      (episode, r) => issuesOfNewItem(episode, today, { run: r }, (e) => (validated = e)),
    );
    const { status, row, episode } = settle(result);
    const decision = status === 201 && validated ? decideValidated(validated) : decideStored(episode, today);
    return reply.code(status).send({ run: row, decision });
  });

  app.patch("/episodes/:id/runs/:runId", { config: { access: "runner" }, schema: { params: runParams, querystring: todayQuerySchema, body: runPatchSchema } }, async (request) => {
    const today = resolveToday(request.query.today, ctx.clock(), signedInUser(request).timeZone);
    const userId = signedInUser(request).id;
    // A pending run (imported in phase 3) becomes a real run once its pain questions are answered.
    const pending = await findPendingRun(ctx.db, userId, request.params.id, request.params.runId);
    if (pending) {
      let validated: Episode | undefined;
      const { row, episode } = settle(await answerPendingRun(ctx, { userId, episodeId: request.params.id, today }, pending, request.body, (e) => (validated = e)));
      return { run: row, decision: validated ? decideValidated(validated) : decideStored(episode, today) };
    }
    const { painNextMorning } = request.body;
    if (painNextMorning === undefined) throw new ApiError(400, "invalid_body", "The request body is not valid.", [{ path: "painNextMorning", message: "is required" }]);
    const result = await setRunPainNextMorning(ctx.db, { ...target(userId, request.params.id), runId: request.params.runId, painNextMorning });
    const { row, episode } = settle(result);
    return { run: row, decision: decideStored(episode, today) };
  });

  app.post("/episodes/:id/exercise-logs", { config: { access: "runner" }, schema: { params: episodeParams, querystring: todayQuerySchema, body: exerciseLogSchema } }, async (request, reply) => {
    const today = resolveToday(request.query.today, ctx.clock(), signedInUser(request).timeZone);
    const result = await addExerciseLog(ctx.db, { ...target(signedInUser(request).id, request.params.id), log: request.body }, (episode, log) => logDateIssues(episode, log, today));
    const { status, row } = settle(result);
    return reply.code(status).send({ log: row });
  });
};

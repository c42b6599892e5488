// Episodes of the signed-in runner: the first assessment, the list, the current one, one by id, changes,
// and today's decision. Every read is scoped to the runner; another runner's id is simply not found.
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { checkInSchema, episodeSchema, historySchema, injurySchema, runnerSchema, runSchema, toIssues, type ValidationIssue } from "../domain/episode.ts";
import { createEpisode, currentEpisodeId, listEpisodes, loadEpisode, updateEpisode, type StoredEpisode } from "../store/episodes.ts";
import { signedInUser } from "./auth.ts";
import { ApiError, notFound } from "./errors.ts";
import type { AppContext } from "./app-context.ts";
import { decideStored } from "./episode-decision.ts";
import { isoDateSchema, resolveToday, todayQuerySchema } from "./today.ts";

export const clientIdSchema = z.string().min(1, "must not be empty").max(100, "must be at most 100 characters");
export const runSourceSchema = z.enum(["manual", "file"]);

export const createEpisodeSchema = z.object({
  schema: z.literal("strideback/episode@1").optional(),
  clientId: clientIdSchema.optional(),
  today: isoDateSchema,
  runner: runnerSchema,
  injury: injurySchema,
  checkIns: z.array(checkInSchema.extend({ clientId: clientIdSchema.optional() })).min(1, "needs at least one check-in").max(1000, "must be at most 1000"),
  runs: z.array(runSchema.extend({ clientId: clientIdSchema.optional(), source: runSourceSchema.optional() })).max(1000, "must be at most 1000").optional(),
  history: historySchema.optional(),
});

export const episodePatchSchema = z.object({
  runner: runnerSchema.optional(),
  history: historySchema.optional(),
  status: z.enum(["active", "closed"]).optional(),
});

const idParams = z.object({ id: z.string().max(100) });

export const episodeRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const owned = async (userId: string, id: string): Promise<StoredEpisode> => {
    const episode = await loadEpisode(ctx.db, userId, id);
    if (!episode) throw notFound("The episode");
    return episode;
  };
  const withDecision = (episode: StoredEpisode, today: string | undefined, timeZone: string | null) => ({ episode, decision: decideStored(episode, resolveToday(today, ctx.clock(), timeZone)) });

  app.post("/episodes", { config: { access: "runner" }, schema: { body: createEpisodeSchema } }, async (request, reply) => {
    const body = request.body;
    const today = resolveToday(body.today, ctx.clock(), signedInUser(request).timeZone, "today");
    const parsed = episodeSchema.safeParse({ ...body, schema: "strideback/episode@1", today });
    const issues = [...(parsed.success ? [] : toIssues(parsed.error)), ...duplicateClientIds(body)];
    if (issues.length > 0) throw new ApiError(400, "invalid_body", "The assessment is not valid.", issues);
    const { episode, created } = await createEpisode(ctx.db, {
      userId: signedInUser(request).id,
      clientId: body.clientId,
      runner: body.runner,
      injury: body.injury,
      history: body.history,
      checkIns: body.checkIns,
      runs: body.runs ?? [],
      at: ctx.clock().toISOString(),
    });
    return reply.code(created ? 201 : 200).send({ episode, decision: decideStored(episode, today) });
  });

  app.get("/episodes", { config: { access: "runner" } }, async (request) => ({ episodes: await listEpisodes(ctx.db, signedInUser(request).id) }));

  app.get("/episodes/current", { config: { access: "runner" }, schema: { querystring: todayQuerySchema } }, async (request) => {
    const userId = signedInUser(request).id;
    const id = await currentEpisodeId(ctx.db, userId);
    if (!id) throw notFound("An active episode");
    return withDecision(await owned(userId, id), request.query.today, signedInUser(request).timeZone);
  });

  app.get("/episodes/:id", { config: { access: "runner" }, schema: { params: idParams, querystring: todayQuerySchema } }, async (request) =>
    withDecision(await owned(signedInUser(request).id, request.params.id), request.query.today, signedInUser(request).timeZone),
  );

  app.patch("/episodes/:id", { config: { access: "runner" }, schema: { params: idParams, body: episodePatchSchema, querystring: todayQuerySchema } }, async (request) => {
    const userId = signedInUser(request).id;
    const today = resolveToday(request.query.today, ctx.clock(), signedInUser(request).timeZone);
    const before = await owned(userId, request.params.id);
    // The changed episode must still be one the engine accepts (e.g. a changed runner age is checked here).
    const parsed = episodeSchema.safeParse({ schema: "strideback/episode@1", today, ...episodeParts(before), ...request.body });
    if (!parsed.success) throw new ApiError(400, "invalid_body", "The change is not valid.", toIssues(parsed.error));
    if (!(await updateEpisode(ctx.db, userId, request.params.id, request.body, ctx.clock().toISOString()))) throw notFound("The episode");
    return withDecision(await owned(userId, request.params.id), today, signedInUser(request).timeZone);
  });

  app.get("/episodes/:id/decision", { config: { access: "runner" }, schema: { params: idParams, querystring: todayQuerySchema } }, async (request) => {
    const episode = await owned(signedInUser(request).id, request.params.id);
    return decideStored(episode, resolveToday(request.query.today, ctx.clock(), signedInUser(request).timeZone));
  });
};

function episodeParts(e: StoredEpisode) {
  return {
    runner: e.runner,
    injury: e.injury,
    checkIns: e.checkIns.map(({ id: _i, clientId: _c, ...c }) => c),
    runs: e.runs.map(({ id: _i, clientId: _c, source: _s, activityId: _a, ...r }) => r),
    ...(e.history ? { history: e.history } : {}),
  };
}

function duplicateClientIds(body: z.infer<typeof createEpisodeSchema>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [key, items] of [["checkIns", body.checkIns], ["runs", body.runs ?? []]] as const) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (item.clientId === undefined) return;
      if (seen.has(item.clientId)) issues.push({ path: `${key}.${i}.clientId`, message: "is used twice in this request" });
      seen.add(item.clientId);
    });
  }
  return issues;
}

// Dismissing a pending run (an imported run the runner does not want in the run log: a walk recorded as
// a run, or a run already logged by hand). Answering one is PATCH /episodes/:id/runs/:runId.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { deletePendingRun, findPendingRun } from "../store/pending-runs.ts";
import type { AppContext } from "./app-context.ts";
import { signedInUser } from "./auth.ts";
import { notFound } from "./errors.ts";

const params = z.object({ id: z.string().max(100), pendingId: z.string().max(100) });

export const pendingRunRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.delete(
    "/episodes/:id/pending-runs/:pendingId",
    { config: { access: "runner" }, schema: { params } },
    async (request, reply) => {
      const userId = signedInUser(request).id;
      const pending = await findPendingRun(ctx.db, userId, request.params.id, request.params.pendingId);
      if (!pending) throw notFound("The pending run");
      await deletePendingRun(ctx.db, userId, pending.id);
      return reply.code(204).send();
    },
  );
};

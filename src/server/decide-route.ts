// POST /decide: an episode in, the engine's decision out. No account, nothing stored, no CSRF token.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { evaluateEpisode } from "../domain/engine.ts";
import { episodeSchema } from "../domain/episode.ts";

export const decideRoute: FastifyPluginAsyncZod = async (app) => {
  app.post("/decide", { config: { access: "public", csrf: false, invalidBody: "invalid_episode" }, schema: { body: episodeSchema } }, async (request) =>
    evaluateEpisode(request.body),
  );
};

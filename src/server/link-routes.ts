// Clinician links and the runner's audit log: a clinician makes an invite code, the runner enters it
// (consent), either sees the link, the runner revokes it and sees who read their data.
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { listAudit } from "../store/audit.ts";
import { createInvite, listLinks, redeemInvite, revokeLink } from "../store/links.ts";
import { signedInUser } from "./auth.ts";
import { notFound } from "./errors.ts";
import type { AppContext } from "./app-context.ts";

export const redeemSchema = z.object({ code: z.string().trim().min(1, "must not be empty").max(40, "must be at most 40 characters") });

export const linkRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.post("/links/invites", { config: { access: "clinician" } }, async (request, reply) => {
    const invite = await createInvite(ctx.db, signedInUser(request).id, ctx.clock());
    return reply.code(201).send(invite);
  });

  app.post("/links", { config: { access: "runner" }, schema: { body: redeemSchema } }, async (request, reply) => {
    const link = await redeemInvite(ctx.db, signedInUser(request).id, request.body.code, ctx.clock());
    if (!link) throw notFound("That invite code (it may have expired or been used)");
    return reply.code(201).send({ link });
  });

  app.get("/links", async (request) => ({ links: await listLinks(ctx.db, signedInUser(request).id) }));

  app.delete("/links/:id", { config: { access: "runner" }, schema: { params: z.object({ id: z.string().max(100) }) } }, async (request, reply) => {
    if (!(await revokeLink(ctx.db, signedInUser(request).id, request.params.id))) throw notFound("The link");
    return reply.code(204).send();
  });

  app.get("/audit", { config: { access: "runner" } }, async (request) => ({ entries: await listAudit(ctx.db, signedInUser(request).id) }));
};

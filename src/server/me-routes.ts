// The signed-in account: read and change it, export everything, delete everything.
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { deleteAccount, exportAccount } from "../store/accounts.ts";
import { findPasswordHash, updateUser } from "../store/users.ts";
import { clearSessionCookie, setCsrfCookie, signedInUser } from "./auth.ts";
import { ApiError, notFound } from "./errors.ts";
import type { AppContext } from "./app-context.ts";
import { newToken } from "../store/ids.ts";
import { timeZoneSchema } from "./time-zone.ts";

export const mePatchSchema = z.object({
  displayName: z.string().trim().max(100, "must be at most 100 characters").nullable().optional(),
  units: z.enum(["metric", "imperial"]).optional(),
  timeZone: timeZoneSchema.nullable().optional(),
});

export const meRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get("/me", async (request) => signedInUser(request));

  app.patch("/me", { schema: { body: mePatchSchema } }, async (request) => {
    const { displayName, units, timeZone } = request.body;
    const user = await updateUser(ctx.db, signedInUser(request).id, { displayName: displayName === "" ? null : displayName, units, timeZone });
    if (!user) throw notFound("The account");
    return user;
  });

  app.get("/me/export", async (request, reply) => {
    const data = await exportAccount(ctx.db, signedInUser(request).id, ctx.clock().toISOString());
    if (!data) throw notFound("The account");
    return reply.header("content-disposition", 'attachment; filename="strideback-export.json"').send(data);
  });

  app.delete("/me", { schema: { body: z.object({ password: z.string().max(1000) }) } }, async (request, reply) => {
    const user = signedInUser(request);
    const hash = await findPasswordHash(ctx.db, user.id);
    if (!(await ctx.passwords.verify(hash, request.body.password))) {
      throw new ApiError(401, "bad_credentials", "The password is wrong; nothing was deleted.", [{ path: "password", message: "is wrong" }]);
    }
    await deleteAccount(ctx.db, user.id);
    clearSessionCookie(request, reply);
    setCsrfCookie(request, reply, newToken());
    return reply.code(204).send();
  });
};

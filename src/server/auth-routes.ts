// Session, sign-up, sign-in, sign-out (docs/api.md "Sessions and CSRF" and "Accounts").
import { z } from "zod";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { createSession, deleteSession } from "../store/sessions.ts";
import { createUser, findUserByEmail, type User } from "../store/users.ts";
import { clearSessionCookie, setCsrfCookie, setSessionCookie } from "./auth.ts";
import { ApiError } from "./errors.ts";
import type { AppContext } from "./app-context.ts";
import { assertSignInAllowed, noteSignInFailure, noteSignInSuccess } from "./sign-in-limits.ts";
import { newToken } from "../store/ids.ts";
import { timeZoneSchema } from "./time-zone.ts";

const email = z.string().trim().max(254, "must be at most 254 characters").pipe(z.email("must be an e-mail address"));

export const signUpSchema = z.object({
  email,
  password: z.string().min(10, "must be at least 10 characters").max(1000, "must be at most 1000 characters"),
  role: z.enum(["runner", "clinician"]),
  displayName: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters").optional(),
  timeZone: timeZoneSchema.optional(),
});

export const signInSchema = z.object({ email: z.string().max(254), password: z.string().max(1000) });

export const authRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const startSession = async (request: FastifyRequest, reply: FastifyReply, user: User) => {
    const session = await createSession(ctx.db, user.id, ctx.clock());
    setSessionCookie(request, reply, session.token);
    setCsrfCookie(request, reply, session.csrfToken);
  };

  app.get("/session", { config: { access: "public" } }, async (request) => ({
    user: request.session?.info.user ?? null,
    csrfToken: request.csrfToken,
  }));

  app.post("/auth/signup", { config: { access: "public" }, schema: { body: signUpSchema } }, async (request, reply) => {
    const { email, password, role, displayName, timeZone } = request.body;
    const user = await createUser(ctx.db, {
      email,
      passwordHash: await ctx.passwords.hash(password),
      role,
      displayName: displayName ?? null,
      timeZone: timeZone ?? null,
      at: ctx.clock().toISOString(),
    });
    if (user === "email_taken") {
      throw new ApiError(409, "email_taken", "An account with this e-mail already exists; sign in instead.", [{ path: "email", message: "is already registered" }]);
    }
    await startSession(request, reply, user);
    return reply.code(201).send({ user });
  });

  app.post("/auth/signin", { config: { access: "public" }, schema: { body: signInSchema } }, async (request, reply) => {
    const { email, password } = request.body;
    const now = ctx.clock();
    await assertSignInAllowed(ctx.db, ctx.signInLimits, email, request.ip, now);
    const found = await findUserByEmail(ctx.db, email);
    if (!(await ctx.passwords.verify(found?.passwordHash ?? null, password)) || !found) {
      await noteSignInFailure(ctx.db, ctx.signInLimits, email, request.ip, now);
      throw new ApiError(401, "bad_credentials", "The e-mail or the password is wrong.");
    }
    await noteSignInSuccess(ctx.db, email);
    if (request.session) await deleteSession(ctx.db, request.session.token);
    await startSession(request, reply, found.user);
    return { user: found.user };
  });

  app.post("/auth/signout", { config: { access: "public" } }, async (request, reply) => {
    if (request.session) await deleteSession(ctx.db, request.session.token);
    clearSessionCookie(request, reply);
    setCsrfCookie(request, reply, newToken());
    return reply.code(204).send();
  });
};

// Sessions, CSRF and access, checked once per request before any handler runs: the session cookie is
// looked up in the database, every state-changing request must carry the double-submit CSRF token
// (bound to the session when signed in), and each route's declared access is enforced.
import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type {} from "@fastify/cookie";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";
import { extendSession, findSession, SESSION_DAYS } from "../store/sessions.ts";
import type { User } from "../store/users.ts";
import { newToken } from "../store/ids.ts";
import { ApiError } from "./errors.ts";
import type { Access } from "./route-config.ts";

export const SESSION_COOKIE = "sb_session";
export const CSRF_COOKIE = "sb_csrf";
export const CSRF_HEADER = "x-csrf-token";
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface AuthDeps {
  readonly db: Kysely<Database>;
  readonly clock: () => Date;
}

export function registerAuthHooks(app: FastifyInstance, deps: AuthDeps): void {
  app.decorateRequest("session", null);
  app.decorateRequest("csrfToken", "");
  app.addHook("onRequest", async (request, reply) => {
    if (request.url.startsWith("/api/")) await loadSession(request, reply, deps);
    issueCsrfCookie(request, reply);
    if (request.routeOptions.url === undefined) return; // unknown route: the not-found handler answers
    checkCsrf(request);
    checkAccess(request, routeAccess(request));
  });
}

async function loadSession(request: FastifyRequest, reply: FastifyReply, deps: AuthDeps): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const now = deps.clock();
  const info = await findSession(deps.db, token, now);
  if (!info) {
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return;
  }
  request.session = { token, info };
  await extendSession(deps.db, token, info, now);
}

/** The signed-in session's token, else the cookie's, else a new one; the cookie is (re)set when it differs. */
function issueCsrfCookie(request: FastifyRequest, reply: FastifyReply): void {
  const cookie = request.cookies[CSRF_COOKIE];
  const token = request.session?.info.csrfToken ?? (cookie && cookie.length >= 20 ? cookie : newToken());
  request.csrfToken = token;
  if (cookie !== token) setCsrfCookie(request, reply, token);
}

export function setCsrfCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  request.csrfToken = token;
  reply.setCookie(CSRF_COOKIE, token, { path: "/", sameSite: "strict", httpOnly: false, secure: request.protocol === "https" });
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: request.protocol === "https",
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/", sameSite: "lax", httpOnly: true, secure: request.protocol === "https" });
}

function checkCsrf(request: FastifyRequest): void {
  if (!STATE_CHANGING.has(request.method) || request.routeOptions.config.csrf === false) return;
  const header = request.headers[CSRF_HEADER];
  const cookie = request.cookies[CSRF_COOKIE];
  const sent = typeof header === "string" ? header : "";
  const bound = request.session?.info.csrfToken;
  const ok = sent !== "" && cookie !== undefined && same(sent, cookie) && (bound === undefined || same(sent, bound));
  if (!ok) {
    throw new ApiError(403, "csrf_failed", `Send the ${CSRF_COOKIE} cookie's value in the ${CSRF_HEADER} header (GET /api/v1/session gives it).`);
  }
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** API routes need an account unless they say otherwise; everything else (the app, the docs) is public. */
function routeAccess(request: FastifyRequest): Access {
  const declared = request.routeOptions.config.access;
  if (declared) return declared;
  return request.routeOptions.url?.startsWith("/api/v1/") ? "user" : "public";
}

function checkAccess(request: FastifyRequest, access: Access): void {
  if (access === "public") return;
  const user = request.session?.info.user;
  if (!user) throw new ApiError(401, "not_signed_in", "Sign in first.");
  if (access !== "user" && user.role !== access) {
    throw new ApiError(403, "forbidden", `Only a ${access} account can do this.`);
  }
}

/** The signed-in user (routes declare their access, so the hook has already refused anonymous calls). */
export function signedInUser(request: FastifyRequest): User {
  const user = request.session?.info.user;
  if (!user) throw new ApiError(401, "not_signed_in", "Sign in first.");
  return user;
}

// Builds the Fastify instance: security headers, cookies, sessions and CSRF, the API routes under
// /api/v1, the OpenAPI docs, and the web app. Tests call buildApp and use app.inject in process.
import { resolve } from "node:path";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import { serializerCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";
import type { AppContext } from "./app-context.ts";
import { registerAuthHooks } from "./auth.ts";
import { activityRoutes } from "./activity-routes.ts";
import { authRoutes } from "./auth-routes.ts";
import { decideRoute } from "./decide-route.ts";
import { registerApiDocs } from "./docs.ts";
import { entryRoutes } from "./entry-routes.ts";
import { episodeRoutes } from "./episode-routes.ts";
import { registerErrorMapper } from "./errors.ts";
import { DEFAULT_MAX_UPLOAD_BYTES, importRoutes } from "./import-routes.ts";
import { linkRoutes } from "./link-routes.ts";
import { meRoutes } from "./me-routes.ts";
import { pendingRunRoutes } from "./pending-run-routes.ts";
import { Passwords, PRODUCTION_COST, type PasswordCost } from "./passwords.ts";
import { DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from "./sign-in-limits.ts";
import { registerWebApp } from "./web-app.ts";
import { zodValidatorCompiler } from "./zod-validation.ts";

export const DEFAULT_WEB_DIR = resolve(import.meta.dirname, "../../web/dist");

export interface AppOptions {
  readonly db: Kysely<Database>;
  readonly clock?: () => Date;
  /** argon2id cost; lower it in tests only. */
  readonly passwordCost?: PasswordCost;
  readonly signInLimits?: SignInLimits;
  /** Fastify's trustProxy: set behind a reverse proxy so request.ip and request.protocol (Secure cookies) are right. */
  readonly trustProxy?: FastifyServerOptions["trustProxy"];
  /** The built web app; null serves none. */
  readonly webDir?: string | null;
  readonly logger?: FastifyServerOptions["logger"];
  /** Largest upload to POST /imports (default 1 GB). */
  readonly maxUploadBytes?: number;
}

export interface RouteEntry {
  readonly method: string;
  readonly url: string;
  readonly access: string | undefined;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every route registered, as registered (the access-control test walks this list). */
    routeList: RouteEntry[];
  }
}

/** Strict CSP for a same-origin PWA built by Vite: no inline scripts or styles, a service worker and a manifest. */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:", "blob:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, trustProxy: options.trustProxy ?? false, bodyLimit: 1_048_576 }).withTypeProvider<ZodTypeProvider>();
  app.decorate("routeList", [] as RouteEntry[]);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) app.routeList.push({ method, url: route.url, access: route.config?.access });
  });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const ctx: AppContext = {
    db: options.db,
    clock: options.clock ?? (() => new Date()),
    passwords: new Passwords(options.passwordCost ?? PRODUCTION_COST),
    signInLimits: options.signInLimits ?? DEFAULT_SIGN_IN_LIMITS,
  };

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // Plain http on 127.0.0.1 is the default install: HSTS only makes sense behind HTTPS.
    strictTransportSecurity: false,
  });
  app.addHook("onRequest", async (request, reply) => {
    if (request.protocol === "https") reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
  });
  await app.register(cookie);
  registerErrorMapper(app);
  registerAuthHooks(app, ctx);
  await registerApiDocs(app);

  await app.register(
    async (api) => {
      await api.register(decideRoute);
      await api.register(authRoutes, ctx);
      await api.register(meRoutes, ctx);
      await api.register(episodeRoutes, ctx);
      await api.register(entryRoutes, ctx);
      await api.register(linkRoutes, ctx);
      await api.register(importRoutes, { ...ctx, maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES });
      await api.register(activityRoutes, ctx);
      await api.register(pendingRunRoutes, ctx);
    },
    { prefix: "/api/v1" },
  );

  await registerWebApp(app, options.webDir === undefined ? DEFAULT_WEB_DIR : options.webDir);
  return app;
}

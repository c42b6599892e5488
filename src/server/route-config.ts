// What each route declares about itself (who may call it, how bad input is named) and what the
// request carries once the session hook ran. Read by the hooks in auth.ts and the error mapper.
import type { SessionInfo } from "../store/sessions.ts";
import type { ErrorCode } from "./errors.ts";

/** public: anybody; user: any signed-in account; runner/clinician: that role only. */
export type Access = "public" | "user" | "runner" | "clinician";

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
    /** The error code for a body that fails its schema (default invalid_body). */
    invalidBody?: ErrorCode;
    /** False only for POST /decide: no account, nothing stored, so no CSRF token needed. */
    csrf?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in session, or null. */
    session: { readonly token: string; readonly info: SessionInfo } | null;
    /** The CSRF token this client must send back in x-csrf-token (also in the sb_csrf cookie). */
    csrfToken: string;
  }
}

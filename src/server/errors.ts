// The one error model of the HTTP API: every failure leaves as `{error, message, issues:[{path, message}]}`
// with its status code. Routes throw ApiError; this module maps everything else (validation, body
// parsing, unknown routes, bugs) to the same shape.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ValidationIssue } from "../domain/episode.ts";
import "./route-config.ts";

export type ErrorCode =
  | "invalid_json"
  | "invalid_body"
  | "invalid_episode"
  | "invalid_query"
  | "not_signed_in"
  | "bad_credentials"
  | "csrf_failed"
  | "forbidden"
  | "not_found"
  | "email_taken"
  | "conflict"
  | "too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "internal";

export interface ErrorBody {
  readonly error: ErrorCode;
  readonly message: string;
  readonly issues: readonly ValidationIssue[];
}

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly issues: readonly ValidationIssue[] = [],
    /** Extra response headers (Retry-After for 429). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
  toBody(): ErrorBody {
    return { error: this.code, message: this.message, issues: this.issues };
  }
}

export const notFound = (what = "That"): ApiError => new ApiError(404, "not_found", `${what} was not found.`);

/** A failed schema check, raised by our validator compiler with the issues already in the contract's words. */
export class ValidationFailure extends Error {
  /** Set by Fastify: which part of the request failed (body, querystring, params, headers). */
  validationContext?: string;
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(issues.map((i) => `${i.path || "(input)"} ${i.message}`).join("; "));
  }
}

const INVALID_BY_PART: Readonly<Record<string, { code: ErrorCode; message: string }>> = {
  body: { code: "invalid_body", message: "The request body is not valid." },
  querystring: { code: "invalid_query", message: "The query string is not valid." },
  params: { code: "not_found", message: "That was not found." },
  headers: { code: "invalid_body", message: "The request headers are not valid." },
};

const BODY_PARSING: Readonly<Record<string, () => ApiError>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => new ApiError(413, "too_large", "The request body is too large."),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new ApiError(415, "unsupported_media_type", "Send JSON (content-type: application/json)."),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new ApiError(400, "invalid_json", "The body is empty; expected JSON.", [{ path: "", message: "is empty" }]),
  FST_ERR_CTP_INVALID_JSON_BODY: () => new ApiError(400, "invalid_json", "The body is not valid JSON.", [{ path: "", message: "is not valid JSON" }]),
};

/** Turns any error a request raised into the contract's status and body. */
export function toApiError(error: unknown, request: FastifyRequest): ApiError {
  if (error instanceof ApiError) return error;
  const e = error as Partial<FastifyError> & { validationContext?: string };
  if (e instanceof ValidationFailure || Array.isArray(e.validation)) {
    const part = INVALID_BY_PART[e.validationContext ?? "body"] ?? INVALID_BY_PART.body!;
    const code = part.code === "invalid_body" ? (request.routeOptions.config.invalidBody ?? "invalid_body") : part.code;
    const message = code === "invalid_episode" ? "The episode does not follow the contract." : part.message;
    const issues = e instanceof ValidationFailure ? e.issues : (e.validation ?? []).map((v) => ({ path: v.instancePath.replace(/^\//, "").replaceAll("/", "."), message: v.message ?? "is not valid" }));
    return new ApiError(400, code, message, issues);
  }
  const parsing = e.code === undefined ? undefined : BODY_PARSING[e.code];
  if (parsing) return parsing();
  if (e instanceof SyntaxError) {
    return new ApiError(400, "invalid_json", "The body is not valid JSON.", [{ path: "", message: e.message ?? "is not valid JSON" }]);
  }
  if (typeof e.statusCode === "number" && e.statusCode >= 400 && e.statusCode < 500) {
    return new ApiError(e.statusCode, "invalid_body", e.message ?? "The request is not valid.");
  }
  return new ApiError(500, "internal", "Something went wrong on the server.");
}

export function sendError(reply: FastifyReply, error: ApiError): FastifyReply {
  return reply.code(error.statusCode).headers(error.headers).type("application/json; charset=utf-8").send(error.toBody());
}

export function registerErrorMapper(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const mapped = toApiError(error, request);
    if (mapped.statusCode >= 500) request.log.error({ err: error }, "request failed");
    return sendError(reply, mapped);
  });
}

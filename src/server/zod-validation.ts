// Validates route input with the shared zod schemas and reports issues in the contract's words
// (toIssues from the domain), so the API and the command line describe bad input the same way.
import type { FastifySchemaCompiler } from "fastify";
import type { ZodType } from "zod";
import { toIssues } from "../domain/episode.ts";
import { ValidationFailure } from "./errors.ts";

export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema }) =>
  (data: unknown) => {
    const result = schema.safeParse(data);
    return result.success ? { value: result.data } : { error: new ValidationFailure(toIssues(result.error)) };
  };

// The OpenAPI description, generated from the same zod schemas the routes validate with, and a
// Swagger UI at /api/docs (JSON at /api/docs/json).
import type { FastifyInstance } from "fastify";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Stride Back API",
        version: "1.0.0",
        description: "The HTTP API of Stride Back (docs/api.md). Errors: {error, message, issues:[{path, message}]}. State-changing requests need the x-csrf-token header.",
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "sb_session" } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: "/api/docs",
    // Swagger UI needs its own CSP (hashes of its inline bits); the app's strict one stays everywhere else.
    staticCSP: true,
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ""),
  });
}

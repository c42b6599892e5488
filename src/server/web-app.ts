// Serves the built PWA (web/dist) at "/", with index.html for any other non-API GET (the app routes in
// the browser). Without a build, "/" says so plainly and how to make one.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";
import { notFound, sendError } from "./errors.ts";

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stride Back: the app is not built</title></head>
<body><main><h1>The Stride Back app is not built yet</h1>
<p>The server and its API are running (see <a href="/api/docs">/api/docs</a>), but there is no web app to show:
the folder <code>web/dist</code> does not exist.</p>
<p>Build it from the repository root with <code>npm run build:web</code> (Vite, into <code>web/dist</code>), then reload this page.</p></main></body></html>
`;

export async function registerWebApp(app: FastifyInstance, webDir: string | null): Promise<void> {
  const built = webDir !== null && existsSync(join(webDir, "index.html"));
  if (built) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: "/",
      index: ["index.html"],
      cacheControl: false,
      setHeaders: (res, path) => {
        // Hashed assets never change; the shell, manifest and service worker must be re-checked every time.
        res.setHeader("cache-control", path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  } else {
    app.get("/", { config: { access: "public" } }, async (_request, reply) => reply.type("text/html; charset=utf-8").send(NOT_BUILT));
  }

  app.setNotFoundHandler(async (request, reply) => {
    const isPage = (request.method === "GET" || request.method === "HEAD") && !request.url.startsWith("/api/");
    if (!isPage) return sendError(reply, notFound(`${request.method} ${request.url.split("?")[0]}`));
    if (!built) return reply.type("text/html; charset=utf-8").send(NOT_BUILT);
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}

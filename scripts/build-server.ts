// Compiles the server and command line (src/cli/main.ts) and the import's decoding worker into plain
// JavaScript under dist/cli/, so `npm start` and `./bin/strideback` run without the TypeScript loader
// (tsx costs ~40 MB per process and more per worker thread). Packages stay in node_modules (not bundled).
// dist/cli/ sits two levels below the repository, like src/cli/, so paths relative to a module still hold.
// Run: node --import tsx scripts/build-server.ts [--if-stale]
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { newestMtime } from "./newest-mtime.ts";

const root = resolve(import.meta.dirname, "..");
export const SERVER_BUNDLE = join(root, "dist", "cli", "main.mjs");
const sources = [join(root, "src"), join(root, "package.json"), join(root, "package-lock.json")];

/** The newest of the files the build is made from: test files are not in it, so editing one does not count. */
const newest = (path: string) => newestMtime(path, { folders: false, skip: /\.test\.ts$/ });

/** Bundles into `outdir` (default dist/cli); keep it two levels below the repository so packages resolve. */
export async function buildServer(outdir = join(root, "dist", "cli")): Promise<void> {
  await build({
    entryPoints: {
      main: join(root, "src/cli/main.ts"),
      "decode-worker": join(root, "src/activities/archive/decode-worker.ts"),
    },
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
  });
}

if (process.argv[1] === import.meta.filename) {
  const ifStale = process.argv.includes("--if-stale");
  const builtAt = existsSync(SERVER_BUNDLE) ? statSync(SERVER_BUNDLE).mtimeMs : 0;
  if (!ifStale || builtAt < Math.max(...sources.map(newest))) {
    console.log(
      !ifStale || builtAt === 0
        ? "Building the server (dist/cli)…"
        : "The server's sources changed: rebuilding dist/cli…",
    );
    await buildServer();
  }
}

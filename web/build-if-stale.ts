// `npm start` runs this first: builds the app (web/dist) when it is missing or older than its sources,
// so a fresh clone starts with one command.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import { newestMtime } from "../scripts/newest-mtime.ts";

const web = import.meta.dirname;
const built = join(web, "dist", "index.html");
const sources = [join(web, "src"), join(web, "public"), join(web, "index.html"), join(web, "vite.config.ts"), join(web, "..", "src", "domain")];

const newest = (path: string) => newestMtime(path, { folders: true });

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
if (builtAt < Math.max(...sources.map(newest))) {
  console.log(builtAt === 0 ? "Building the app (web/dist)…" : "The app's sources changed: rebuilding web/dist…");
  // A production build whatever NODE_ENV says (under a test runner it is "test", and Vite would then leave
  // import.meta.env.PROD false: no service worker).
  process.env.NODE_ENV = "production";
  await build({ root: web, configFile: join(web, "vite.config.ts"), logLevel: "warn", mode: "production" });
}

// Global setup of the e2e suite: the app must be built (web/dist) before the server can serve it.
// The build runs in its own process with NODE_ENV=production: inside vitest NODE_ENV is "test", and Vite
// would then build with import.meta.env.PROD false (no service worker registration, so no offline app).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../corpus.ts";

export default function setup(): void {
  execFileSync(process.execPath, ["--import", "tsx", join(repoRoot, "web/build-if-stale.ts")], {
    cwd: repoRoot,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
}

// The compiled build (scripts/build-server.ts) runs like the sources: the command line answers, and an
// import decodes on a worker thread that loads the compiled worker (no TypeScript loader in the process).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../scripts/build-server.ts";
import { activityFit } from "../src/activities/fit/fit-fixtures.ts";
import { repoRoot } from "./corpus.ts";

// Two levels below the repository, like dist/cli, so node_modules resolves from the bundle.
mkdirSync(join(repoRoot, "dist"), { recursive: true });
const parent = mkdtempSync(join(repoRoot, "dist", "test-build-"));
const outdir = join(parent, "cli");

beforeAll(async () => {
  await buildServer(outdir);
}, 120_000);
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const run = (args: string[], input?: string) =>
  execFileSync(process.execPath, [join(outdir, "main.mjs"), ...args], {
    encoding: "utf8",
    ...(input !== undefined ? { input } : {}),
  });

describe("the compiled server and command line", () => {
  it("decides a vignette episode like the sources do", () => {
    const vignette = JSON.parse(
      readFileSync(join(repoRoot, "test/vignettes/p03-grade2-limp.json"), "utf8"),
    ) as { episode: unknown; expect: Record<string, unknown> };
    const out = JSON.parse(run(["decide"], JSON.stringify(vignette.episode))) as Record<string, unknown>;
    expect(out).toMatchObject(vignette.expect);
  });

  it("imports on a worker thread that loads the compiled worker, without tsx", () => {
    const file = join(parent, "run.fit");
    writeFileSync(file, activityFit({ records: 90 }));
    const out = run(["import", "--dry-run", "--json", "--threads", "1", file]);
    expect(JSON.parse(out.trim())).toMatchObject({
      kind: "activity",
      ok: true,
      records: 90,
      sport: "running",
    });
    // The worker really is the compiled one: without it, the file fails naming it.
    renameSync(join(outdir, "decode-worker.mjs"), join(outdir, "gone.mjs"));
    try {
      const r = spawnSync(
        process.execPath,
        [join(outdir, "main.mjs"), "import", "--dry-run", "--json", "--threads", "1", file],
        { encoding: "utf8" },
      );
      expect(r.status).toBe(1); // nothing could be imported
      const failedLine = JSON.parse(r.stdout.trim()) as { ok: boolean; error: string };
      expect(failedLine.ok).toBe(false);
      expect(failedLine.error).toMatch(/decode-worker\.mjs/);
    } finally {
      renameSync(join(outdir, "gone.mjs"), join(outdir, "decode-worker.mjs"));
    }
  });
});

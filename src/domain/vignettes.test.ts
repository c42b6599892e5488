// The spec's worked examples (copied into test/vignettes as the project's own): every one must pass.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateEpisode } from "./engine.ts";
import { parseEpisode } from "./episode.ts";
import { repoRoot } from "../../test/corpus.ts";

const dir = join(repoRoot, "test/vignettes");
const vignettes = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map(
    (f) =>
      JSON.parse(readFileSync(join(dir, f), "utf8")) as {
        id: string;
        title: string;
        episode: unknown;
        expect: Record<string, unknown>;
      },
  );

describe("vignettes", () => {
  it("has the twelve examples", () => expect(vignettes.length).toBeGreaterThanOrEqual(12));

  it.each(vignettes.map((v) => [v.id, v] as const))("%s", (_id, v) => {
    const parsed = parseEpisode(v.episode);
    expect(parsed.ok, JSON.stringify(parsed.ok ? [] : parsed.issues)).toBe(true);
    if (!parsed.ok) return;
    const decision = evaluateEpisode(parsed.value);
    const picked = Object.fromEntries(
      Object.keys(v.expect).map((k) => [k, (decision as unknown as Record<string, unknown>)[k]]),
    );
    expect(picked).toEqual(v.expect);
  });
});

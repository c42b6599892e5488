// `strideback decide` as a user runs it: the real executable, a file or standard input.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../test/corpus.ts";
import { decisionSchema } from "../domain/decision-schema.ts";

const bin = join(repoRoot, "bin/strideback");
const vignette = JSON.parse(readFileSync(join(repoRoot, "test/vignettes/p03-grade2-limp.json"), "utf8")) as {
  episode: Record<string, unknown>;
};

function decide(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(bin, ["decide", ...args], (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin ?? "");
  });
}

describe("strideback decide", () => {
  it("prints the decision for an episode file", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "sb-")), "episode.json");
    writeFileSync(file, JSON.stringify(vignette.episode));
    const r = await decide([file]);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d).toMatchObject({
      schema: "strideback/decision@1",
      condition: "strain",
      grade: "II",
      canRun: "no",
      phase: 1,
    });
    expect(d.reasons.length).toBeGreaterThan(0);
  });

  it("reads standard input", async () => {
    const r = await decide([], JSON.stringify(vignette.episode));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).referral).toBe("routine");
  });

  it("exits 2 on invalid JSON", async () => {
    const r = await decide([], "{ not json");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(JSON.parse(r.stderr)).toMatchObject({ error: "invalid_episode", issues: [{ path: "" }] });
  });

  it("exits 2 on an invalid episode and reports the path", async () => {
    const bad = {
      ...vignette.episode,
      checkIns: [{ ...(vignette.episode.checkIns as object[])[0], walking: "hopping" }],
    };
    const r = await decide([], JSON.stringify(bad));
    expect(r.code).toBe(2);
    const err = JSON.parse(r.stderr);
    expect(err.error).toBe("invalid_episode");
    expect(err.issues).toContainEqual({
      path: "checkIns.0.walking",
      message: expect.stringContaining("must be one of"),
    });
  });

  it("exits 2 on empty input", async () => {
    const r = await decide([], "");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr).error).toBe("invalid_episode");
  });

  it("says plainly when the file does not exist", async () => {
    const r = await decide(["/nonexistent/episode.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read/);
  });
});

describe("strideback decide on every vignette", () => {
  const dir = join(repoRoot, "test/vignettes");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

  it.each(files)("%s gives a contract-conforming decision with the expected fields", async (file) => {
    const v = JSON.parse(readFileSync(join(dir, file), "utf8")) as {
      episode: unknown;
      expect: Record<string, unknown>;
    };
    const r = await decide([], JSON.stringify(v.episode));
    expect(r.code, r.stderr).toBe(0);
    const parsed = decisionSchema.safeParse(JSON.parse(r.stdout));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(JSON.parse(r.stdout)).toMatchObject(v.expect);
  });
});

describe("strideback rules", () => {
  it("prints every rule with its source", async () => {
    const out = await new Promise<string>((resolve, reject) =>
      execFile(bin, ["rules", "--json"], (error, stdout) => (error ? reject(error) : resolve(stdout))),
    );
    const rules = JSON.parse(out) as { id: string; source: string }[];
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(["RF-CES", "PH-3-4", "RUN-CLEARED"]));
    expect(rules.every((r) => r.source.length > 2)).toBe(true);
  });
});

// Every citation the protocol and Learn content may use appears in the shared evidence summary or
// clinical rules (skipped, saying so, when the shared folder is absent).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CITATIONS } from "../src/domain/protocol/citations.ts";
import { sharedDir } from "./corpus.ts";

const evidence = resolve(sharedDir, "research/clinical-evidence.md");
const rules = resolve(sharedDir, "spec/clinical-rules.md");
const hasShared = existsSync(evidence) && existsSync(rules);
if (!hasShared) console.warn(`[skipped] citations: ${evidence} is absent on this machine`);

describe.skipIf(!hasShared)("citations", () => {
  it.each(CITATIONS.filter((c) => c !== "seed"))("%s is cited by the evidence or the rules", (citation) => {
    const text = readFileSync(evidence, "utf8") + readFileSync(rules, "utf8");
    const [author = "", year = ""] = [citation.replace(/ \d{4}$/, ""), citation.match(/\d{4}$/)?.[0] ?? ""];
    expect(text).toContain(author);
    if (year !== "") expect(text).toMatch(new RegExp(`${author.split(" ")[0]}[^\\n]{0,60}${year}`));
  });
});

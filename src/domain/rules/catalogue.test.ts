import { describe, expect, it } from "vitest";
import { RULE_CATALOGUE } from "./catalogue.ts";
import { CLINICAL_RULE_IDS } from "../../../test/clinical-rule-ids.ts";

describe("rule catalogue", () => {
  it("holds every rule of clinical-rules.md", () => {
    const ids = RULE_CATALOGUE.map((r) => r.id);
    expect(CLINICAL_RULE_IDS.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("has unique ids, each with a condition and a source", () => {
    const ids = RULE_CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULE_CATALOGUE) {
      expect(r.when.length, r.id).toBeGreaterThan(3);
      expect(r.source.length, r.id).toBeGreaterThan(3);
    }
  });
});

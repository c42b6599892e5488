import { describe, expect, it } from "vitest";
import { RULE_CATALOGUE } from "./catalogue.ts";

// The ids of spec/clinical-rules.md (kept here so the test runs without ../shared).
const SPEC_IDS = [
  "RF-CES",
  "RF-COMPARTMENT",
  "RF-PE",
  "RF-DVT",
  "RF-NERVE",
  "RF-NO-WEIGHT",
  "RF-AVULSION",
  "NS-REFERRED",
  "NS-TENDINOPATHY",
  "NS-FUNCTIONAL",
  "GR-CLINICIAN",
  "GR-II",
  "GR-DAY7",
  "GR-I",
  "PH-1-2",
  "PH-2-3",
  "PH-3-4",
  "PH-REGRESS",
  "PH-RETRIAGE",
  "RUN-PROTECT",
  "RUN-STOPPED",
  "RUN-BREAK",
  "RUN-MORNING",
  "RUN-WALK",
  "RUN-GRADE",
  "RUN-GRADE1",
  "RUN-STAGE",
  "RUN-CLEARED",
];

describe("rule catalogue", () => {
  it("holds every rule of clinical-rules.md", () => {
    const ids = RULE_CATALOGUE.map((r) => r.id);
    expect(SPEC_IDS.filter((id) => !ids.includes(id))).toEqual([]);
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

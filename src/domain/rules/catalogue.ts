// Every rule of the engine in one list (id, when, source), in the order the engine applies them: the table a
// clinician reviews, and the set every decision's reason ids must come from.
import { EXPECTED_RETURN, GRADE_RULES, SLOW_HEALER_RULE, STRAIN_REFERRAL_RULES } from "./grade.ts";
import { NOT_STRAIN_RULES } from "./not-strain.ts";
import { BACKWARD_RULES, GATE_RULES } from "./phases.ts";
import { RED_FLAG_RULES } from "./red-flags.ts";
import { CLINICIAN_HOLD_RULE, RUN_TODAY_RULES } from "./run-today.ts";
import { RUN_OUTCOME_RULES } from "./stages.ts";

export interface CatalogueEntry {
  readonly id: string;
  readonly section: string;
  readonly when: string;
  readonly source: string;
}

const entry =
  (section: string) =>
  (r: { id: string; summary: string; source: string }): CatalogueEntry => ({
    id: r.id,
    section,
    when: r.summary,
    source: r.source,
  });

export const RULE_CATALOGUE: readonly CatalogueEntry[] = [
  ...RED_FLAG_RULES.map(entry("1. Red flags")),
  ...NOT_STRAIN_RULES.map(entry("2. Not a strain")),
  ...GRADE_RULES.map(entry("3. Grade estimate")),
  entry("3. Grade estimate")(SLOW_HEALER_RULE),
  ...STRAIN_REFERRAL_RULES.map(entry("3. Referral for a strain")),
  ...Object.values(EXPECTED_RETURN).map(entry("3. Expected time back")),
  ...GATE_RULES.map((g) =>
    entry("4. Phases")({
      id: g.id,
      summary: `${g.from} -> ${g.to}: ${g.requires.map((r) => r.label).join("; ")}`,
      source: g.source,
    }),
  ),
  ...BACKWARD_RULES.map(entry("4. Phases")),
  ...RUN_TODAY_RULES.map(entry("5. Can I run today?")),
  entry("5. Can I run today?")(CLINICIAN_HOLD_RULE),
  ...RUN_OUTCOME_RULES.map(entry("5. Return-to-run stages")),
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULE_CATALOGUE.map((r) => r.id));

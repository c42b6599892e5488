// The shapes of a rule row: an id, a condition, an outcome, the reason text and its source.
// The engine walks tables of these rows; a clinician can read the tables without reading the engine.

export interface RuleRow<Ctx> {
  readonly id: string;
  /** One line a clinician can review: when the rule fires. */
  readonly summary: string;
  readonly source: string;
  readonly when: (ctx: Ctx) => boolean;
  /** The reason shown to the runner; may name the finding that fired the rule. */
  readonly text: (ctx: Ctx) => string;
}

// What to do when it hurts: the pain rules for exercises and for running.
// The numbers are the project's synthesis of sources that disagree (evidence section b1), stated as such.
import type { Sourced } from "./citations.ts";
import type { PainRuleId } from "./types.ts";

export interface PainRule extends Sourced {
  readonly id: PainRuleId;
  readonly appliesTo: string;
  /** The most pain (0-10) that is acceptable during the activity. */
  readonly maxDuring: number;
  readonly acceptable: string;
  /** What to do when the rule is broken, in order. */
  readonly whenItHurts: readonly string[];
  /** Where sources disagree, said plainly. */
  readonly note?: string;
}

export const PAIN_RULES = {
  strength: {
    id: "strength",
    appliesTo: "Strength, balance and lengthening exercises",
    maxDuring: 4,
    acceptable:
      "Some discomfort is fine: up to 3 or 4 out of 10, as long as it settles within a few minutes of stopping and the leg is no worse the next morning.",
    whenItHurts: [
      "If an exercise hurts more than that, or the pain is sharp, stop it.",
      "Make it easier (smaller range, less load, fewer repetitions) and try again; if it still hurts, leave it out today.",
      "If the leg is sorer the next morning, do less the next day and build up again.",
    ],
    note: "A trial allowed up to 4 out of 10 and found the same return time with better strength; other protocols stop at 2 out of 10. This rule is our synthesis for people exercising without supervision.",
    sources: ["seed", "Hickey 2020", "Silbernagel 2007", "Aspetar"],
    synthesis: true,
  },
  running: {
    id: "running",
    appliesTo: "Every run while you are coming back",
    maxDuring: 2,
    acceptable:
      "No more than 2 out of 10 during a run, not rising as you go, no limp or shortened stride, and back to your usual level by the next morning.",
    whenItHurts: [
      "If the pain gets worse as you go, goes above 2 out of 10, or you start to limp: stop running and walk home.",
      "If it is sorer the next morning than before the run, rest or cycle that day and drop back one stage next time.",
      "If you cannot walk without pain the next day, or there is new bruising, a pop or weakness, treat it as a new injury and do a fresh check-in.",
    ],
    sources: ["seed", "Aspetar", "Silbernagel 2007"],
    synthesis: true,
  },
  nerve: {
    id: "nerve",
    appliesTo: "Nerve glides (flossing)",
    maxDuring: 0,
    acceptable:
      "A nerve glide should feel like very little: a mild pull at most, never pain, pins and needles or burning.",
    whenItHurts: [
      "Stop at once if it brings on pain, tingling or burning.",
      "If tingling stays after you stop, leave the glides out and tell your physiotherapist.",
    ],
    sources: ["seed", "Kornberg & Lew 1989"],
  },
} as const satisfies Record<PainRuleId, PainRule & { readonly id: PainRuleId }>;

export function painRule(id: PainRuleId): PainRule {
  return PAIN_RULES[id];
}

// Every exercise of the protocol in one table, looked up by its stable id.
import { EARLY_EXERCISES } from "./exercises-early.ts";
import { LENGTHENING_EXERCISES } from "./exercises-lengthening.ts";
import { STRENGTH_EXERCISES } from "./exercises-strength.ts";
import type { Exercise } from "./types.ts";

export const EXERCISES: readonly Exercise[] = [
  ...EARLY_EXERCISES,
  ...STRENGTH_EXERCISES,
  ...LENGTHENING_EXERCISES,
];

export type ExerciseId =
  | (typeof EARLY_EXERCISES)[number]["id"]
  | (typeof STRENGTH_EXERCISES)[number]["id"]
  | (typeof LENGTHENING_EXERCISES)[number]["id"];

const byId: ReadonlyMap<string, Exercise> = new Map(EXERCISES.map((e) => [e.id, e]));

/** The exercise with this id, or undefined for an id the protocol does not know (an old log entry, a typo). */
export function exerciseById(id: string): Exercise | undefined {
  return byId.get(id);
}

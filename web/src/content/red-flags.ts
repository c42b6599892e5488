// The red-flag questions of every check-in, in plain words (the contract's check-in fields).
import type { CheckIn } from "../../../src/domain/episode.ts";

export type RedFlagField = keyof Pick<
  CheckIn,
  | "footNumbnessOrDrop"
  | "calfSwellingWarmth"
  | "breathlessOrChestPain"
  | "tenseEscalatingThigh"
  | "saddleNumbnessOrBladder"
  | "backPainOrTingling"
>;

export const RED_FLAG_QUESTIONS: readonly { field: RedFlagField; text: string }[] = [
  {
    field: "saddleNumbnessOrBladder",
    text: "Numbness between the legs or around the back passage, or a new problem controlling your bladder or bowels",
  },
  {
    field: "tenseEscalatingThigh",
    text: "The thigh is tense, hard and swollen, and the pain keeps rising even at rest",
  },
  { field: "calfSwellingWarmth", text: "One calf is swollen, warm or tender" },
  { field: "breathlessOrChestPain", text: "You are short of breath or have chest pain" },
  {
    field: "footNumbnessOrDrop",
    text: "Your foot or shin is numb, or your toes catch on the ground when you walk",
  },
  { field: "backPainOrTingling", text: "Low back pain, or pins and needles below the knee" },
];

export const NO_RED_FLAGS: Readonly<Record<RedFlagField, boolean>> = {
  footNumbnessOrDrop: false,
  calfSwellingWarmth: false,
  breathlessOrChestPain: false,
  tenseEscalatingThigh: false,
  saddleNumbnessOrBladder: false,
  backPainOrTingling: false,
};

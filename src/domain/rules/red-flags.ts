// Section 1 of clinical-rules.md: red flags, evaluated on the injury and the current check-in (the avulsion
// screen on every check-in). Any red flag means no grade, no phase and no running; the most urgent referral wins.
import type { Condition, Referral } from "../decision.ts";
import type { EpisodeContext } from "./context.ts";
import type { RuleRow } from "./types.ts";
import { andList } from "./words.ts";

export interface RedFlagRule extends RuleRow<EpisodeContext> {
  /** Rules of one group are exclusive: the first that matches in a group is the only one of it that fires. */
  readonly group: string;
  readonly condition: Condition;
  readonly referral: Referral;
}

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    id: "RF-CES",
    group: "cauda-equina",
    summary: "saddleNumbnessOrBladder",
    condition: "cauda_equina",
    referral: "emergency",
    source: "BMJ Best Practice",
    when: (c) => c.current.saddleNumbnessOrBladder,
    text: () =>
      "Numbness between the legs or a new change in bladder or bowel control can mean pressure on the nerves at the base of the spine (cauda equina syndrome). This is an emergency: go to an emergency department or call your emergency number now.",
  },
  {
    id: "RF-COMPARTMENT",
    group: "compartment",
    summary: "tenseEscalatingThigh",
    condition: "compartment_syndrome",
    referral: "emergency",
    source: "JBJS Case Connect 2020",
    when: (c) => c.current.tenseEscalatingThigh,
    text: () =>
      "A tense, swollen thigh with pain that keeps rising despite rest can mean dangerous pressure building inside the muscle (compartment syndrome). This is an emergency: go to an emergency department now.",
  },
  {
    id: "RF-PE",
    group: "clot",
    summary: "calfSwellingWarmth and breathlessOrChestPain",
    condition: "possible_dvt",
    referral: "emergency",
    source: "NHS DVT guidance",
    when: (c) => c.current.calfSwellingWarmth && c.current.breathlessOrChestPain,
    text: () =>
      "A swollen, warm calf together with breathlessness or chest pain can mean a blood clot that has reached the lungs. Call your emergency number now.",
  },
  {
    // Not a row of clinical-rules.md: the evidence's DVT advice says breathlessness or chest pain means 999/A&E
    // (a clot may reach the lungs without a noticed calf), so the question never goes unanswered.
    id: "RF-BREATHLESS",
    group: "clot",
    summary: "breathlessOrChestPain (without calf signs)",
    condition: "possible_dvt",
    referral: "emergency",
    source: "NHS DVT guidance",
    when: (c) => c.current.breathlessOrChestPain,
    text: () =>
      "New breathlessness or chest pain after an injury can mean a blood clot in the lungs, even without a swollen calf. Call your emergency number now.",
  },
  {
    id: "RF-DVT",
    group: "clot",
    summary: "calfSwellingWarmth",
    condition: "possible_dvt",
    referral: "same_day",
    source: "NHS DVT guidance",
    when: (c) => c.current.calfSwellingWarmth,
    text: () =>
      "One calf swollen, warm and tender can mean a blood clot in a deep vein (DVT). See a doctor today; if you become breathless or have chest pain, call your emergency number.",
  },
  {
    id: "RF-NERVE",
    group: "nerve",
    summary: "footNumbnessOrDrop",
    condition: "nerve_involvement",
    referral: "same_day",
    source: "Subbu 2015",
    when: (c) => c.current.footNumbnessOrDrop,
    text: () =>
      "A numb foot or shin, or toes that catch when you walk, can mean the sciatic nerve (the large nerve running down the back of the thigh) is irritated or injured. See a doctor today.",
  },
  {
    id: "RF-NO-WEIGHT",
    group: "weight-bearing",
    summary: "walking = unable",
    condition: "unable_to_bear_weight",
    referral: "same_day",
    source: "NHS grade 3",
    when: (c) => c.current.walking === "unable",
    text: () =>
      "Not being able to put weight on the leg can mean a severe tear, a tendon torn from the bone or a fracture. Be seen by a doctor today.",
  },
  {
    id: "RF-AVULSION",
    group: "avulsion",
    summary: "avulsion screen A1-A4 on any check-in",
    condition: "suspected_avulsion",
    referral: "within_days",
    source: "van der Made 2019; Kuske 2016",
    when: (c) => avulsionChecks(c).fired,
    text: (c) => {
      const found = avulsionFindings(c);
      const { age } = c.episode.runner;
      const atAge = avulsionChecks(c).a4
        ? `, after a sudden injury at age ${age}, when this injury is more common`
        : "";
      const teen =
        age < 16
          ? " In children and teenagers a small piece of bone can come away with the tendon: an X-ray may be needed."
          : "";
      return `You reported ${andList(found)}${atAge}. ${found.length > 1 ? "Together these" : "This"} can mean the hamstring tendon has come away from the sit bone (an avulsion). See a sports medicine or orthopaedic doctor within days: a scan may be needed, and a repair within about six weeks gives a much faster return.${teen}`;
    },
  },
];

/** Which checks of the avulsion screen (A1-A4) fire, from the injury and every check-in. */
export function avulsionChecks(c: EpisodeContext) {
  const { injury, runner } = c.episode;
  const ever = c.ever;
  const sitting = ever.maxPainSitting >= 3;
  const high = injury.location.level === "sit_bone" || sitting;
  const spreading = ever.worstBruising === "spreading_down_thigh";
  const a1 = ever.gapFelt;
  const a2 = high && (injury.popFelt || ever.bruised || ever.legFeelsWeak);
  const a3 = spreading && (injury.popFelt || ever.legFeelsWeak);
  const ageAtRisk = runner.age >= 40 || runner.age < 16;
  const a4 =
    ageAtRisk &&
    injury.onset === "sudden" &&
    Number(injury.popFelt) +
      Number(sitting) +
      Number(ever.worstBruising === "large" || spreading) +
      Number(ever.legFeelsWeak) +
      Number(injury.activity === "slip_or_overstretch") >=
      2;
  return { a1, a2, a3, a4, fired: a1 || a2 || a3 || a4 };
}

const BRUISE_WORDS = {
  none: "",
  small: "bruising",
  large: "a large bruise",
  spreading_down_thigh: "bruising spreading down the thigh",
} as const;

/** The plain findings behind the avulsion screen, each once, empty when it does not fire. */
export function avulsionFindings(c: EpisodeContext): string[] {
  const { a1, a2, a3, a4, fired } = avulsionChecks(c);
  if (!fired) return [];
  const { injury } = c.episode;
  const ever = c.ever;
  const sitting = ever.maxPainSitting >= 3;
  const bruiseCounts =
    (a2 && ever.bruised) ||
    a3 ||
    (a4 && (ever.worstBruising === "large" || ever.worstBruising === "spreading_down_thigh"));
  const found = [
    a1 && "a dip or gap under the skin",
    a2 && injury.location.level === "sit_bone" && "pain at the sit bone",
    (a2 || a4) && sitting && "pain when sitting",
    (a2 || a3 || a4) && injury.popFelt && "a pop",
    bruiseCounts && BRUISE_WORDS[ever.worstBruising],
    (a2 || a3 || a4) && ever.legFeelsWeak && "a leg that feels weak",
    a4 && injury.activity === "slip_or_overstretch" && "a slip or over-stretch",
  ];
  return found.filter((f): f is string => typeof f === "string" && f !== "");
}

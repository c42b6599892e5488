// The wording of each red-flag rule for the app: a headline that cannot be misread, what to do,
// and how soon. The referral level matches clinical-rules.md section 1.
import type { Referral } from "../decision.ts";
import type { Sourced } from "../protocol/citations.ts";
import { EMERGENCY_NUMBER } from "./emergency.ts";

export const RED_FLAG_RULES = [
  "RF-CES",
  "RF-COMPARTMENT",
  "RF-PE",
  "RF-BREATHLESS",
  "RF-DVT",
  "RF-NERVE",
  "RF-NO-WEIGHT",
  "RF-AVULSION",
] as const;
export type RedFlagRule = (typeof RED_FLAG_RULES)[number];

export interface RedFlagAlert extends Sourced {
  readonly rule: RedFlagRule;
  readonly referral: Referral;
  readonly headline: string;
  readonly why: string;
  readonly howSoon: string;
  readonly whatToDo: readonly string[];
}

const callNow = `Call ${EMERGENCY_NUMBER} now, or go to A&E (the emergency department) now.`;
const noRun = "Do not run or do the rehab exercises.";
const seeToday =
  "See a doctor today: your GP or family doctor (ask for a same-day appointment), an urgent care centre, or in the UK call NHS 111.";

export const RED_FLAG_ALERTS = {
  "RF-CES": {
    rule: "RF-CES",
    referral: "emergency",
    headline: "Emergency: possible pressure on the nerves at the base of the spine",
    why: "Numbness between the legs, or a new change in bladder or bowel control, can mean cauda equina syndrome, which needs treatment within hours.",
    howSoon: "Now",
    whatToDo: [callNow, "Do not wait to see if it settles.", noRun],
    sources: ["BMJ Best Practice"],
  },
  "RF-COMPARTMENT": {
    rule: "RF-COMPARTMENT",
    referral: "emergency",
    headline: "Emergency: possible dangerous pressure inside the thigh",
    why: "A tense, swollen thigh with pain that keeps rising despite rest can mean compartment syndrome. It is rare, but it needs treatment at once.",
    howSoon: "Now",
    whatToDo: [callNow, noRun],
    sources: ["JBJS Case Connect 2020"],
  },
  "RF-PE": {
    rule: "RF-PE",
    referral: "emergency",
    headline: "Emergency: possible blood clot that has reached the lungs",
    why: "A swollen, warm calf together with breathlessness or chest pain can mean a clot has travelled to the lungs.",
    howSoon: "Now",
    whatToDo: [callNow, "Do not drive yourself.", noRun],
    sources: ["NHS DVT guidance"],
  },
  "RF-BREATHLESS": {
    rule: "RF-BREATHLESS",
    referral: "emergency",
    headline: "Emergency: new breathlessness or chest pain",
    why: "After an injury, new breathlessness or chest pain can mean a blood clot in the lungs, even when no calf swelling was noticed.",
    howSoon: "Now",
    whatToDo: [callNow, "Do not drive yourself.", noRun],
    sources: ["NHS DVT guidance"],
  },
  "RF-DVT": {
    rule: "RF-DVT",
    referral: "same_day",
    headline: "See a doctor today: possible blood clot in the leg",
    why: "One calf that is swollen, warm and tender can be a deep vein thrombosis (DVT), especially after a long journey or time off your feet.",
    howSoon: "Today",
    whatToDo: [
      seeToday,
      `If you become breathless, have chest pain or cough up blood: call ${EMERGENCY_NUMBER} now.`,
      noRun,
    ],
    sources: ["NHS DVT guidance"],
  },
  "RF-NERVE": {
    rule: "RF-NERVE",
    referral: "same_day",
    headline: "See a doctor today: possible nerve injury",
    why: "A numb foot or shin, or toes that catch when you walk, after a hamstring injury can mean the sciatic nerve is affected, often with a tendon injury.",
    howSoon: "Today",
    whatToDo: [seeToday, noRun],
    sources: ["Subbu 2015"],
  },
  "RF-NO-WEIGHT": {
    rule: "RF-NO-WEIGHT",
    referral: "same_day",
    headline: "See a doctor today: you cannot put weight on the leg",
    why: "Not being able to stand or walk on the leg can mean a severe tear, a tendon pulled off the bone, or a fracture.",
    howSoon: "Today",
    whatToDo: [seeToday, "Get a lift rather than walking or driving yourself.", noRun],
    sources: ["NHS grade 3"],
  },
  "RF-AVULSION": {
    rule: "RF-AVULSION",
    referral: "within_days",
    headline: "Urgent: the tendon may have come away from the bone. Get seen within days",
    why: "A pop near the sit bone, pain sitting, a bruise spreading down the thigh, a gap under the skin or a leg that will not work can mean a hamstring avulsion. It is often mistaken for a bad strain, and if repair is needed it works much better within about 6 weeks.",
    howSoon: "Within the next few days",
    whatToDo: [
      "Book an urgent appointment with a sports medicine or orthopaedic doctor in the next few days. Say you may have a proximal hamstring avulsion and may need an MRI scan.",
      "If you cannot book directly, ask your GP or family doctor for an urgent referral.",
      "No running and no strain exercises until you have been seen.",
      `If you get numbness in the foot or cannot put weight on the leg, see a doctor today; for the emergency signs, call ${EMERGENCY_NUMBER}.`,
    ],
    sources: ["van der Made 2019", "Kuske 2016", "Subbu 2015"],
  },
} as const satisfies Record<RedFlagRule, RedFlagAlert>;

export function redFlagAlert(rule: RedFlagRule): RedFlagAlert {
  return RED_FLAG_ALERTS[rule];
}

const redFlagRules: ReadonlySet<string> = new Set(RED_FLAG_RULES);

export function isRedFlagRule(rule: string): rule is RedFlagRule {
  return redFlagRules.has(rule);
}

// The four phases: the seed's three plus phase 4 (back to normal training, preventing a re-injury).
// Each has a goal, advice, a session of exercise ids, and what moves the runner on (the engine's gate).
import type { Phase } from "../decision.ts";
import type { Sourced } from "./citations.ts";
import type { ExerciseId } from "./exercises.ts";
import type { Advice, PhasePlan } from "./types.ts";

type Plan = PhasePlan & { readonly exercises: readonly ExerciseId[] };

/** Days 0 to 2 of phase 1: protect only (clinical-rules.md section 4). */
export const PROTECT_DAYS = 2;
export const PROTECT_EXERCISES = [
  "walking",
  "active-range-of-motion",
  "bent-knee-bridge-hold",
] as const satisfies readonly ExerciseId[];

const avoidAggravating: Advice = {
  id: "avoid-aggravating",
  text: "Avoid whatever brings the pain on: fast running, long strides, hills, and stretching the back of the thigh hard.",
  sources: ["seed", "Heiderscheit 2010"],
};

export const PHASE_PLANS = [
  {
    phase: 1,
    title: "Protect and keep moving",
    goal: "Protect the healing muscle for the first few days, then keep it moving and start loading it gently, so you lose as little strength as possible.",
    advice: [
      {
        id: "protect-first-days",
        text: "For the first 1 to 3 days, take it easy: walk short distances, no running, no stretching into pain. Then start gentle exercise; long rest slows recovery.",
        sources: ["seed", "Dubois & Esculier 2020", "Bayer 2017"],
      },
      {
        id: "ice-optional",
        text: "Ice is optional: use it if it eases the pain. There is no good evidence that it speeds healing.",
        sources: ["seed", "Dubois & Esculier 2020", "Heiderscheit 2010"],
      },
      {
        id: "anti-inflammatories",
        text: "Ask a pharmacist or doctor before taking anti-inflammatory painkillers in the first days; they may slow the repair.",
        sources: ["Dubois & Esculier 2020"],
      },
      {
        id: "see-a-professional",
        text: "Have the injury looked at by a qualified professional: a physiotherapist, a sports medicine doctor or a sports massage therapist.",
        sources: ["seed"],
      },
      avoidAggravating,
    ],
    exercises: [
      "walking",
      "bike-easy",
      "active-range-of-motion",
      "bent-knee-bridge-hold",
      "double-leg-bridge",
      "single-leg-balance",
      "front-and-side-plank",
      "sciatic-nerve-floss",
    ],
    moveOn: {
      text: "Walking normally without pain, and a standing hamstring curl without pain.",
      rule: "PH-1-2",
    },
    sources: ["seed", "Heiderscheit 2010", "Aspetar"],
  },
  {
    phase: 2,
    title: "Rebuild strength and control",
    goal: "Rebuild strength in the hamstring and the feel for where your leg is (balance and control), ready for running.",
    advice: [
      avoidAggravating,
      {
        id: "harder-exercises",
        text: "The exercises get harder now. If one hurts, stop and make it easier.",
        sources: ["seed"],
      },
    ],
    exercises: [
      "bike-medium",
      "brisk-walking",
      "single-leg-windmill",
      "supine-hamstring-curl",
      "single-leg-deadlift",
      "single-leg-bridge",
      "bridge-walk-out",
      "side-shuffle-grapevine",
    ],
    moveOn: { text: "All the phase 2 exercises without pain, and walking pain-free.", rule: "PH-2-3" },
    sources: ["seed", "Heiderscheit 2010", "Aspetar"],
  },
  {
    phase: 3,
    title: "Back to running, stronger",
    goal: "Return to running step by step while the hamstring gets stronger, especially as it lengthens (eccentric work).",
    advice: [
      {
        id: "lengthening-focus",
        text: "Focus on the lowering, lengthening part of each exercise. The lengthening exercises below come from a programme that got athletes back faster.",
        sources: ["seed", "Askling 2013", "Askling 2014"],
      },
      {
        id: "overload",
        text: "Make the strength exercises harder as you get stronger, one change at a time: a stronger band, more repetitions, a slower repetition, or more weight.",
        sources: ["seed"],
      },
      {
        id: "listen",
        text: "Listen to your body: if running hurts, ease off or stop until it settles.",
        sources: ["seed"],
      },
    ],
    exercises: [
      "askling-extender",
      "askling-diver",
      "askling-glider",
      "supine-hamstring-curl",
      "single-leg-deadlift",
      "single-leg-bridge-quick",
      "bike-medium",
    ],
    moveOn: {
      text: "Run stage 6 done without pain, no insecurity on the fast straight-leg raise, and no discomfort on the knee-straightening test.",
      rule: "PH-3-4",
    },
    sources: ["seed", "Askling 2013", "Aspetar"],
  },
  {
    phase: 4,
    title: "Back to normal training, preventing another strain",
    goal: "Train normally again while cutting the chance of a repeat strain, which is highest in the first weeks back.",
    advice: [
      {
        id: "nordic-programme",
        text: "Do the Nordic hamstring programme: 10 weeks building up, then once a week for as long as you run. Programmes that include it halve hamstring strains.",
        sources: ["Petersen 2011", "van Dyk 2019"],
      },
      {
        id: "single-run-spike",
        text: "Keep every run no more than 10 % longer than your longest run of the last 30 days.",
        sources: ["Frandsen 2025"],
      },
      {
        id: "higher-risk-window",
        text: "Treat the first 15 weeks as a higher-risk time: build speed and hills gradually.",
        sources: ["Orchard 2020"],
      },
      {
        id: "gait",
        text: "If you overstride (the foot landing far ahead of you), a professional gait analysis can help; slightly shorter, quicker steps are a common cue, though no trial shows it prevents strains.",
        sources: ["seed", "Heiderscheit 2011"],
      },
    ],
    exercises: ["nordic-hamstring"],
    moveOn: { text: "There is no next phase: keep the weekly Nordic session going.", rule: null },
    sources: ["Petersen 2011", "van Dyk 2019", "Frandsen 2025", "Orchard 2020"],
  },
] as const satisfies readonly Plan[];

export function phasePlan(phase: Phase): PhasePlan {
  const plans: readonly PhasePlan[] = PHASE_PLANS;
  // PHASE_PLANS lists phases 1..4 in order, so index phase - 1 always exists.
  return plans[phase - 1] ?? PHASE_PLANS[0];
}

/** The seed's four ways to make a strength exercise harder in phase 3: change one at a time. */
export const OVERLOAD_LEVERS = [
  { id: "band", label: "a stronger band", text: "Use a stronger resistance band." },
  { id: "reps", label: "more repetitions", text: "Do more repetitions." },
  {
    id: "tempo",
    label: "slower repetitions",
    text: "Take longer over each repetition, especially the lowering.",
  },
  { id: "weight", label: "more weight", text: "Hold or add more weight." },
] as const;
export const OVERLOAD_SOURCE = { sources: ["seed"] } as const satisfies Sourced;

/** Extra care for tendon-type ("slow healer") injuries: slow stretch, near the sit bone, or tendon involved. */
export const SLOW_HEALER_CAUTIONS = [
  {
    id: "no-stretch-into-pain",
    text: "Never stretch into pain: stop every lengthening movement well short of it.",
    sources: ["Askling 2006", "Askling 2013"],
  },
  {
    id: "no-speed",
    text: "No quick or fast work until phase 3 and the run stages allow it.",
    sources: ["Askling 2006", "Pollock 2022"],
  },
  {
    id: "slower-course",
    text: "This kind of injury usually takes longer to heal even when it feels mild; that is expected, not a setback.",
    sources: ["Askling 2006", "Askling 2013", "Pollock 2022"],
  },
] as const satisfies readonly Advice[];

// The self-tests a runner does at a check-in, with instructions they can follow alone. Each id is a
// field of the contract's `tests` object (episode.ts); `gate` names the phase rule it opens.
import type { Phase } from "../decision.ts";
import type { GateTests } from "../episode.ts";
import type { Sourced } from "./citations.ts";

export type GateTestId = keyof GateTests;
export type GateRuleId = "PH-1-2" | "PH-2-3" | "PH-3-4";

export interface GateTest extends Sourced {
  readonly id: GateTestId;
  readonly name: string;
  /**
   * The phases whose check-in asks for this test: its own phase, and for a gate test also the next
   * one, where pain above 4/10 on it sends the runner back (PH-REGRESS).
   */
  readonly askedInPhases: readonly Phase[];
  /** The phase gate this test helps open, or null when it informs the estimate without gating. */
  readonly gate: GateRuleId | null;
  /** Other rules that read it. */
  readonly alsoUsedBy: readonly string[];
  readonly record:
    | { readonly kind: "pain"; readonly passes: string }
    | { readonly kind: "yes-no"; readonly question: string };
  readonly purpose: string;
  readonly onlyWhen?: string;
  readonly steps: readonly string[];
  readonly safety: readonly string[];
}

const painPasses = "0 out of 10 passes; any pain means not yet.";
const stopIfSharp = "Stop at the first sharp pain and record it; do not push through to finish the test.";

export const GATE_TESTS = [
  {
    id: "standingCurlPain",
    name: "Standing hamstring curl",
    askedInPhases: [1, 2],
    gate: "PH-1-2",
    alsoUsedBy: ["PH-REGRESS"],
    record: { kind: "pain", passes: painPasses },
    purpose: "Together with pain-free walking, this is the seed's sign that phase 1 is done.",
    steps: [
      "Stand tall holding the back of a chair or a worktop, weight on the uninjured leg.",
      "Slowly bend the injured knee so the heel rises towards your buttock, as far as is comfortable.",
      "Lower it slowly. Do this a few times.",
      "Record the worst pain you felt in the back of the thigh, from 0 to 10.",
    ],
    safety: [
      stopIfSharp,
      "Cramp is common here; if the muscle cramps, stop, let it settle and record the pain you felt before it.",
    ],
    sources: ["seed"],
  },
  {
    id: "singleLegBridgePain",
    name: "Single-leg bridge",
    askedInPhases: [1, 2],
    gate: null,
    alsoUsedBy: ["GR-DAY7"],
    record: { kind: "pain", passes: painPasses },
    purpose: "Pain on this test a week after the injury is one of the best signs of a longer recovery.",
    steps: [
      "Lie on your back, the injured leg's knee bent with the foot flat, the other leg lifted with the knee bent.",
      "Push through the heel and lift your hips until they line up with the knee, then lower slowly.",
      "Do this a few times, then record the worst pain from 0 to 10.",
    ],
    safety: [stopIfSharp],
    sources: ["Jacobsen 2016", "Aspetar"],
  },
  {
    id: "singleLegSquatPain",
    name: "Single-leg squat",
    askedInPhases: [1, 2],
    gate: null,
    alsoUsedBy: [],
    record: { kind: "pain", passes: painPasses },
    purpose:
      "A pain-free single-leg squat is one of the published signs that the leg is ready to start jogging.",
    steps: [
      "Stand on the injured leg next to a support you can hold lightly.",
      "Bend the knee to about 45 degrees (a quarter squat), hips back, knee in line with your toes.",
      "Stand back up. Do this a few times, then record the worst pain from 0 to 10.",
    ],
    safety: [stopIfSharp, "Keep a hand near the support in case you lose balance."],
    sources: ["Aspetar"],
  },
  {
    id: "bikeFiveMinPain",
    name: "Five minutes on an exercise bike",
    askedInPhases: [1, 2],
    gate: null,
    alsoUsedBy: [],
    record: { kind: "pain", passes: painPasses },
    purpose: "Five pain-free minutes of steady cycling is another published sign of readiness to jog.",
    steps: [
      "Set the saddle so the knee stays slightly bent at the bottom of the pedal stroke.",
      "Ride for 5 minutes at a steady, moderate effort. If the bike shows watts, the published test uses about 150 W.",
      "Record the worst pain during the 5 minutes, from 0 to 10.",
    ],
    safety: [stopIfSharp],
    sources: ["Aspetar", "Vermeulen 2022"],
  },
  {
    id: "slowJogPain",
    name: "One-minute very slow jog",
    askedInPhases: [1, 2],
    gate: null,
    alsoUsedBy: [],
    record: { kind: "pain", passes: painPasses },
    purpose: "A very slow pain-free jog is the last of the published signs that running can start.",
    onlyWhen:
      "Only when today's answer allows a run, or a professional has said you may jog, and walking is pain-free.",
    steps: [
      "Walk for about 5 minutes first, on a flat, even surface.",
      "Jog very slowly, with short steps, for about a minute: slower than your easiest run.",
      "Walk again and record the worst pain during the jog, from 0 to 10.",
    ],
    safety: [
      "If the pain rises or you start to limp, stop at once and walk.",
      "Flat ground only; no hills, no speed.",
    ],
    sources: ["Heiderscheit 2010", "Aspetar"],
  },
  {
    id: "phase2ExercisesPain",
    name: "The phase 2 exercises",
    askedInPhases: [2, 3],
    gate: "PH-2-3",
    alsoUsedBy: ["PH-REGRESS"],
    record: { kind: "pain", passes: painPasses },
    purpose: "The seed's sign that phase 2 is done: all its exercises without pain.",
    steps: [
      "Do the phase 2 exercises: bike, brisk walk, windmill, lying curl, single-leg deadlift and the rest. In phase 3, the strength exercises still in your session are enough.",
      "Afterwards, record the worst pain you felt during any of them, from 0 to 10.",
    ],
    safety: [
      "Follow the exercise pain rule: stop and make an exercise easier if it hurts more than 3 or 4 out of 10.",
    ],
    sources: ["seed"],
  },
  {
    id: "fastLegSwingInsecure",
    name: "Fast straight-leg raise (how safe does it feel?)",
    askedInPhases: [3],
    gate: "PH-3-4",
    alsoUsedBy: [],
    record: {
      kind: "yes-no",
      question:
        "On the injured side, did you feel at all unsure, afraid or held back compared with the other leg?",
    },
    purpose:
      "A home version of a test physiotherapists use before a return to full speed (the Askling H-test). Feeling unsure is common even when other tests are normal, and means more time is needed before fast running.",
    onlyWhen: "Only near the end of phase 3: at run stage 6, when your runs are pain-free.",
    steps: [
      "Do it after a short walk or an easy run, on a mat on the floor (a gentle warm-up is our safety choice; the clinic version is done cold).",
      "Lie on your back, both legs straight, toes pointing up. Test the uninjured leg first.",
      "Keeping the knee straight, raise the leg quickly to as high as it comfortably goes, then lower it under control.",
      "Do 3 raises on each leg, a little faster each time.",
      "Answer the question honestly: any hesitation on the injured side counts as yes.",
    ],
    safety: [
      "Never force the top of the movement or bounce at the end.",
      "Stop at the first sharp pain and answer yes.",
      "Keep the other leg flat on the floor; it helps to hook that foot under a sofa.",
    ],
    sources: ["Askling 2010", "Askling 2013"],
  },
  {
    id: "kneeExtensionDiscomfort",
    name: "Knee straightening with the hip bent",
    askedInPhases: [3],
    gate: "PH-3-4",
    alsoUsedBy: [],
    record: {
      kind: "yes-no",
      question:
        "Did you feel discomfort in the back of the injured thigh, or much less range than on the other side?",
    },
    purpose:
      "Discomfort on this test when you return to full running is linked with a higher chance of straining it again.",
    onlyWhen: "Only near the end of phase 3, at run stage 6.",
    steps: [
      "Lie on your back with the other leg flat.",
      "Bend the hip of the injured leg until the thigh points straight up, and hold the back of the thigh with both hands.",
      "Using your own muscles only (no pulling), slowly straighten the knee as far as it goes, then lower.",
      "Do the same on the other leg and compare.",
    ],
    safety: [
      "Move slowly; no kicking or bouncing.",
      "A feeling of stretch is normal; pain or a clearly shorter range on the injured side counts as yes.",
    ],
    sources: ["Zein 2024", "de Vos 2014"],
  },
] as const satisfies readonly GateTest[];

const GATE_PHASE: Readonly<Record<GateRuleId, Phase>> = { "PH-1-2": 1, "PH-2-3": 2, "PH-3-4": 3 };

/** The phase whose exit this gate rule checks. */
export function gatePhase(gate: GateRuleId): Phase {
  return GATE_PHASE[gate];
}

/**
 * The tests the check-in of this phase asks for: the tests of this phase's own gate first, then
 * the earlier gate still watched for a setback, then the tests that inform without gating.
 * Phase 4 has none.
 */
export function gateTestsFor(phase: Phase): readonly GateTest[] {
  const all: readonly GateTest[] = GATE_TESTS;
  const asked = all.filter((t) => t.askedInPhases.includes(phase));
  const rank = (t: GateTest) => (t.gate === null ? 2 : gatePhase(t.gate) === phase ? 0 : 1);
  return [...asked].sort((a, b) => rank(a) - rank(b));
}

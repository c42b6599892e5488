// Learn: grades, running, treatment by phase and prevention. Numbers come from the protocol data
// (run stages, Nordic programme) so an article can never disagree with the plan it explains.
import { NORDIC_PROGRAMME, type NordicWeek } from "../protocol/prevention.ts";
import { RUN_STAGES } from "../protocol/run-stages.ts";
import { bullets, para, section, topic } from "./types.ts";

export const GRADES = topic({
  id: "grades",
  title: "Grades, and how long recovery takes",
  summary:
    "Strains are graded I (mild) to III (a complete tear). From home a grade is only an estimate; how it happened, where, and how quickly you walk without pain tell more.",
  sections: [
    section(
      "three-grades",
      "The three grades",
      ["seed"],
      bullets(
        "Grade I (mild): little or no loss of strength or function; a small amount of damage to the fibres and mild inflammation.",
        "Grade II (moderate): a partial tear of the muscle or tendon, with a clear loss of strength, often with swelling and bruising.",
        "Grade III (severe): a complete tear or rupture of the muscle or tendon, with a major loss of function. It may need surgery or other specialist treatment.",
      ),
    ),
    section(
      "estimate",
      "An estimate, not a diagnosis",
      ["seed", "Schut 2017", "Ishøi 2020"],
      para(
        "Stride Back estimates the grade from your answers. Even the tests professionals use are not very accurate at grading, and answers given at home are less so. When a professional examines you and their grade is entered, it replaces the app's estimate.",
      ),
    ),
    section(
      "signs",
      "Signs of a more serious strain",
      ["seed", "Warren 2010", "Schut 2017"],
      para("The app estimates grade II or more when any of these apply:"),
      bullets(
        "You have limped.",
        "It took more than a day to walk without pain.",
        "There is bruising.",
        "Two or more of: you felt a pop, you had to stop at once, the pain was 7 out of 10 or more, the leg felt weak.",
      ),
    ),
    section(
      "day-7",
      "The one-week re-check",
      ["Jacobsen 2016"],
      para(
        "A re-check about a week after the injury predicts recovery much better than the first day. Pain on a single-leg bridge at that point suggests a longer recovery, so the app asks for it and updates its estimate.",
      ),
    ),
    section(
      "slow-healers",
      "How and where it happened: slow healers",
      ["Askling 2006", "Askling 2013", "Pollock 2022"],
      para(
        "How and where the injury happened is separate from the grade, and matters as much. Strains from a slow over-stretch (a slip with the leg straight out, a splits-type stretch, dance or yoga) or right at the sit bone often involve the tendon. They heal much more slowly, even when they feel mild.",
      ),
      para(
        "The app treats these as slow healers: no running before phase 3 whatever the grade, no stretching into pain, and a longer expected recovery.",
      ),
    ),
    section(
      "how-long",
      "How long it usually takes",
      ["Ekstrand 2012", "Hickey 2020", "Pollock 2022", "Askling 2006"],
      bullets(
        "Grade I: about 2 to 4 weeks to normal training.",
        "Grade II: about 3 to 8 weeks.",
        "Slow healers: about 5 to 16 weeks.",
        "Grade III: depends on specialist care.",
      ),
      para(
        "These ranges come from athletes with supervised rehab, widened for recreational runners. They are ranges, never a single date; your own progress through the phases is the better guide.",
      ),
    ),
  ],
});

const stageLine = (s: (typeof RUN_STAGES)[number]) =>
  `Stage ${s.stage}: ${s.what}, up to ${s.limits.maxMinutes} minutes${s.limits.flatOnly ? ", flat ground" : ""}.`;

export const CAN_I_RUN = topic({
  id: "can-i-run",
  title: "Can I run with a hamstring strain?",
  summary:
    "Not in the first days, not with a limp, and not with a grade II or III strain until phase 3. After that, step by step: easy and flat first, with clear rules for when to stop.",
  sections: [
    section(
      "first-days",
      "The first days",
      ["seed", "Dubois & Esculier 2020"],
      para(
        "Nobody runs in the first two or three days. Rest the leg for a short time while you see how bad it is, then start gentle exercise.",
      ),
    ),
    section(
      "walking-first",
      "Walk first",
      ["seed", "Heiderscheit 2010"],
      para("Until you can walk normally without pain, there is no running."),
    ),
    section(
      "by-grade",
      "Grade I versus grade II and III",
      ["seed"],
      para(
        "With a grade II or III strain, running makes the injury worse and recovery longer: no running until phase 3. The same goes for slow healers.",
      ),
      para(
        "With a grade I strain, a little running may be possible after the first days: walk-jog intervals on flat ground, up to 20 minutes, at an easy pace, with no more than 2 out of 10 pain. Rehab exercises matter more than the running.",
      ),
    ),
    section(
      "stop-rules",
      "When to stop",
      ["seed", "Aspetar"],
      bullets(
        "If the pain gets worse as you go: stop and walk home. No run the next day.",
        "If the pain goes above 2 out of 10, or you start to limp: stop.",
        "If the pain is severe afterwards: take a few days off running.",
      ),
    ),
    section(
      "next-morning",
      "The next-morning check",
      ["Silbernagel 2007"],
      para(
        "How the leg feels the next morning is the best guide. If it is sorer than before the run, rest or cycle that day and drop back one stage next time.",
      ),
    ),
    section(
      "run-stages",
      "The six run stages (phase 3)",
      ["seed", "Aspetar", "Silbernagel 2007", "AllSport Orthopaedics"],
      bullets(...RUN_STAGES.map(stageLine)),
      para(
        "Run every other day at first, cycling in between. Change one thing at a time: length, then speed, then hills. Move up a stage after two good runs in a row; repeat a stage after a run that hurt 3 or 4 out of 10 but settled by morning; drop back one after pain that rose, a limp, or a sorer morning.",
      ),
    ),
    section(
      "professional",
      "When a professional has said no",
      ["seed"],
      para(
        "If your physiotherapist or doctor has told you not to run yet, the app says no as well, whatever else your answers show.",
      ),
    ),
    section(
      "back-to-normal",
      "Back to normal running",
      ["Frandsen 2025"],
      para(
        "In phase 4 you run normally again. Keep each run no more than 10 % longer than your longest run of the last 30 days.",
      ),
    ),
  ],
});

export const TREATMENT = topic({
  id: "treatment",
  title: "How to recover: the phases",
  summary:
    "Recovery runs in phases, each with its exercises and a clear test for moving on. Gentle, active rehab beats long rest.",
  sections: [
    section(
      "active-recovery",
      "Be active in your recovery",
      ["seed", "Bayer 2017"],
      para(
        "Rather than running through it or resting for weeks, strengthen the muscle step by step, with extra attention to the lowering (lengthening, or eccentric) part of each exercise. In a trial, starting gentle rehab on day 2 instead of day 9 brought people back about three weeks sooner.",
      ),
    ),
    section(
      "first-days",
      "The first days: protect, then load",
      ["seed", "Dubois & Esculier 2020"],
      para(
        "The old advice was RICE: rest, ice, compression, elevation. Today's advice is to protect the leg for 1 to 3 days and then start gentle loading. Ice is optional, for pain only: there is no good evidence that it speeds healing. Check with a pharmacist or doctor before taking anti-inflammatory painkillers in the first days.",
      ),
    ),
    section(
      "phase-1",
      "Phase 1: protect and keep moving",
      ["seed", "Heiderscheit 2010"],
      para(
        "Easy walking and cycling, gentle knee and hip movement, bridge holds, balance on one leg, and a nerve glide if a physiotherapist found it helps. Avoid whatever brings the pain on.",
      ),
      para("Move on when you walk normally without pain and a standing hamstring curl does not hurt."),
    ),
    section(
      "phase-2",
      "Phase 2: rebuild strength and control",
      ["seed", "Heiderscheit 2010", "Aspetar"],
      para(
        "Harder cycling and brisk walking, the single-leg windmill, the lying hamstring curl, the single-leg deadlift and the single-leg bridge.",
      ),
      para("Move on when all of these are pain-free and you walk without pain."),
    ),
    section(
      "phase-3",
      "Phase 3: back to running, stronger",
      ["seed", "Askling 2013", "Askling 2010", "Zein 2024"],
      para(
        "The run stages start, and three lengthening exercises (the Extender, the Diver and the Glider) join the strength work, which gets harder one step at a time: a stronger band, more repetitions, slower repetitions or more weight.",
      ),
      para(
        "Move on when the last run stage is done without pain, a fast straight-leg raise feels secure, and straightening the knee with the hip bent causes no discomfort.",
      ),
    ),
    section(
      "phase-4",
      "Phase 4: normal training, preventing another strain",
      ["Petersen 2011", "Orchard 2020"],
      para(
        "Normal running, with the Nordic hamstring programme and care over the next 15 weeks, when the risk of a repeat is highest.",
      ),
    ),
    section(
      "pain-rules",
      "How much pain is all right?",
      ["Hickey 2020", "Silbernagel 2007", "Aspetar"],
      para(
        "During exercises, up to 3 or 4 out of 10 is acceptable if it settles within minutes and the leg is no worse the next morning. During runs, no more than 2 out of 10, not rising. The research disagrees on exact limits; these are our synthesis for exercising without supervision. If an exercise hurts more, stop and make it easier.",
      ),
    ),
    section(
      "setbacks",
      "Setbacks",
      ["Hickey 2020", "seed", "Orchard 2020"],
      para(
        "A setback can move you back a phase: walking with a limp or with pain again, or a check-in test above 4 out of 10. If a run ends early and walking hurts again afterwards, the app treats it as a new strain and starts again at phase 1. Setbacks are common; going back a step is part of the plan.",
      ),
    ),
  ],
});

const nordicLine = (w: NordicWeek) => {
  const sets = w.sets.map((s) => (s.min === s.max ? `${s.min}` : `${s.min}-${s.max}`)).join(", ");
  const when = w.week === "maintenance" ? "After week 10, for as long as you run" : `Week ${w.week}`;
  return `${when}: ${w.sessionsPerWeek} session${w.sessionsPerWeek > 1 ? "s" : ""} a week, ${w.sets.length} sets of ${sets} repetitions.`;
};

export const PREVENTION = topic({
  id: "prevention",
  title: "Stopping it happening again",
  summary:
    "The chance of another strain stays high for about 15 weeks. The Nordic hamstring exercise and avoiding sudden long runs are the best-supported protection.",
  sections: [
    section(
      "why",
      "Why prevention matters",
      ["Heiderscheit 2010", "Orchard 2020"],
      para(
        "Up to a third of hamstring strains come back. The risk is highest in the first weeks after returning and stays raised for about 15 weeks.",
      ),
    ),
    section(
      "nordic",
      "The Nordic hamstring exercise",
      ["van Dyk 2019", "Petersen 2011"],
      para(
        "Programmes that include the Nordic hamstring exercise cut hamstring strains by about half. In one large trial, repeat strains fell to about a seventh. Most of this research is in football players, so the benefit for distance runners is a reasonable extension rather than proven.",
      ),
    ),
    section(
      "nordic-plan",
      "The 10-week plan",
      ["Petersen 2011"],
      bullets(...NORDIC_PROGRAMME.map(nordicLine)),
    ),
    section(
      "keep-going",
      "Keep it going",
      ["Ripley 2021"],
      para(
        "The benefit showed up when people did more than half of the sessions and never went more than about 3 weeks without one.",
      ),
    ),
    section(
      "single-run-rule",
      "The single-run rule",
      ["Frandsen 2025", "Buist 2008"],
      para(
        "Keep every run no more than 10 % longer than your longest run of the last 30 days. Single long jumps were linked to injury; the weekly 10 % rule was not shown to help.",
      ),
    ),
    section(
      "speed-and-stride",
      "Speed and stride",
      ["Green 2020", "Chumanov 2011", "seed", "Heiderscheit 2011"],
      para(
        "Bring back sprints and intervals gradually. If you overstride, slightly shorter, quicker steps may help; a professional gait analysis can tell you.",
      ),
    ),
  ],
});

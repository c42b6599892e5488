// The clinical audit of the engine against clinical-rules.md and the seed: each case is a place where an
// earlier engine read the rules less carefully than they (or the seed) ask, or told the runner something
// inaccurate. Every test names the rule and the sentence it holds the engine to.
import { describe, expect, it } from "vitest";
import { evaluateEpisode } from "./engine.ts";
import type { Decision } from "./decision.ts";
import type { Episode } from "./episode.ts";
import { checkIn, episode, onDay, run } from "../../test/episode-fixtures.ts";

const ids = (d: Decision) => d.reasons.map((r) => r.rule);
const textOf = (d: Decision, rule: string) => d.reasons.find((r) => r.rule === rule)?.text ?? "";

// Phase 2 from day 4, phase 3 from day 6 (both gates met on those check-ins).
const ph12 = [checkIn(onDay(1)), checkIn(onDay(4), { tests: { standingCurlPain: 0 } })];
const ph23 = [...ph12, checkIn(onDay(6), { tests: { phase2ExercisesPain: 0 } })];

describe("grade signs (section 3)", () => {
  it("not being able to walk at all counts at least as much as a limp (limped)", () => {
    // Day 0 unable to bear weight (a red flag then), walking normally from day 1: still at least grade II.
    const d = evaluateEpisode(
      episode({ day: 4, checkIns: [checkIn(onDay(0), { walking: "unable" }), checkIn(onDay(1))] }),
    );
    expect(d.grade).toBe("II");
    expect(d.canRun).toBe("no");
  });

  it("GR-I does not claim pain-free walking when the runner is not walking pain-free yet", () => {
    const d = evaluateEpisode(
      episode({ day: 1, checkIns: [checkIn(onDay(1), { walking: "normal_with_pain" })] }),
    );
    expect(d.grade).toBe("I");
    expect(textOf(d, "GR-I")).not.toMatch(/walked pain-free/);
    expect(textOf(d, "GR-I")).toMatch(/estimate/);
  });

  it("slowWalk with a late first check-in says what we know, not how long it took", () => {
    const d = evaluateEpisode(episode({ day: 6, checkIns: [checkIn(onDay(5))] }));
    expect(d.grade).toBe("II");
    expect(textOf(d, "GR-II")).not.toMatch(/it took 5 days/);
    expect(textOf(d, "GR-II")).toMatch(/day 5/);
  });

  it("GR-DAY7 raising an estimate of I replaces the grade I reason instead of contradicting it", () => {
    const d = evaluateEpisode(
      episode({
        day: 7,
        checkIns: [checkIn(onDay(1)), checkIn(onDay(7), { tests: { singleLegBridgePain: 2 } })],
      }),
    );
    expect(d.grade).toBe("II");
    expect(ids(d)).toContain("GR-DAY7");
    expect(ids(d)).not.toContain("GR-I");
  });
});

describe("phases (section 4)", () => {
  it("PH-REGRESS: a check-in unable to walk steps back like a limp does", () => {
    const d = evaluateEpisode(
      episode({ day: 9, checkIns: [...ph23, checkIn(onDay(8), { walking: "unable" }), checkIn(onDay(9))] }),
    );
    expect(d.phaseHistory.map((m) => m.rule)).toContain("PH-REGRESS");
    expect(d.phase).toBe(2);
  });

  it("days 0 to 2 are phase 1 (protect): no gate opens on those days", () => {
    const d = evaluateEpisode(
      episode({
        day: 2,
        checkIns: [checkIn(onDay(1), { tests: { standingCurlPain: 0 } }), checkIn(onDay(2), { tests: {} })],
      }),
    );
    expect(d.phase).toBe(1);
    expect(d.nextGate?.missing.map((m) => m.test)).toContain("protectDays");
  });

  it("the gate out of phase 1 opens on day 3", () => {
    const d = evaluateEpisode(
      episode({ day: 3, checkIns: [checkIn(onDay(3), { tests: { standingCurlPain: 0 } })] }),
    );
    expect(d.phase).toBe(2);
  });

  it("PH-RETRIAGE is a new strain: its first two days are protect days again", () => {
    const runs = [run(onDay(20), { stoppedEarly: true, painDuring: 5, painAfter: 3 })];
    const retriaged = [...ph23, checkIn(onDay(21), { walking: "normal_with_pain" })];
    const d = evaluateEpisode(
      episode({
        day: 22,
        checkIns: [...retriaged, checkIn(onDay(22), { tests: { standingCurlPain: 0 } })],
        runs,
      }),
    );
    expect(d.phase).toBe(1);
    expect(d.canRun).toBe("no");
    expect(ids(d)[0]).toBe("RUN-PROTECT");
    expect(textOf(d, "RUN-PROTECT")).toMatch(/stop/);
    // Day 3 after the stopped run: the gate may open again and a mild strain may run.
    const later = evaluateEpisode(
      episode({
        day: 23,
        checkIns: [...retriaged, checkIn(onDay(23), { tests: { standingCurlPain: 0 } })],
        runs,
      }),
    );
    expect(later.phase).toBe(2);
  });
});

describe("can I run today? (section 5)", () => {
  it("RUN-STOPPED: a later run the same day does not hide a run whose pain rose", () => {
    const d = evaluateEpisode(
      episode({ day: 9, checkIns: ph23, runs: [run(onDay(8), { painRose: true }), run(onDay(9))] }),
    );
    expect(d.canRun).toBe("no");
    expect(ids(d)).toContain("RUN-STOPPED");
  });

  it("RUN-BREAK: a run after a severely painful one does not end the break early", () => {
    const d = evaluateEpisode(
      episode({ day: 10, checkIns: ph23, runs: [run(onDay(8), { painAfter: 6 }), run(onDay(9))] }),
    );
    expect(d.canRun).toBe("no");
    expect(ids(d)).toContain("RUN-BREAK");
  });

  it("RUN-MORNING: the text matches the stage the engine sets (a worse morning steps back)", () => {
    const runs = [run(onDay(7)), run(onDay(9)), run(onDay(11), { painNextMorning: 3 })];
    const d = evaluateEpisode(episode({ day: 12, checkIns: ph23, runs }));
    expect(d.canRun).toBe("no");
    expect(d.runStage).toBe(1);
    expect(textOf(d, "RUN-MORNING")).not.toMatch(/repeats the same stage/);
  });

  it("a hold run at stage 6 means stage 6 is repeated, so it is no longer completed", () => {
    const stageRuns = [20, 20, 30, 40, 50, 60].flatMap((minutes, i) => {
      const effort = [0.5, 0.5, 0.6, 0.7, 0.9, 1][i]!;
      return [run(onDay(7 + 4 * i), { minutes, effort }), run(onDay(9 + 4 * i), { minutes, effort })];
    });
    const hold = run(onDay(30), { minutes: 60, effort: 1, painDuring: 3, painNextMorning: 0 });
    const late = checkIn(onDay(32), {
      tests: { fastLegSwingInsecure: false, kneeExtensionDiscomfort: false },
    });
    const d = evaluateEpisode(episode({ day: 32, checkIns: [...ph23, late], runs: [...stageRuns, hold] }));
    expect(d.phase).toBe(3);
    expect(d.runStage).toBe(6);
  });

  it("RUN-CLEARED: a longest run of 0 km gives no 0 km cap; the phase 3 runs give the cap", () => {
    const stageRuns = [20, 20, 30, 40, 50, 60].flatMap((minutes, i) => {
      const effort = [0.5, 0.5, 0.6, 0.7, 0.9, 1][i]!;
      return [
        run(onDay(7 + 4 * i), { minutes, effort, distanceKm: minutes / 6 }),
        run(onDay(9 + 4 * i), { minutes, effort, distanceKm: minutes / 6 }),
      ];
    });
    const late = checkIn(onDay(32), {
      tests: { fastLegSwingInsecure: false, kneeExtensionDiscomfort: false },
    });
    const base: Episode = episode({ day: 32, checkIns: [...ph23, late], runs: stageRuns });
    const zero = evaluateEpisode({ ...base, history: { longestRunLast30DaysKm: 0 } });
    expect(zero.phase).toBe(4);
    expect(zero.nextRunMaxKm).toBe(11);
    expect(textOf(zero, "RUN-CLEARED")).not.toMatch(/\b0 km/);
    const none = evaluateEpisode(base);
    expect(none.nextRunMaxKm).toBe(11);
  });

  it("a clinician's hold is not followed by a reason that says a run is allowed", () => {
    const d = evaluateEpisode(
      episode({
        day: 5,
        checkIns: [checkIn(onDay(1)), checkIn(onDay(5), { clinician: { clearedToRun: false } })],
      }),
    );
    expect(d.canRun).toBe("no");
    expect(ids(d)[0]).toBe("RUN-CLINICIAN");
    expect(ids(d)).not.toContain("RUN-GRADE1");
  });
});

describe("reason wording", () => {
  it("a single avulsion finding is not called 'together'", () => {
    const d = evaluateEpisode(episode({ day: 3, checkIns: [checkIn(onDay(3), { gapFelt: true })] }));
    expect(textOf(d, "RF-AVULSION")).not.toMatch(/Together/);
  });

  it("A4 names the signs it counted, and a teenager's reason mentions the bone", () => {
    const d = evaluateEpisode(
      episode({
        day: 3,
        checkIns: [checkIn(onDay(3), { bruising: "large" })],
        runner: { age: 14, previousHamstringStrain: "none" },
        injury: { ...episode().injury, popFelt: true },
      }),
    );
    const text = textOf(d, "RF-AVULSION");
    expect(text).toMatch(/pop/);
    expect(text).toMatch(/large bruise/);
    expect(text).toMatch(/X-ray/);
  });

  it("NS-FUNCTIONAL says which finding made it functional", () => {
    const d = evaluateEpisode(
      episode({ day: 2, checkIns: [checkIn(onDay(1))], injury: { ...episode().injury, bothLegs: true } }),
    );
    expect(textOf(d, "NS-FUNCTIONAL")).toMatch(/^Both legs/);
  });

  it("run limits speak of top speed, the runner's own measure of effort", () => {
    const d = evaluateEpisode(episode({ day: 7, checkIns: ph23 }));
    expect(textOf(d, "RUN-STAGE")).toMatch(/top speed/);
  });

  it("a good run says how far the streak has got", () => {
    const d = evaluateEpisode(episode({ day: 8, checkIns: ph23, runs: [run(onDay(7))] }));
    expect(textOf(d, "RUN-STAGE-GOOD")).toMatch(/1 of the 2/);
  });
});

describe("re-triage edges (PH-RETRIAGE, a new strain)", () => {
  it("a stopped run in phase 1 then a painful check-in also restarts the protect days", () => {
    // Grade I in phase 1 may run (RUN-GRADE1); a run stopped by the hamstring on day 5 is a new strain.
    const d = evaluateEpisode(
      episode({
        day: 7,
        checkIns: [checkIn(onDay(1)), checkIn(onDay(6), { walking: "normal_with_pain" }), checkIn(onDay(7))],
        runs: [run(onDay(5), { stoppedEarly: true, painDuring: 4 })],
      }),
    );
    expect(d.canRun).toBe("no");
    expect(ids(d)[0]).toBe("RUN-PROTECT");
  });

  it("the run in which the injury happened (on the injury date) is not a new strain", () => {
    const d = evaluateEpisode(
      episode({
        day: 8,
        checkIns: [...ph23, checkIn(onDay(8), { walking: "normal_with_pain" })],
        runs: [run(onDay(0), { stoppedEarly: true, painDuring: 6 })],
      }),
    );
    expect(d.phaseHistory.at(-1)?.rule).toBe("PH-REGRESS");
    expect(d.phase).toBe(2);
  });
});

describe("reasons say why", () => {
  it("a run over the stage's limits that also hurt says both (over-limit runs never count)", () => {
    const d = evaluateEpisode(
      episode({
        day: 8,
        checkIns: ph23,
        runs: [run(onDay(7), { minutes: 35, painDuring: 3, painNextMorning: 0 })],
      }),
    );
    const text = textOf(d, "RUN-STAGE-HOLD");
    expect(text).toMatch(/3\/10/);
    expect(text).toMatch(/35 minutes \(limit 20\)/);
  });

  it("a step back says what caused it", () => {
    const d = evaluateEpisode(
      episode({ day: 8, checkIns: [...ph23, checkIn(onDay(8), { tests: { phase2ExercisesPain: 6 } })] }),
    );
    expect(d.phase).toBe(2);
    expect(textOf(d, "PH-REGRESS")).toMatch(/6\/10/);
  });
});

describe("a clinician's grade is a diagnosis of a strain (principle 3)", () => {
  it("a clinician-graded strain is not re-classified as functional soreness, so grade II keeps the seed's no-run", () => {
    const d = evaluateEpisode(
      episode({
        day: 5,
        checkIns: [checkIn(onDay(1)), checkIn(onDay(5), { clinician: { grade: "II" } })],
        injury: { ...episode().injury, onset: "next_day_soreness" },
      }),
    );
    expect(d.condition).toBe("strain");
    expect(d.grade).toBe("II");
    expect(d.canRun).toBe("no");
  });
});

describe("runs and check-ins on the same date", () => {
  it("a check-in not walking pain-free on the day of a stopped run re-triages (the limp most likely came from it)", () => {
    const d = evaluateEpisode(
      episode({
        day: 22,
        checkIns: [
          ...ph23,
          checkIn(onDay(20), { walking: "limp" }),
          checkIn(onDay(21), { tests: { standingCurlPain: 0, phase2ExercisesPain: 0 } }),
        ],
        runs: [run(onDay(20), { stoppedEarly: true, painDuring: 6 })],
      }),
    );
    expect(d.phaseHistory.map((m) => m.rule)).toContain("PH-RETRIAGE");
    expect(d.phase).toBe(1);
    expect(d.canRun).toBe("no");
    expect(ids(d)[0]).toBe("RUN-PROTECT");
  });
});

describe("several red flags (section 1): the most urgent referral wins, the table order breaks ties", () => {
  const cases: readonly [string, Parameters<typeof checkIn>[1], Partial<Decision>, string[]][] = [
    [
      "two emergencies: cauda equina is listed first",
      { saddleNumbnessOrBladder: true, tenseEscalatingThigh: true },
      { condition: "cauda_equina", referral: "emergency" },
      ["RF-CES", "RF-COMPARTMENT"],
    ],
    [
      "a clot with breathlessness is one group: only RF-PE fires",
      { calfSwellingWarmth: true, breathlessOrChestPain: true, footNumbnessOrDrop: true },
      { condition: "possible_dvt", referral: "emergency" },
      ["RF-PE", "RF-NERVE"],
    ],
    [
      "same-day flags over an avulsion: the same-day condition leads, the avulsion's grade III stays",
      { walking: "unable", gapFelt: true },
      { condition: "unable_to_bear_weight", referral: "same_day", grade: "III", canRun: "no" },
      ["RF-NO-WEIGHT", "RF-AVULSION"],
    ],
  ];
  it.each(cases)("%s", (_name, over, expected, rules) => {
    const d = evaluateEpisode(episode({ day: 3, checkIns: [checkIn(onDay(3), over)] }));
    expect(d).toMatchObject({ ...expected, phase: null, runLimits: null });
    expect(ids(d)).toEqual(rules);
  });
});

describe("the seed's 'severe afterward' in the run stages", () => {
  it("a run with severe pain afterward never counts as good: the stage steps back (seed: reduce the intensity)", () => {
    const runs = [run(onDay(7)), run(onDay(9)), run(onDay(11)), run(onDay(13), { painAfter: 6 })];
    const d = evaluateEpisode(episode({ day: 17, checkIns: ph23, runs }));
    expect(d.runStage).toBe(1);
    expect(textOf(d, "RUN-STAGE-REGRESS")).toMatch(/6\/10/);
  });
});

describe("NS-FUNCTIONAL and the signs of a tear (seed: strain symptoms can take hours or days to appear)", () => {
  it("next-day soreness with bruising is treated as a strain, not as soreness", () => {
    const d = evaluateEpisode(
      episode({
        day: 4,
        checkIns: [checkIn(onDay(2), { bruising: "small" })],
        injury: { ...episode().injury, onset: "next_day_soreness" },
      }),
    );
    expect(d.condition).toBe("strain");
    expect(d.grade).toBe("II");
    expect(d.canRun).toBe("no");
  });

  it("a cramp that made the runner limp for days is a strain even once walking is normal again", () => {
    const d = evaluateEpisode(
      episode({
        day: 4,
        checkIns: [checkIn(onDay(1), { walking: "limp" }), checkIn(onDay(3))],
        injury: { ...episode().injury, onset: "cramp" },
      }),
    );
    expect(d.condition).toBe("strain");
    expect(d.canRun).toBe("no");
  });

  it("a cramp that eased, walking normally the next day, stays functional", () => {
    const d = evaluateEpisode(
      episode({ day: 2, checkIns: [checkIn(onDay(1))], injury: { ...episode().injury, onset: "cramp" } }),
    );
    expect(d.condition).toBe("functional");
  });
});

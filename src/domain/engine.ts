// evaluateEpisode: the one pure decision engine (spec/decision-contract.md). It walks the rule tables in
// src/domain/rules in the order of clinical-rules.md: red flags, not-a-strain, grade, phases, run today.
import { REFERRALS, type Decision, type NextGate, type Reason, type RunLimits } from "./decision.ts";
import type { Episode, Grade } from "./episode.ts";
import { buildContext, type EpisodeContext } from "./rules/context.ts";
import {
  EXPECTED_RETURN,
  GRADE_RULES,
  SLOW_HEALER_RULE,
  STRAIN_REFERRAL_RULES,
  higherGrade,
  type GradedStrain,
} from "./rules/grade.ts";
import { NOT_STRAIN_RULES, type NotStrainRule } from "./rules/not-strain.ts";
import {
  GATE_RULES,
  missingForGate,
  replay,
  stepBackWhy,
  verdictText,
  type ReplayState,
} from "./rules/phases.ts";
import { RED_FLAG_RULES, type RedFlagRule } from "./rules/red-flags.ts";
import {
  CLINICIAN_HOLD_RULE,
  LAST_RUN_RULES,
  RUN_TODAY_RULES,
  capKm,
  longestRecentKm,
  type RunContext,
} from "./rules/run-today.ts";
import { stageRow } from "./rules/stages.ts";
import type { RuleRow } from "./rules/types.ts";

const reason = <C>(rule: RuleRow<C>, ctx: C): Reason => ({
  rule: rule.id,
  text: rule.text(ctx),
  source: rule.source,
});

export function evaluateEpisode(episode: Episode): Decision {
  const c = buildContext(episode);
  const flags = firedRedFlags(c);
  if (flags.length > 0) return redFlagDecision(c, flags);
  const notStrain = NOT_STRAIN_RULES.find((r) => r.when(c));
  if (notStrain) return notStrainDecision(c, notStrain);
  return strainDecision(c);
}

function firedRedFlags(c: EpisodeContext): RedFlagRule[] {
  const groups = new Set<string>();
  const fired: RedFlagRule[] = [];
  for (const rule of RED_FLAG_RULES) {
    if (groups.has(rule.group) || !rule.when(c)) continue;
    groups.add(rule.group);
    fired.push(rule);
  }
  // Most urgent first; the table order breaks ties.
  return fired.sort((a, b) => REFERRALS.indexOf(a.referral) - REFERRALS.indexOf(b.referral));
}

function redFlagDecision(c: EpisodeContext, fired: readonly RedFlagRule[]): Decision {
  const top = fired[0] as RedFlagRule;
  return {
    schema: "strideback/decision@1",
    day: c.day,
    slowHealer: SLOW_HEALER_RULE.when(c),
    condition: top.condition,
    grade: fired.some((r) => r.id === "RF-AVULSION") ? "III" : null,
    referral: top.referral,
    canRun: "no",
    runLimits: null,
    phase: null,
    runStage: null,
    expectedReturnDays: null,
    nextRunMaxKm: null,
    phaseHistory: [],
    nextGate: null,
    reasons: fired.map((r) => reason(r, c)),
  };
}

function notStrainDecision(c: EpisodeContext, rule: NotStrainRule): Decision {
  const planned = rule.run(c);
  // The seed's stop rules and a clinician's hold apply to any running answer, not only to strains.
  const stop =
    planned.canRun === "no" ? undefined : [...LAST_RUN_RULES, CLINICIAN_HOLD_RULE].find((r) => r.when({ c }));
  const run = stop ? { canRun: "no" as const, runLimits: null, text: stop.text({ c }) } : planned;
  return {
    schema: "strideback/decision@1",
    day: c.day,
    slowHealer: SLOW_HEALER_RULE.when(c),
    condition: rule.condition,
    grade: null,
    referral: rule.referral,
    canRun: run.canRun,
    runLimits: run.runLimits,
    phase: null,
    runStage: null,
    expectedReturnDays: null,
    nextRunMaxKm: null,
    phaseHistory: [],
    nextGate: null,
    reasons: [
      reason(rule, c),
      stop ? reason(stop, { c }) : { rule: rule.id, text: run.text, source: rule.source },
    ],
  };
}

function estimateGrade(c: EpisodeContext): { grade: Grade; reasons: Reason[] } {
  const first =
    GRADE_RULES.find((r) => !r.floor && r.when(c)) ??
    (GRADE_RULES[GRADE_RULES.length - 1] as (typeof GRADE_RULES)[number]);
  let grade = first.grade(c);
  const reasons = [reason(first, c)];
  if (first.id === "GR-CLINICIAN") return { grade, reasons };
  for (const floor of GRADE_RULES) {
    if (!floor.floor || !floor.when(c)) continue;
    const raised = higherGrade(grade, floor.grade(c));
    // The floor replaces the reason of the estimate it raised: "probably grade I" no longer holds.
    if (raised !== grade) reasons.splice(0, reasons.length, reason(floor, c));
    grade = raised;
  }
  return { grade, reasons };
}

function strainDecision(c: EpisodeContext): Decision {
  const { grade, reasons: gradeReasons } = estimateGrade(c);
  const slowHealer = SLOW_HEALER_RULE.when(c);
  const graded: GradedStrain = { c, grade, slowHealer };
  const state = replay(c);
  const runStage = state.phase === 3 ? state.runStage : null;
  const x: RunContext = {
    c,
    grade,
    slowHealer,
    phase: state.phase,
    runStage,
    strainDay: c.today - state.onsetDay,
    newStrain: state.onsetDay !== c.injuryDay,
  };

  const referralRules = STRAIN_REFERRAL_RULES.filter((r) => r.when(graded));
  const runRule =
    RUN_TODAY_RULES.find((r) => r.when(x)) ??
    (RUN_TODAY_RULES[RUN_TODAY_RULES.length - 1] as (typeof RUN_TODAY_RULES)[number]);
  const held = runRule.canRun !== "no" && CLINICIAN_HOLD_RULE.when(x);
  const canRun = held ? "no" : runRule.canRun;
  const runLimits: RunLimits | null = canRun === "limited" ? runRule.limits(x) : null;
  const longest = state.phase === 4 ? longestRecentKm(c) : null;
  const expected =
    grade === "III" ? EXPECTED_RETURN.III : slowHealer ? EXPECTED_RETURN.slow : EXPECTED_RETURN[grade];

  // Most important first: what to do today, then why (grade, tendon type, referral, phase), then how long.
  // A clinician's hold replaces the table's running answer, so that answer is not shown as well.
  const reasons: Reason[] = [held ? reason(CLINICIAN_HOLD_RULE, x) : reason(runRule, x), ...gradeReasons];
  if (slowHealer) reasons.push(reason(SLOW_HEALER_RULE, c));
  for (const r of referralRules) reasons.push(reason(r, graded));
  reasons.push(...phaseReasons(c, state), {
    rule: expected.id,
    text: expected.text,
    source: expected.source,
  });
  return {
    schema: "strideback/decision@1",
    day: c.day,
    slowHealer,
    condition: "strain",
    grade,
    referral: referralRules.length > 0 ? "routine" : "none",
    canRun,
    runLimits,
    phase: state.phase,
    runStage,
    expectedReturnDays: expected.days,
    nextRunMaxKm: longest === null ? null : capKm(longest),
    phaseHistory: state.history,
    nextGate: nextGate(c, state),
    reasons,
  };
}

const PHASE_NAMES = {
  1: "protect and keep moving",
  2: "rebuild strength and control",
  3: "return to running",
  4: "back to normal training",
} as const;

function phaseReasons(c: EpisodeContext, s: ReplayState): Reason[] {
  const out: Reason[] = [];
  const last = s.history[s.history.length - 1];
  if (last) {
    const rule = [...GATE_RULES].find((g) => g.id === last.rule);
    const how =
      last.to > last.from
        ? `you moved up from phase ${last.from} on ${last.date}`
        : `you moved back from phase ${last.from} on ${last.date}: ${stepBackWhy(c.episode.checkIns, last)}`;
    out.push({
      rule: last.rule,
      text: `Phase ${s.phase} (${PHASE_NAMES[s.phase]}): ${how}.`,
      source: rule?.source ?? (last.rule === "PH-RETRIAGE" ? "seed; Orchard 2020" : "Hickey 2020"),
    });
  }
  const gate = nextGate(c, s);
  if (gate) {
    const rule = GATE_RULES.find((g) => g.id === gate.rule);
    const needs =
      gate.missing.length > 0
        ? gate.missing.map((m) => m.label).join("; ")
        : "everything is met; check in again (with the tests) to move on";
    out.push({
      rule: gate.rule,
      text: `${last ? "" : `Phase ${s.phase} (${PHASE_NAMES[s.phase]}). `}To move on to phase ${gate.to}: ${needs}.`,
      source: rule?.source ?? "seed",
    });
  }
  if (s.phase === 3) {
    const verdict = s.runVerdicts[s.runVerdicts.length - 1];
    if (verdict) out.push({ rule: verdict.rule.id, text: verdictText(verdict), source: verdict.rule.source });
    else
      out.push({
        rule: "RUN-STAGE",
        text: `Start with run stage 1: ${stageRow(1).what}.`,
        source: "seed; Aspetar",
      });
  }
  return out;
}

function nextGate(c: EpisodeContext, s: ReplayState): NextGate | null {
  const gate = GATE_RULES.find((g) => g.from === s.phase);
  if (!gate) return null;
  // Judged on today: a requirement of time (the protect days) is met by the next check-in made today.
  const missing = missingForGate(gate, c.current, s, c.today).map((r) => ({ test: r.test, label: r.label }));
  return { rule: gate.id, to: gate.to as 2 | 3 | 4, missing };
}

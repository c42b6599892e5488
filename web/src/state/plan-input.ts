// The protocol's today-plan input, read off the current decision (the engine decides; this only reads).
import type { Decision, Phase } from "../../../src/domain/decision.ts";
import type { TodayInput } from "../../../src/domain/protocol/index.ts";
import { daysFrom, localToday } from "../today.ts";

export function planInput(d: Decision): TodayInput | null {
  if (d.phase === null) return null;
  const since = phaseStart(d, d.phase);
  return {
    phase: d.phase,
    day: d.day,
    canRun: d.canRun,
    runStage: d.runStage,
    slowHealer: d.slowHealer,
    ...(since !== null ? { daysInPhase: Math.max(0, daysFrom(since, localToday())) } : {}),
  };
}

/** The date the runner entered this phase, from the engine's phase history (null when never changed). */
export function phaseStart(d: Decision, phase: Phase): string | null {
  const entries = d.phaseHistory.filter((c) => c.to === phase);
  return entries.at(-1)?.date ?? null;
}

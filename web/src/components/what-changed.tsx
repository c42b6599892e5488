// "What changed" since the previous answer: phase, running, grade, stage and referral, in words.
import type { Decision } from "../../../src/domain/decision.ts";
import { RUN_WORDS } from "../content/words.ts";

export function changesBetween(before: Decision, after: Decision): string[] {
  const out: string[] = [];
  if (before.phase !== after.phase) {
    if (after.phase === null) out.push("The plan is paused: see the warning above.");
    else if (before.phase === null || after.phase > before.phase)
      out.push(`You moved on to phase ${after.phase}.`);
    else out.push(`You are back to phase ${after.phase} for now: the leg needs a little more time.`);
  }
  if (before.canRun !== after.canRun)
    out.push(
      `Running: ${RUN_WORDS[after.canRun].toLowerCase()} (it was: ${RUN_WORDS[before.canRun].toLowerCase()}).`,
    );
  if (before.grade !== after.grade && after.grade !== null)
    out.push(`The estimated grade is now ${after.grade}${before.grade ? ` (was ${before.grade})` : ""}.`);
  if (before.runStage !== after.runStage && after.runStage !== null) {
    out.push(
      before.runStage !== null && after.runStage < before.runStage
        ? `Running stage back to ${after.runStage}.`
        : `Running stage ${after.runStage} of 6.`,
    );
  }
  if (before.referral !== after.referral)
    out.push("The advice about seeing a professional has changed: see below.");
  return out;
}

export function WhatChanged({ before, after }: { before: Decision | null; after: Decision }) {
  if (!before) return null;
  const changes = changesBetween(before, after);
  return (
    <section class="changed" aria-labelledby="changed-title">
      <h2 id="changed-title">Since your last answer</h2>
      {changes.length === 0 ? (
        <p>Nothing has changed: keep going with the same plan.</p>
      ) : (
        <ul>
          {changes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

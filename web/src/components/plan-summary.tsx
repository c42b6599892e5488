// Today's plan in brief, next to the answer: the phase's exercises with their dose and the run advice.
import type { Decision } from "../../../src/domain/decision.ts";
import { todayPlan } from "../../../src/domain/protocol/index.ts";
import { planInput } from "../state/plan-input.ts";
import { dosageWords } from "../content/dosage-words.ts";
import { Link } from "../router.tsx";

export function PlanSummary({ decision }: { decision: Decision }) {
  const input = planInput(decision);
  if (!input) return null;
  const plan = todayPlan(input);
  return (
    <section class="card plan-summary" aria-labelledby="plan-summary-title">
      <h2 id="plan-summary-title">Today's plan</h2>
      <p>
        <strong>{plan.title}.</strong> {plan.run.text}
      </p>
      {plan.exercises.length > 0 ? (
        <ul>
          {plan.exercises.map((t) => (
            <li key={t.exercise.id}>
              <Link href={`/plan/${encodeURIComponent(t.exercise.id)}`}>{t.exercise.name}</Link>:{" "}
              {t.dosage.kind === "as-tolerated" ? "as comfortable" : dosageWords(t.dosage)}
              {t.exercise.onlyIf && <span class="small"> (only if: {t.exercise.onlyIf})</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p>No set exercises today.</p>
      )}
      <p class="small">If an exercise hurts, stop and make it easier.</p>
    </section>
  );
}

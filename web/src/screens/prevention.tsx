// After recovery: the Nordic hamstring programme (10 weeks, then weekly maintenance) with its schedule,
// this week's dose, logging, and the single-run spike rule.
import {
  HIGHER_RISK_WINDOW,
  NORDIC_ADHERENCE,
  NORDIC_PROGRAMME,
  NORDIC_SOURCE,
  SINGLE_RUN_SPIKE_RULE,
  isNordicDay,
  preventionSession,
  preventionWeekFor,
} from "../../../src/domain/protocol/index.ts";
import { useAppState } from "../state/app-state.ts";
import { phaseStart } from "../state/plan-input.ts";
import { nordicWords } from "../content/dosage-words.ts";
import { Link } from "../router.tsx";
import { daysFrom, localToday, shiftDate } from "../today.ts";

const NORDIC_ID = "nordic-hamstring";

export default function Prevention() {
  const { decision, episode } = useAppState();
  const start = decision?.phase === 4 ? (phaseStart(decision, 4) ?? localToday()) : null;
  const daysIn = start ? Math.max(0, daysFrom(start, localToday())) : null;
  const week = daysIn !== null ? preventionWeekFor(daysIn) : null;
  const dose = week !== null ? preventionSession(week) : null;
  const weekStart = start && daysIn !== null ? shiftDate(start, daysIn - (daysIn % 7)) : null;
  const doneThisWeek = weekStart
    ? (episode?.exerciseLogs.filter((l) => l.exerciseId === NORDIC_ID && l.date >= weekStart).length ?? 0)
    : 0;
  return (
    <div class="prevention two-col">
      <div>
        <h1>Stay injury-free: the prevention programme</h1>
        <p class="lead">
          The Nordic hamstring exercise, built up over 10 weeks and then kept going once a week, is the
          best-studied way to lower the chance of another hamstring strain.
        </p>
        <p class="source">Sources: {NORDIC_SOURCE.sources.join("; ")}</p>
        {dose && daysIn !== null ? (
          <section class="card" aria-labelledby="week-title">
            <h2 id="week-title">{dose.week === "maintenance" ? "Maintenance" : `Week ${dose.week} of 10`}</h2>
            <p>
              This week: <strong>{nordicWords(dose)}</strong>. Done so far this week: {doneThisWeek} of{" "}
              {dose.sessionsPerWeek}.
            </p>
            {dose.note && <p class="note">{dose.note}</p>}
            <p>
              {isNordicDay(daysIn)
                ? "Today is a Nordic day."
                : "No Nordic session planned today; rest the hamstrings."}
            </p>
            <p>
              <Link class="button primary" href={`/plan/${NORDIC_ID}`}>
                Do and log a Nordic session
              </Link>
            </p>
          </section>
        ) : (
          <section class="card">
            <h2>Starts when you are back to normal training</h2>
            <p>
              The programme begins in phase 4, after the return-to-run stages. Until then, follow today's
              plan.
            </p>
            <p>
              <Link href={`/plan/${NORDIC_ID}`}>How to do the Nordic hamstring exercise</Link>
            </p>
          </section>
        )}
        <section class="card" aria-labelledby="rules-title">
          <h2 id="rules-title">Two rules for the months ahead</h2>
          <p>{SINGLE_RUN_SPIKE_RULE.text}</p>
          <p>{HIGHER_RISK_WINDOW.text}</p>
          <p>{NORDIC_ADHERENCE.text}</p>
        </section>
      </div>
      <section class="card" aria-labelledby="schedule-title">
        <h2 id="schedule-title">The schedule</h2>
        <table class="schedule">
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Sessions a week</th>
              <th scope="col">Sets × reps</th>
            </tr>
          </thead>
          <tbody>
            {NORDIC_PROGRAMME.map((w) => (
              <tr
                key={String(w.week)}
                class={dose?.week === w.week ? "current" : ""}
                aria-current={dose?.week === w.week ? "true" : undefined}
              >
                <th scope="row">{w.week === "maintenance" ? "11 on" : w.week}</th>
                <td>{w.sessionsPerWeek}</td>
                <td>{w.sets.map((s) => (s.min === s.max ? s.min : `${s.min}-${s.max}`)).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

// Today's plan: the phase's exercises with dosage, the run guidance, and the pain rules. Content comes
// from the protocol (src/domain/protocol), chosen by the engine's answer.
import { todayPlan } from "../../../src/domain/protocol/index.ts";
import { useAppState } from "../state/app-state.ts";
import { planInput } from "../state/plan-input.ts";
import { dosageWords, frequencyWords, nordicWords } from "../content/dosage-words.ts";
import { NoEpisode } from "../components/no-episode.tsx";
import { Link } from "../router.tsx";
import { localToday } from "../today.ts";

export default function Plan() {
  const { episode, decision } = useAppState();
  if (!episode) return <NoEpisode />;
  if (!decision) return <p class="loading">Working out your answer…</p>;
  const input = planInput(decision);
  if (!input) {
    return (
      <section class="card">
        <h1>No exercise plan for now</h1>
        <p>
          Today's answer needs a professional first, or the strain programme does not apply. See the answer
          for what to do.
        </p>
        <p>
          <Link class="button primary" href="/">
            See today's answer
          </Link>
        </p>
      </section>
    );
  }
  const plan = todayPlan(input);
  const doneToday = new Set(
    episode.exerciseLogs.filter((l) => l.date === localToday()).map((l) => l.exerciseId),
  );
  return (
    <div class="plan two-col">
      <div>
        <h1>
          Phase {plan.phase}: {plan.title}
        </h1>
        <p class="lead">{plan.goal}</p>
        <section aria-labelledby="ex-title">
          <h2 id="ex-title">Today's exercises</h2>
          {plan.exercises.length === 0 && (
            <p>No set exercises today: a rest day for the muscle. Walk and move as usual.</p>
          )}
          <ol class="exercise-list">
            {plan.exercises.map((t) => (
              <li key={t.exercise.id} class="card exercise">
                <h3>{t.exercise.name}</h3>
                <p>{t.exercise.purpose}</p>
                <p class="dose">
                  <strong>{t.nordicWeek ? nordicWords(t.nordicWeek) : dosageWords(t.dosage)}</strong>,{" "}
                  {frequencyWords(t.dosage)}
                  {t.dosage.tempo && `; ${t.dosage.tempo}`}
                </p>
                {t.notes.map((n) => (
                  <p class="note" key={n}>
                    {n}
                  </p>
                ))}
                <p>
                  <Link
                    class="button secondary"
                    href={`/plan/${encodeURIComponent(t.exercise.id)}`}
                    aria-label={`Start: ${t.exercise.name}`}
                  >
                    {doneToday.has(t.exercise.id) ? "Done today ✓ · do again" : "Start"}
                  </Link>
                </p>
              </li>
            ))}
          </ol>
        </section>
      </div>
      <div>
        <section class="card" aria-labelledby="run-title">
          <h2 id="run-title">Running today</h2>
          <p>{plan.run.text}</p>
          {plan.habits.length > 0 && (
            <ul>
              {plan.habits.map((h) => (
                <li key={h.id}>{h.text}</li>
              ))}
            </ul>
          )}
          {plan.stopRules.length > 0 && (
            <>
              <h3>Stop when</h3>
              <ul>
                {plan.stopRules.map((r) => (
                  <li key={r.id}>
                    {r.when} {r.action}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            <Link href="/runs">Log a run</Link>
          </p>
        </section>
        <section class="card hurts" aria-labelledby="hurts-title">
          <h2 id="hurts-title">If it hurts</h2>
          {plan.painRules.map((r) => (
            <div key={r.id}>
              <h3>{r.appliesTo}</h3>
              <p>{r.acceptable}</p>
              <ul>
                {r.whenItHurts.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
        {plan.advice.length > 0 && (
          <section class="card" aria-labelledby="advice-title">
            <h2 id="advice-title">Good to know in this phase</h2>
            <ul>
              {plan.advice.map((a) => (
                <li key={a.id}>{a.text}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}

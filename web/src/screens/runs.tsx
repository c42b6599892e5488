// The run log: enter a run by hand, answer the pain questions, and see the engine's next step at once.
import { useState } from "preact/hooks";
import type { Run } from "../../../src/domain/episode.ts";
import { getState, useAppState } from "../state/app-state.ts";
import { addRun } from "../state/episode-actions.ts";
import { FieldError } from "../components/fields.tsx";
import {
  NextStep,
  nextStepLines,
  RunQuestions,
  runAnswerProblems,
  type RunAnswers,
} from "../components/run-questions.tsx";
import { MorningPain } from "../components/morning-pain.tsx";
import { Link } from "../router.tsx";
import { NoEpisode } from "../components/no-episode.tsx";
import { PendingRuns } from "../imports/pending-runs.tsx";
import { distanceUnit, formatKm, toKm } from "../units.ts";
import { localToday, shiftDate, shortDate } from "../today.ts";

interface Draft extends RunAnswers {
  date: string;
  minutes: string;
  distance: string;
}

export default function Runs() {
  const { episode, units, user, decision } = useAppState();
  const [draft, setDraft] = useState<Draft>({ date: localToday(), minutes: "", distance: "" });
  const [errors, setErrors] = useState<string[]>([]);
  const [result, setResult] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  if (!episode) return <NoEpisode />;
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  const submit = async (e: Event) => {
    e.preventDefault();
    const { run, problems } = toRun(draft, units);
    setErrors(problems);
    if (!run) return;
    setBusy(true);
    const before = decision;
    try {
      await addRun(run);
      const after = getState().decision;
      setResult(after ? nextStepLines(before, after) : []);
      setDraft({ date: localToday(), minutes: "", distance: "" });
    } catch (err) {
      setErrors([(err as Error).message]);
    } finally {
      setBusy(false);
    }
  };

  const waitingMorning = episode.runs.filter(
    (r) => r.painNextMorning === undefined && r.date < localToday() && r.date >= shiftDate(localToday(), -2),
  );
  return (
    <div class="runs">
      <h1>Your runs</h1>
      <PendingRuns runs={episode.pendingRuns ?? []} units={units} />
      <div class="two-col">
        <form class="card" onSubmit={submit} noValidate aria-labelledby="log-title">
          <h2 id="log-title">Log a run</h2>
          <label class="field">
            <span>Date</span>
            <input
              type="date"
              name="run-date"
              value={draft.date}
              max={localToday()}
              min={episode.injury.date}
              onInput={(e) => set("date", e.currentTarget.value)}
            />
          </label>
          <div class="field-row">
            <label class="field">
              <span>Minutes</span>
              <input
                type="number"
                name="minutes"
                inputMode="decimal"
                min={1}
                max={600}
                value={draft.minutes}
                onInput={(e) => set("minutes", e.currentTarget.value)}
              />
            </label>
            <label class="field">
              <span>Distance in {distanceUnit(units)} (optional)</span>
              <input
                type="number"
                name="distance"
                inputMode="decimal"
                min={0}
                step="0.1"
                value={draft.distance}
                onInput={(e) => set("distance", e.currentTarget.value)}
              />
            </label>
          </div>
          <RunQuestions
            answers={draft}
            onAnswer={(a) => setDraft((d) => ({ ...d, ...a }))}
            effortLegend="How fast?"
          />
          <FieldError messages={errors} />
          <button class="primary" type="submit" disabled={busy}>
            {busy ? "Saving…" : "Save run"}
          </button>
          <NextStep lines={result} testId="run-result" />
        </form>
        <section class="card" aria-labelledby="runs-title">
          <h2 id="runs-title">Your runs since the injury</h2>
          {user && (
            <p>
              <Link href="/import">Import runs from your watch</Link> (FIT, GPX, TCX or a zip export)
            </p>
          )}
          {waitingMorning.map((r) => (
            <MorningPain key={r.clientId} run={r} />
          ))}
          {episode.runs.length === 0 ? (
            <p>No runs yet.</p>
          ) : (
            <ul class="log-list">
              {[...episode.runs].reverse().map((r) => (
                <li key={r.clientId}>
                  <strong>{shortDate(r.date)}</strong>: {r.minutes} min
                  {r.distanceKm !== undefined && `, ${formatKm(r.distanceKm, units)}`}; pain {r.painDuring}{" "}
                  during, {r.painAfter} after
                  {r.painNextMorning !== undefined && `, ${r.painNextMorning} next morning`}
                  {r.painRose && "; pain rose"}
                  {r.stoppedEarly && "; stopped early"}
                  {user && !r.synced && <span class="badge">not yet synced</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}

function toRun(d: Draft, units: "metric" | "imperial"): { run: Run | null; problems: string[] } {
  const problems: string[] = [];
  const minutes = Number(d.minutes);
  if (!(minutes > 0 && minutes <= 600)) problems.push("Minutes: enter how long you ran, from 1 to 600.");
  const distance = d.distance.trim() === "" ? undefined : Number(d.distance);
  if (distance !== undefined && !(distance >= 0 && distance <= 200))
    problems.push("Distance: enter a number from 0 to 200, or leave it empty.");
  problems.push(...runAnswerProblems(d, true));
  if (
    problems.length > 0 ||
    d.effort === undefined ||
    d.painDuring === undefined ||
    d.painAfter === undefined
  )
    return { run: null, problems };
  return {
    run: {
      date: d.date,
      minutes,
      ...(distance !== undefined ? { distanceKm: Math.round(toKm(distance, units) * 100) / 100 } : {}),
      effort: d.effort,
      painDuring: d.painDuring,
      painRose: d.painRose === true,
      stoppedEarly: d.stoppedEarly === true,
      limp: d.limp === true,
      painAfter: d.painAfter,
    },
    problems,
  };
}

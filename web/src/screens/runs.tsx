// The run log: enter a run by hand, answer the pain questions, and see the engine's next step at once.
import { useState } from "preact/hooks";
import type { Run } from "../../../src/domain/episode.ts";
import { getState, useAppState } from "../state/app-state.ts";
import { addRun } from "../state/episode-actions.ts";
import { FieldError, PainScale, YesNo } from "../components/fields.tsx";
import { changesBetween } from "../components/what-changed.tsx";
import { RUN_WORDS } from "../content/words.ts";
import { EFFORTS } from "../content/run-efforts.ts";
import { MorningPain } from "../components/morning-pain.tsx";
import { Link } from "../router.tsx";
import { NoEpisode } from "../components/no-episode.tsx";
import { PendingRuns } from "../imports/pending-runs.tsx";
import { distanceUnit, formatKm, toKm } from "../units.ts";
import { localToday, shiftDate, shortDate } from "../today.ts";

interface Draft {
  date: string;
  minutes: string;
  distance: string;
  effort?: number;
  painDuring?: number;
  painRose?: boolean;
  stoppedEarly?: boolean;
  limp?: boolean;
  painAfter?: number;
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
      // The engine's own words for running: today's rule and any stage step (progress, hold, step back).
      const why = after ? after.reasons.filter((r) => r.rule.startsWith("RUN-")).map((r) => r.text) : [];
      setResult(
        after
          ? [RUN_WORDS[after.canRun] + ".", ...why, ...(before ? changesBetween(before, after) : [])]
          : [],
      );
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
          <fieldset class="choice">
            <legend>How fast?</legend>
            {EFFORTS.map((o) => (
              <label class="option" key={o.value}>
                <input
                  type="radio"
                  name="effort"
                  checked={draft.effort === o.value}
                  onChange={() => set("effort", o.value)}
                />
                <span>{o.label}</span>
              </label>
            ))}
          </fieldset>
          <PainScale
            legend="Worst pain in the back of the thigh during the run"
            name="painDuring"
            value={draft.painDuring}
            onChange={(v) => set("painDuring", v)}
          />
          <YesNo
            legend="Did the pain get worse as the run went on?"
            name="painRose"
            value={draft.painRose}
            onChange={(v) => set("painRose", v)}
          />
          <YesNo
            legend="Did you stop early because of the hamstring?"
            name="stoppedEarly"
            value={draft.stoppedEarly}
            onChange={(v) => set("stoppedEarly", v)}
          />
          <YesNo
            legend="Did you limp or shorten your stride, during or after?"
            name="limp"
            value={draft.limp}
            onChange={(v) => set("limp", v)}
          />
          <PainScale
            legend="Pain in the hours after the run"
            name="painAfter"
            value={draft.painAfter}
            onChange={(v) => set("painAfter", v)}
          />
          <FieldError messages={errors} />
          <button class="primary" type="submit" disabled={busy}>
            {busy ? "Saving…" : "Save run"}
          </button>
          <div aria-live="polite" class="result-slot">
            {result && (
              <div class="result card" data-testid="run-result">
                <h3>Next step</h3>
                <ul>
                  {result.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
                <p>
                  <Link href="/">See today's full answer</Link>
                </p>
              </div>
            )}
          </div>
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
  if (d.effort === undefined) problems.push("How fast: choose one.");
  if (d.painDuring === undefined) problems.push("Pain during the run: choose 0 to 10.");
  if (d.painRose === undefined) problems.push("Did the pain get worse: answer yes or no.");
  if (d.stoppedEarly === undefined) problems.push("Did you stop early: answer yes or no.");
  if (d.limp === undefined) problems.push("Did you limp: answer yes or no.");
  if (d.painAfter === undefined) problems.push("Pain after the run: choose 0 to 10.");
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

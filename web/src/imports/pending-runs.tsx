// Runs imported from the runner's watch during phase 3: minutes, distance and speed came from the file,
// so only the pain questions are asked (and how fast, when the file had no speed). The answer shows
// the engine's next step at once; "not a run" dismisses it.
import { useState } from "preact/hooks";
import type { PendingRun } from "../api.ts";
import { FieldError, PainScale, YesNo } from "../components/fields.tsx";
import { changesBetween } from "../components/what-changed.tsx";
import { EFFORTS } from "../content/run-efforts.ts";
import { RUN_WORDS } from "../content/words.ts";
import { Link } from "../router.tsx";
import type { Units } from "../state/app-state.ts";
import { shortDate } from "../today.ts";
import { formatKm } from "../units.ts";
import type { PainAnswers } from "./import-api.ts";
import "./imports.css";
import { answerPendingRun, dismissPendingRun } from "./pending-run-actions.ts";

interface Props {
  readonly runs: readonly PendingRun[];
  readonly units: Units;
  readonly class?: string;
}

/** Every pending run with its questions, plus the last answer's next step (kept after the run leaves the list). */
export function PendingRuns({ runs, units, class: cls }: Props) {
  const [result, setResult] = useState<readonly string[] | null>(null);
  if (runs.length === 0 && !result) return null;
  return (
    <section class={`pending-runs ${cls ?? ""}`} aria-labelledby="pending-title">
      <h2 id="pending-title">Runs from your watch</h2>
      {runs.map((r) => (
        <PendingRunForm key={r.id} run={r} units={units} onAnswered={setResult} />
      ))}
      <div aria-live="polite" class="result-slot">
        {result && (
          <div class="result card" data-testid="pending-result">
            <h3>Next step</h3>
            <ul>
              {result.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
            <p>
              <Link href="/">See today's full answer</Link>
            </p>
          </div>
        )}
      </div>
    </section>
  );
}

type Draft = Partial<PainAnswers>;

function summary(run: PendingRun, units: Units): string {
  const km = run.distanceKm === undefined ? "" : `, ${formatKm(run.distanceKm, units)}`;
  return `Run imported from your watch on ${shortDate(run.date)}: ${Math.round(run.minutes)} min${km}`;
}

function StageCheckLine({ run }: { run: PendingRun }) {
  const c = run.stageCheck;
  if (!c) return null;
  const effortPct = run.effort === null ? null : Math.round(run.effort * 100);
  if (c.withinLimits)
    return (
      <p class="ok-note">
        Within stage {c.runStage}'s limits (up to {c.maxMinutes} min at up to {Math.round(c.maxEffort * 100)}{" "}
        % of your top speed{effortPct === null ? "" : `; this run: ${effortPct} %`}).
      </p>
    );
  const over = [
    !c.withinMinutes && `longer than stage ${c.runStage}'s ${c.maxMinutes} min`,
    !c.withinEffort &&
      `faster than its ${Math.round(c.maxEffort * 100)} % of your top speed (this run: ${effortPct ?? "?"} %)`,
  ].filter((x): x is string => typeof x === "string");
  return <p class="warn-note">Over the stage's limits: {over.join(" and ")}.</p>;
}

function problemsOf(d: Draft, needsEffort: boolean): string[] {
  const p: string[] = [];
  if (needsEffort && d.effort === undefined) p.push("How fast: choose one.");
  if (d.painDuring === undefined) p.push("Pain during the run: choose 0 to 10.");
  if (d.painRose === undefined) p.push("Did the pain get worse: answer yes or no.");
  if (d.stoppedEarly === undefined) p.push("Did you stop early: answer yes or no.");
  if (d.limp === undefined) p.push("Did you limp: answer yes or no.");
  if (d.painAfter === undefined) p.push("Pain after the run: choose 0 to 10.");
  return p;
}

function PendingRunForm(props: {
  run: PendingRun;
  units: Units;
  onAnswered: (lines: readonly string[]) => void;
}) {
  const { run } = props;
  const [d, setD] = useState<Draft>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const needsEffort = run.effort === null;
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  const name = (q: string) => `${q}-${run.id}`;
  const titleId = `pending-${run.id}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    const problems = problemsOf(d, needsEffort);
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const { before, after } = await answerPendingRun(run.id, d as PainAnswers);
      const why = after.reasons.filter((r) => r.rule.startsWith("RUN-")).map((r) => r.text);
      props.onAnswered([
        RUN_WORDS[after.canRun] + ".",
        ...why,
        ...(before ? changesBetween(before, after) : []),
      ]);
    } catch (err) {
      setErrors([(err as Error).message]);
      setBusy(false);
    }
  };
  const dismiss = async () => {
    setBusy(true);
    try {
      await dismissPendingRun(run.id);
    } catch (err) {
      setErrors([(err as Error).message]);
      setBusy(false);
    }
  };

  return (
    <form class="card pending-run" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{summary(run, props.units)}</h3>
      <p>Answer the pain questions: the time and distance came from the file.</p>
      <StageCheckLine run={run} />
      {needsEffort && (
        <fieldset class="choice">
          <legend>How fast? (the file had no speed)</legend>
          {EFFORTS.map((o) => (
            <label class="option" key={o.value}>
              <input
                type="radio"
                name={name("effort")}
                checked={d.effort === o.value}
                onChange={() => set("effort", o.value)}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </fieldset>
      )}
      <PainScale
        legend="Worst pain in the back of the thigh during the run"
        name={name("painDuring")}
        value={d.painDuring}
        onChange={(v) => set("painDuring", v)}
      />
      <YesNo
        legend="Did the pain get worse as the run went on?"
        name={name("painRose")}
        value={d.painRose}
        onChange={(v) => set("painRose", v)}
      />
      <YesNo
        legend="Did you stop early because of the hamstring?"
        name={name("stoppedEarly")}
        value={d.stoppedEarly}
        onChange={(v) => set("stoppedEarly", v)}
      />
      <YesNo
        legend="Did you limp or shorten your stride, during or after?"
        name={name("limp")}
        value={d.limp}
        onChange={(v) => set("limp", v)}
      />
      <PainScale
        legend="Pain in the hours after the run"
        name={name("painAfter")}
        value={d.painAfter}
        onChange={(v) => set("painAfter", v)}
      />
      <FieldError messages={errors} />
      <div class="actions-row">
        <button class="primary" type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save pain answers"}
        </button>
        <button class="secondary" type="button" disabled={busy} onClick={() => void dismiss()}>
          Not a run: don't log it
        </button>
      </div>
    </form>
  );
}

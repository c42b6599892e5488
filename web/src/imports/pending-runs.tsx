// Runs imported from the runner's watch during phase 3: minutes, distance and speed came from the file,
// so only the pain questions are asked (and how fast, when the file had no speed). The answer shows
// the engine's next step at once; "not a run" dismisses it.
import { useState } from "preact/hooks";
import type { PendingRun } from "../api.ts";
import { FieldError } from "../components/fields.tsx";
import { NextStep, nextStepLines, RunQuestions, runAnswerProblems } from "../components/run-questions.tsx";
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
      <NextStep lines={result} testId="pending-result" />
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
  const name = (q: string) => `${q}-${run.id}`;
  const titleId = `pending-${run.id}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    const problems = runAnswerProblems(d, needsEffort);
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const { before, after } = await answerPendingRun(run.id, d as PainAnswers);
      props.onAnswered(nextStepLines(before, after));
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
      <RunQuestions
        answers={d}
        onAnswer={(a) => setD((x) => ({ ...x, ...a }))}
        effortLegend={needsEffort ? "How fast? (the file had no speed)" : null}
        name={name}
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

// What the run log and a run imported from the watch both ask (how fast, then the pain questions), what
// is missing from the answers, and the "Next step" the engine gives once the run is in.
import type { Decision } from "../../../src/domain/decision.ts";
import { EFFORTS } from "../content/run-efforts.ts";
import { RUN_WORDS } from "../content/words.ts";
import { Link } from "../router.tsx";
import { PainScale, YesNo } from "./fields.tsx";
import { changesBetween } from "./what-changed.tsx";

export interface RunAnswers {
  effort?: number;
  painDuring?: number;
  painRose?: boolean;
  stoppedEarly?: boolean;
  limp?: boolean;
  painAfter?: number;
}

/** What is still unanswered, in the words the form shows; how fast only when it is asked. */
export function runAnswerProblems(a: RunAnswers, askEffort: boolean): string[] {
  const p: string[] = [];
  if (askEffort && a.effort === undefined) p.push("How fast: choose one.");
  if (a.painDuring === undefined) p.push("Pain during the run: choose 0 to 10.");
  if (a.painRose === undefined) p.push("Did the pain get worse: answer yes or no.");
  if (a.stoppedEarly === undefined) p.push("Did you stop early: answer yes or no.");
  if (a.limp === undefined) p.push("Did you limp: answer yes or no.");
  if (a.painAfter === undefined) p.push("Pain after the run: choose 0 to 10.");
  return p;
}

/**
 * How fast (when `effortLegend` is given) and the five pain questions. `name` makes the fields' names
 * unique when a page holds several of these forms.
 */
export function RunQuestions(props: {
  answers: RunAnswers;
  /** Takes the changed answer, e.g. `{ limp: true }`. */
  onAnswer: (answer: Partial<RunAnswers>) => void;
  effortLegend: string | null;
  name?: (question: string) => string;
}) {
  const { answers: a, onAnswer: set } = props;
  const name = props.name ?? ((q: string) => q);
  return (
    <>
      {props.effortLegend !== null && (
        <fieldset class="choice">
          <legend>{props.effortLegend}</legend>
          {EFFORTS.map((o) => (
            <label class="option" key={o.value}>
              <input
                type="radio"
                name={name("effort")}
                checked={a.effort === o.value}
                onChange={() => set({ effort: o.value })}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </fieldset>
      )}
      <PainScale
        legend="Worst pain in the back of the thigh during the run"
        name={name("painDuring")}
        value={a.painDuring}
        onChange={(v) => set({ painDuring: v })}
      />
      <YesNo
        legend="Did the pain get worse as the run went on?"
        name={name("painRose")}
        value={a.painRose}
        onChange={(v) => set({ painRose: v })}
      />
      <YesNo
        legend="Did you stop early because of the hamstring?"
        name={name("stoppedEarly")}
        value={a.stoppedEarly}
        onChange={(v) => set({ stoppedEarly: v })}
      />
      <YesNo
        legend="Did you limp or shorten your stride, during or after?"
        name={name("limp")}
        value={a.limp}
        onChange={(v) => set({ limp: v })}
      />
      <PainScale
        legend="Pain in the hours after the run"
        name={name("painAfter")}
        value={a.painAfter}
        onChange={(v) => set({ painAfter: v })}
      />
    </>
  );
}

/** The engine's own words for running after a run: today's answer, its RUN- rules, and what changed. */
export function nextStepLines(before: Decision | null, after: Decision): string[] {
  const why = after.reasons.filter((r) => r.rule.startsWith("RUN-")).map((r) => r.text);
  return [RUN_WORDS[after.canRun] + ".", ...why, ...(before ? changesBetween(before, after) : [])];
}

/** The live region the "Next step" card appears in once a run is saved. */
export function NextStep({ lines, testId }: { lines: readonly string[] | null; testId: string }) {
  return (
    <div aria-live="polite" class="result-slot">
      {lines && (
        <div class="result card" data-testid={testId}>
          <h3>Next step</h3>
          <ul>
            {lines.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
          <p>
            <Link href="/">See today's full answer</Link>
          </p>
        </div>
      )}
    </div>
  );
}

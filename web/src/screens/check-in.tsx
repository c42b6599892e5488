// The daily check-in (under a minute): walking, pains, bruising, the red-flag questions and the
// self-tests of the current phase; then today's answer and what changed, announced in a live region.
import { useState } from "preact/hooks";
import type { CheckIn, GateTests } from "../../../src/domain/episode.ts";
import { gateTestsFor } from "../../../src/domain/protocol/index.ts";
import { BRUISING_WORDS, WALKING_WORDS, optionsOf } from "../content/words.ts";

const WALKING = optionsOf(WALKING_WORDS);
const BRUISING = optionsOf(BRUISING_WORDS);
import { NO_RED_FLAGS } from "../content/red-flags.ts";
import { Choice, FieldError, PainScale, YesNo } from "../components/fields.tsx";
import { RedFlagList } from "../components/red-flag-list.tsx";
import { SelfTest } from "../components/self-test.tsx";
import { DecisionView } from "../components/decision-view.tsx";
import { WhatChanged } from "../components/what-changed.tsx";
import { NoEpisode } from "../components/no-episode.tsx";
import { getState, useAppState } from "../state/app-state.ts";
import { addCheckIn } from "../state/episode-actions.ts";
import { localToday, shortDate } from "../today.ts";

type Draft = Partial<Omit<CheckIn, "tests" | "clinician">> & {
  tests: Partial<Record<keyof GateTests, number | boolean>>;
};

export default function CheckInScreen() {
  const { episode, decision, units, user } = useAppState();
  const [draft, setDraft] = useState<Draft>({ ...NO_RED_FLAGS, tests: {} });
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!episode) return <NoEpisode />;
  const phase = decision?.phase ?? null;
  const tests = phase === null ? [] : gateTestsFor(phase);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  if (done) {
    const s = getState();
    return (
      <div class="check-in-result" aria-live="polite">
        <h1>Today's answer</h1>
        {s.decision && <WhatChanged before={s.previousDecision} after={s.decision} />}
        {s.decision && <DecisionView decision={s.decision} units={units} source={s.decisionSource} />}
        {user && s.pending > 0 && <p class="badge">Check-in saved on this device, not yet synced</p>}
      </div>
    );
  }

  const submit = async (e: Event) => {
    e.preventDefault();
    const { checkIn, problems } = toCheckIn(draft);
    setErrors(problems);
    if (!checkIn) return;
    setBusy(true);
    try {
      await addCheckIn(checkIn);
      setDone(true);
    } catch (err) {
      setErrors([(err as Error).message]);
      setBusy(false);
    }
  };

  return (
    <form class="check-in card" onSubmit={submit} noValidate>
      <h1>Check-in, {shortDate(localToday())}</h1>
      <p class="hint">About a minute. Answer for how the leg is today.</p>
      <Choice
        legend="How do you walk today?"
        name="walking"
        options={WALKING}
        words={WALKING_WORDS}
        value={draft.walking}
        onChange={(v) => set("walking", v)}
      />
      <PainScale
        legend="Pain sitting still or lying down"
        name="painAtRest"
        value={draft.painAtRest}
        onChange={(v) => set("painAtRest", v)}
      />
      <PainScale
        legend="Pain walking"
        name="painWalking"
        value={draft.painWalking}
        onChange={(v) => set("painWalking", v)}
      />
      <PainScale
        legend="Pain sitting on a firm chair"
        name="painSitting"
        value={draft.painSitting}
        onChange={(v) => set("painSitting", v)}
      />
      <Choice
        legend="Bruising on the back of the thigh"
        name="bruising"
        options={BRUISING}
        words={BRUISING_WORDS}
        value={draft.bruising}
        onChange={(v) => set("bruising", v)}
      />
      <YesNo
        legend="Can you feel a dip or gap under the skin where it hurts?"
        name="gapFelt"
        value={draft.gapFelt}
        onChange={(v) => set("gapFelt", v)}
      />
      <YesNo
        legend="Does the leg feel weak, give way, or not do what you ask?"
        name="legFeelsWeak"
        value={draft.legFeelsWeak}
        onChange={(v) => set("legFeelsWeak", v)}
      />
      <RedFlagList
        value={{
          footNumbnessOrDrop: draft.footNumbnessOrDrop ?? false,
          calfSwellingWarmth: draft.calfSwellingWarmth ?? false,
          breathlessOrChestPain: draft.breathlessOrChestPain ?? false,
          tenseEscalatingThigh: draft.tenseEscalatingThigh ?? false,
          saddleNumbnessOrBladder: draft.saddleNumbnessOrBladder ?? false,
          backPainOrTingling: draft.backPainOrTingling ?? false,
        }}
        onChange={(v) => setDraft((d) => ({ ...d, ...v }))}
      />
      {tests.length > 0 && (
        <section class="self-tests" aria-labelledby="tests-title">
          <h2 id="tests-title">Self-tests for phase {phase}</h2>
          <p class="hint">Do the ones you can today; a test you skip simply does not count yet.</p>
          {tests.map((t) => (
            <SelfTest
              key={t.id}
              test={t}
              value={draft.tests[t.id]}
              onChange={(v) => setDraft((d) => ({ ...d, tests: withTest(d.tests, t.id, v) }))}
            />
          ))}
        </section>
      )}
      <FieldError messages={errors} />
      <button class="primary big" type="submit" disabled={busy}>
        {busy ? "Working it out…" : "Save and see today's answer"}
      </button>
    </form>
  );
}

function withTest(
  tests: Draft["tests"],
  id: keyof GateTests,
  v: number | boolean | undefined,
): Draft["tests"] {
  const next = { ...tests };
  if (v === undefined) delete next[id];
  else next[id] = v;
  return next;
}

function toCheckIn(d: Draft): { checkIn: CheckIn | null; problems: string[] } {
  const problems: string[] = [];
  if (d.walking === undefined) problems.push("How do you walk today: choose one.");
  if (d.painAtRest === undefined) problems.push("Pain at rest: choose 0 to 10.");
  if (d.painWalking === undefined) problems.push("Pain walking: choose 0 to 10.");
  if (d.painSitting === undefined) problems.push("Pain sitting: choose 0 to 10.");
  if (d.bruising === undefined) problems.push("Bruising: choose one.");
  if (d.gapFelt === undefined) problems.push("A dip or gap: answer yes or no.");
  if (d.legFeelsWeak === undefined) problems.push("A weak leg: answer yes or no.");
  if (
    d.walking === undefined ||
    d.painAtRest === undefined ||
    d.painWalking === undefined ||
    d.painSitting === undefined ||
    d.bruising === undefined ||
    d.gapFelt === undefined ||
    d.legFeelsWeak === undefined
  )
    return { checkIn: null, problems };
  const tests = d.tests as GateTests;
  return {
    checkIn: {
      date: localToday(),
      walking: d.walking,
      painAtRest: d.painAtRest,
      painWalking: d.painWalking,
      painSitting: d.painSitting,
      bruising: d.bruising,
      gapFelt: d.gapFelt,
      legFeelsWeak: d.legFeelsWeak,
      footNumbnessOrDrop: d.footNumbnessOrDrop ?? false,
      calfSwellingWarmth: d.calfSwellingWarmth ?? false,
      breathlessOrChestPain: d.breathlessOrChestPain ?? false,
      tenseEscalatingThigh: d.tenseEscalatingThigh ?? false,
      saddleNumbnessOrBladder: d.saddleNumbnessOrBladder ?? false,
      backPainOrTingling: d.backPainOrTingling ?? false,
      ...(Object.keys(tests).length > 0 ? { tests } : {}),
    },
    problems,
  };
}

// The first assessment: one question per screen, filling the episode's injury, runner and first check-in.
import { useEffect, useRef, useState } from "preact/hooks";
import type { JSX } from "preact";
import type { CheckIn, Injury, Runner } from "../../../src/domain/episode.ts";
import {
  ACTIVITY_WORDS,
  BRUISING_WORDS,
  ONSET_WORDS,
  PREVIOUS_WORDS,
  WALKING_WORDS,
  optionsOf,
} from "../content/words.ts";

const ONSETS = optionsOf(ONSET_WORDS);
const ACTIVITIES = optionsOf(ACTIVITY_WORDS);
const PREVIOUS_STRAIN = optionsOf(PREVIOUS_WORDS);
const WALKING = optionsOf(WALKING_WORDS);
const BRUISING = optionsOf(BRUISING_WORDS);
import { NO_RED_FLAGS, type RedFlagField } from "../content/red-flags.ts";
import { Choice, FieldError, PainScale, YesNo } from "../components/fields.tsx";
import { ThighMap, describeLocation } from "../components/thigh-map.tsx";
import { RedFlagList } from "../components/red-flag-list.tsx";
import { startEpisode } from "../state/episode-actions.ts";
import { navigate } from "../router.tsx";
import { localToday, shiftDate, shortDate } from "../today.ts";

interface Draft {
  date: string;
  onset?: Injury["onset"];
  activity?: Injury["activity"];
  popFelt?: boolean;
  forcedToStop?: boolean;
  painAtInjury?: number;
  location?: Injury["location"];
  bothLegs?: boolean;
  age?: number;
  previousHamstringStrain?: Runner["previousHamstringStrain"];
  previousAcl?: boolean;
  walking?: CheckIn["walking"];
  painAtRest?: number;
  painWalking?: number;
  painSitting?: number;
  bruising?: CheckIn["bruising"];
  gapFelt?: boolean;
  legFeelsWeak?: boolean;
  flags: Record<RedFlagField, boolean>;
}

type SetField = <K extends keyof Draft>(k: K, v: Draft[K]) => void;

interface Step {
  readonly id: string;
  readonly title: string;
  readonly missing: (d: Draft) => string | null;
  readonly render: (d: Draft, set: SetField) => JSX.Element;
}

const need = (v: unknown, what: string) => (v === undefined ? `Please answer: ${what}` : null);

const STEPS: readonly Step[] = [
  {
    id: "date",
    title: "When did it happen?",
    missing: (d) =>
      d.date > localToday()
        ? "The date cannot be in the future."
        : d.date === ""
          ? "Please choose the date."
          : null,
    render: (d, set) => <InjuryDate value={d.date} onChange={(v) => set("date", v)} />,
  },
  {
    id: "onset",
    title: "How did it start?",
    missing: (d) => need(d.onset, "how it started"),
    render: (d, set) => (
      <Choice
        big
        legend="How did it start?"
        name="onset"
        options={ONSETS}
        words={ONSET_WORDS}
        value={d.onset}
        onChange={(v) => set("onset", v)}
      />
    ),
  },
  {
    id: "activity",
    title: "What were you doing?",
    missing: (d) => need(d.activity, "what you were doing"),
    render: (d, set) => (
      <Choice
        big
        legend="What were you doing when it started?"
        name="activity"
        options={ACTIVITIES}
        words={ACTIVITY_WORDS}
        value={d.activity}
        onChange={(v) => set("activity", v)}
      />
    ),
  },
  {
    id: "pop",
    title: "A pop?",
    missing: (d) => need(d.popFelt, "a pop"),
    render: (d, set) => (
      <YesNo
        legend="Did you feel or hear a pop or a snap?"
        name="pop"
        value={d.popFelt}
        onChange={(v) => set("popFelt", v)}
      />
    ),
  },
  {
    id: "stop",
    title: "Did you have to stop?",
    missing: (d) => need(d.forcedToStop, "whether you had to stop"),
    render: (d, set) => (
      <YesNo
        legend="Did the pain force you to stop what you were doing?"
        name="stop"
        value={d.forcedToStop}
        onChange={(v) => set("forcedToStop", v)}
      />
    ),
  },
  {
    id: "pain",
    title: "How much did it hurt?",
    missing: (d) => need(d.painAtInjury, "how much it hurt"),
    render: (d, set) => (
      <PainScale
        legend="How much did it hurt when it happened?"
        name="painAtInjury"
        value={d.painAtInjury}
        onChange={(v) => set("painAtInjury", v)}
      />
    ),
  },
  {
    id: "where",
    title: "Where does it hurt?",
    missing: (d) => need(d.location, "where it hurts"),
    render: (d, set) => <ThighMap value={d.location} onChange={(v) => set("location", v)} />,
  },
  {
    id: "both",
    title: "Both legs?",
    missing: (d) => need(d.bothLegs, "both legs"),
    render: (d, set) => (
      <YesNo
        legend="Do both legs hurt in the same way?"
        name="both"
        value={d.bothLegs}
        onChange={(v) => set("bothLegs", v)}
      />
    ),
  },
  {
    id: "age",
    title: "How old are you?",
    missing: (d) =>
      d.age === undefined || !Number.isInteger(d.age) || d.age < 10 || d.age > 100
        ? "Please give your age in whole years, from 10 to 100."
        : null,
    render: (d, set) => <AgeInput value={d.age} onChange={(v) => set("age", v)} />,
  },
  {
    id: "previous",
    title: "Hurt it before?",
    missing: (d) => need(d.previousHamstringStrain, "an earlier strain"),
    render: (d, set) => (
      <Choice
        big
        legend="Have you strained a hamstring before?"
        name="previous"
        options={PREVIOUS_STRAIN}
        words={PREVIOUS_WORDS}
        value={d.previousHamstringStrain}
        onChange={(v) => set("previousHamstringStrain", v)}
      />
    ),
  },
  {
    id: "acl",
    title: "Knee ligament?",
    missing: (d) => need(d.previousAcl, "a knee ligament injury"),
    render: (d, set) => (
      <YesNo
        legend="Have you ever torn the ACL (a ligament inside the knee)?"
        name="acl"
        value={d.previousAcl}
        onChange={(v) => set("previousAcl", v)}
      />
    ),
  },
  {
    id: "walking",
    title: "How do you walk now?",
    missing: (d) => need(d.walking, "how you walk"),
    render: (d, set) => (
      <Choice
        big
        legend="How do you walk right now?"
        name="walking"
        options={WALKING}
        words={WALKING_WORDS}
        value={d.walking}
        onChange={(v) => set("walking", v)}
      />
    ),
  },
  {
    id: "pains",
    title: "How much does it hurt now?",
    missing: (d) =>
      need(d.painAtRest, "pain at rest") ??
      need(d.painWalking, "pain walking") ??
      need(d.painSitting, "pain sitting"),
    render: (d, set) => (
      <>
        <PainScale
          legend="Sitting still or lying down"
          name="painAtRest"
          value={d.painAtRest}
          onChange={(v) => set("painAtRest", v)}
        />
        <PainScale
          legend="Walking"
          name="painWalking"
          value={d.painWalking}
          onChange={(v) => set("painWalking", v)}
        />
        <PainScale
          legend="Sitting on a firm chair"
          name="painSitting"
          value={d.painSitting}
          onChange={(v) => set("painSitting", v)}
        />
      </>
    ),
  },
  {
    id: "bruising",
    title: "Any bruising?",
    missing: (d) => need(d.bruising, "bruising"),
    render: (d, set) => (
      <Choice
        big
        legend="Is there a bruise on the back of the thigh?"
        hint="Bruises often appear a day or two later, lower than the injury."
        name="bruising"
        options={BRUISING}
        words={BRUISING_WORDS}
        value={d.bruising}
        onChange={(v) => set("bruising", v)}
      />
    ),
  },
  {
    id: "gap",
    title: "A gap?",
    missing: (d) => need(d.gapFelt, "a gap"),
    render: (d, set) => (
      <YesNo
        legend="Can you feel a dip or gap under the skin where it hurts?"
        name="gap"
        value={d.gapFelt}
        onChange={(v) => set("gapFelt", v)}
      />
    ),
  },
  {
    id: "weak",
    title: "Does the leg work?",
    missing: (d) => need(d.legFeelsWeak, "a weak leg"),
    render: (d, set) => (
      <YesNo
        legend="Does the leg feel weak, give way, or not do what you ask of it?"
        name="weak"
        value={d.legFeelsWeak}
        onChange={(v) => set("legFeelsWeak", v)}
      />
    ),
  },
  {
    id: "flags",
    title: "Anything else going on?",
    missing: () => null,
    render: (d, set) => <RedFlagList value={d.flags} onChange={(v) => set("flags", v)} />,
  },
  { id: "review", title: "Ready for your answer", missing: () => null, render: (d) => <Review draft={d} /> },
];

export default function Assessment() {
  const [draft, setDraft] = useState<Draft>({ date: localToday(), flags: { ...NO_RED_FLAGS } });
  const [index, setIndex] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const step = STEPS[index] ?? STEPS[0]!;
  useEffect(() => heading.current?.focus(), [index]);

  const set: SetField = (k, v) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setError(null);
  };
  const next = async (e: Event) => {
    e.preventDefault();
    const problem = step.missing(draft);
    if (problem) return setError(problem);
    if (index < STEPS.length - 1) return setIndex(index + 1);
    setBusy(true);
    try {
      await startEpisode(assemble(draft));
      navigate("/", { replace: true });
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };

  return (
    <form class="assessment card" onSubmit={next} noValidate>
      <p class="step-count">
        Question {index + 1} of {STEPS.length}
      </p>
      <progress max={STEPS.length} value={index + 1} aria-label="Progress through the questions" />
      <h1 tabIndex={-1} ref={heading}>
        {step.title}
      </h1>
      {step.render(draft, set)}
      <FieldError messages={error ? [error] : []} />
      <div class="actions">
        {index > 0 && (
          <button type="button" class="secondary" onClick={() => (setError(null), setIndex(index - 1))}>
            Back
          </button>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {index === STEPS.length - 1 ? (busy ? "Working it out…" : "Get my answer") : "Next"}
        </button>
      </div>
    </form>
  );
}

function assemble(d: Draft): Parameters<typeof startEpisode>[0] {
  const req = <T,>(v: T | undefined): T => {
    if (v === undefined) throw new Error("An answer is missing: go back and fill it in.");
    return v;
  };
  return {
    runner: {
      age: req(d.age),
      previousHamstringStrain: req(d.previousHamstringStrain),
      previousAcl: req(d.previousAcl),
    },
    injury: {
      date: d.date,
      onset: req(d.onset),
      activity: req(d.activity),
      popFelt: req(d.popFelt),
      forcedToStop: req(d.forcedToStop),
      painAtInjury: req(d.painAtInjury),
      location: req(d.location),
      bothLegs: req(d.bothLegs),
    },
    checkIn: {
      date: localToday(),
      walking: req(d.walking),
      painAtRest: req(d.painAtRest),
      painWalking: req(d.painWalking),
      painSitting: req(d.painSitting),
      bruising: req(d.bruising),
      gapFelt: req(d.gapFelt),
      legFeelsWeak: req(d.legFeelsWeak),
      ...d.flags,
    },
  };
}

function InjuryDate({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const today = localToday();
  const quick = [
    { label: "Today", date: today },
    { label: "Yesterday", date: shiftDate(today, -1) },
    { label: "2 days ago", date: shiftDate(today, -2) },
  ];
  return (
    <fieldset class="choice big">
      <legend>The day the pain started</legend>
      {quick.map((q) => (
        <label class="option" key={q.label}>
          <input
            type="radio"
            name="injury-day"
            checked={value === q.date}
            onChange={() => onChange(q.date)}
          />
          <span>
            {q.label} <small>({shortDate(q.date)})</small>
          </span>
        </label>
      ))}
      <label class="field">
        <span>Or pick the date</span>
        <input
          type="date"
          name="injury-date"
          max={today}
          value={value}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      </label>
    </fieldset>
  );
}

function AgeInput({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange: (v: number | undefined) => void;
}) {
  return (
    <label class="field">
      <span>Age in years</span>
      <input
        type="number"
        name="age"
        inputMode="numeric"
        min={10}
        max={100}
        value={value ?? ""}
        autoComplete="off"
        onInput={(e) => {
          const n = e.currentTarget.valueAsNumber;
          onChange(Number.isNaN(n) ? undefined : n);
        }}
      />
    </label>
  );
}

function Review({ draft }: { draft: Draft }) {
  const flags = Object.values(draft.flags).filter(Boolean).length;
  return (
    <div class="review">
      <p>You told us:</p>
      <ul>
        <li>
          It started {shortDate(draft.date)}, {draft.onset ? ONSET_WORDS[draft.onset].toLowerCase() : "?"}.
        </li>
        <li>{draft.location ? describeLocation(draft.location) : "Place not given"}.</li>
        <li>Walking: {draft.walking ? WALKING_WORDS[draft.walking].toLowerCase() : "?"}.</li>
        <li>
          {flags === 0
            ? "None of the warning signs."
            : `${flags} warning sign${flags > 1 ? "s" : ""} ticked.`}
        </li>
      </ul>
      <p class="note">
        The answer is an estimate from what you tell us, not a diagnosis. Nothing is stored on a server until
        you create an account.
      </p>
    </div>
  );
}

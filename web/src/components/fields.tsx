// Form building blocks with real inputs, labels and legends: a choice list, yes/no, a 0-10 pain scale.
import type { ComponentChildren } from "preact";

let counter = 0;
const uid = (p: string) => `${p}-${++counter}`;

interface ChoiceProps<T extends string> {
  readonly legend: ComponentChildren;
  readonly name: string;
  readonly options: readonly T[];
  readonly words: Readonly<Record<T, string>>;
  readonly value: T | undefined;
  readonly onChange: (v: T) => void;
  readonly hint?: ComponentChildren;
  readonly big?: boolean;
}

export function Choice<T extends string>(p: ChoiceProps<T>) {
  return (
    <fieldset class={p.big ? "choice big" : "choice"}>
      <legend>{p.legend}</legend>
      {p.hint && <p class="hint">{p.hint}</p>}
      {p.options.map((o) => (
        <label class="option" key={o}>
          <input
            type="radio"
            name={p.name}
            value={o}
            checked={p.value === o}
            onChange={() => p.onChange(o)}
          />
          <span>{p.words[o]}</span>
        </label>
      ))}
    </fieldset>
  );
}

interface YesNoProps {
  readonly legend: ComponentChildren;
  readonly name: string;
  readonly value: boolean | undefined;
  readonly onChange: (v: boolean) => void;
  readonly hint?: ComponentChildren;
}

export function YesNo(p: YesNoProps) {
  return (
    <fieldset class="choice yesno">
      <legend>{p.legend}</legend>
      {p.hint && <p class="hint">{p.hint}</p>}
      <div class="row">
        <label class="option">
          <input
            type="radio"
            name={p.name}
            value="yes"
            checked={p.value === true}
            onChange={() => p.onChange(true)}
          />
          <span>Yes</span>
        </label>
        <label class="option">
          <input
            type="radio"
            name={p.name}
            value="no"
            checked={p.value === false}
            onChange={() => p.onChange(false)}
          />
          <span>No</span>
        </label>
      </div>
    </fieldset>
  );
}

interface PainProps {
  readonly legend: ComponentChildren;
  readonly name: string;
  readonly value: number | undefined;
  readonly onChange: (v: number) => void;
  readonly hint?: ComponentChildren;
}

const PAIN_NAMES = ["no pain", "", "mild", "", "moderate", "", "", "severe", "", "", "worst imaginable"];

/** 0 to 10 as eleven radio buttons: every value is one tap, and each has a spoken name. */
export function PainScale(p: PainProps) {
  const hintId = uid("pain-hint");
  return (
    <fieldset class="choice pain" aria-describedby={hintId}>
      <legend>{p.legend}</legend>
      <p class="hint" id={hintId}>
        {p.hint ?? "0 = no pain, 10 = the worst pain imaginable."}
      </p>
      <div class="scale">
        {PAIN_NAMES.map((name, n) => (
          <label class={`pain-option p${n}`} key={n}>
            <input
              type="radio"
              name={p.name}
              value={String(n)}
              checked={p.value === n}
              onChange={() => p.onChange(n)}
              aria-label={name ? `${n}, ${name}` : String(n)}
            />
            <span aria-hidden="true">{n}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface CheckProps {
  readonly label: ComponentChildren;
  readonly checked: boolean;
  readonly onChange: (v: boolean) => void;
  readonly name: string;
}

export function Check(p: CheckProps) {
  return (
    <label class="option check">
      <input
        type="checkbox"
        name={p.name}
        checked={p.checked}
        onChange={(e) => p.onChange(e.currentTarget.checked)}
      />
      <span>{p.label}</span>
    </label>
  );
}

export function FieldError(p: { readonly messages: readonly string[] }) {
  if (p.messages.length === 0) return null;
  return (
    <div class="field-error" role="alert">
      {p.messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}

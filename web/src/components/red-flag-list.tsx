// The red-flag questions as one checklist: ticking none is the usual answer, and one tap each otherwise.
import { RED_FLAG_QUESTIONS, type RedFlagField } from "../content/red-flags.ts";
import { Check } from "./fields.tsx";

interface Props {
  readonly value: Readonly<Record<RedFlagField, boolean>>;
  readonly onChange: (v: Readonly<Record<RedFlagField, boolean>>) => void;
}

export function RedFlagList({ value, onChange }: Props) {
  return (
    <fieldset class="choice red-flags">
      <legend>Do you have any of these now? Tick every one that applies.</legend>
      <p class="hint">
        These are rare, but they need a doctor rather than an exercise plan. Leave them all empty if none
        applies.
      </p>
      {RED_FLAG_QUESTIONS.map((q) => (
        <Check
          key={q.field}
          name={q.field}
          label={q.text}
          checked={value[q.field]}
          onChange={(v) => onChange({ ...value, [q.field]: v })}
        />
      ))}
    </fieldset>
  );
}

// One self-test of the current phase: what to do (a short how-to that opens), and the answer to record.
import type { GateTest } from "../../../src/domain/protocol/index.ts";
import { PainScale, YesNo } from "./fields.tsx";

interface Props {
  readonly test: GateTest;
  readonly value: number | boolean | undefined;
  readonly onChange: (v: number | boolean | undefined) => void;
}

export function SelfTest({ test, value, onChange }: Props) {
  const howTo = (
    <details class="how-to">
      <summary>How to do it</summary>
      {test.onlyWhen && <p class="only-when">{test.onlyWhen}</p>}
      <ol>
        {test.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <ul class="safety">
        {test.safety.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p class="small">Why: {test.purpose}</p>
    </details>
  );
  return (
    <div class="self-test" data-test={test.id}>
      <h3>{test.name}</h3>
      {howTo}
      {test.record.kind === "pain" ? (
        <PainScale
          legend={`${test.name}: worst pain`}
          hint={test.record.passes}
          name={test.id}
          value={typeof value === "number" ? value : undefined}
          onChange={onChange}
        />
      ) : (
        <YesNo
          legend={test.record.question}
          name={test.id}
          value={typeof value === "boolean" ? value : undefined}
          onChange={onChange}
        />
      )}
      {value !== undefined && (
        <button type="button" class="link-button" onClick={() => onChange(undefined)}>
          I did not do this test today
        </button>
      )}
    </div>
  );
}

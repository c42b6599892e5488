// The next-morning question for yesterday's run: pain on waking decides whether today's run goes ahead.
import { useState } from "preact/hooks";
import type { LocalRun } from "../state/app-state.ts";
import { setNextMorningPain } from "../state/episode-actions.ts";
import { PainScale } from "./fields.tsx";
import { shortDate } from "../today.ts";

export function MorningPain({ run }: { run: LocalRun }) {
  const [pain, setPain] = useState<number | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="card morning"
      onSubmit={(e) => {
        e.preventDefault();
        if (pain === undefined) return;
        setBusy(true);
        void setNextMorningPain(run.clientId, pain).finally(() => setBusy(false));
      }}
    >
      <h2>How is the leg this morning?</h2>
      <PainScale
        legend={`After your ${run.minutes}-minute run on ${shortDate(run.date)}: pain on waking`}
        name={`morning-${run.clientId}`}
        value={pain}
        onChange={setPain}
      />
      <button class="primary" type="submit" disabled={busy || pain === undefined}>
        Save morning pain
      </button>
    </form>
  );
}

// Progress: pain over time, the phase timeline with the gates passed and their dates, the running
// stage, and weekly running minutes. Charts are uPlot, loaded with this screen only.
import { useMemo } from "preact/hooks";
import type { Decision } from "../../../src/domain/decision.ts";
import { useAppState, type LocalEpisode } from "../state/app-state.ts";
import { Chart, type Series } from "../components/chart.tsx";
import { NoEpisode } from "../components/no-episode.tsx";
import { Link } from "../router.tsx";
import { shortDate, shiftDate, daysFrom } from "../today.ts";

const PHASE_NAMES = [
  "",
  "Protect and keep moving",
  "Build strength",
  "Back to running",
  "Normal training",
] as const;

const toSeconds = (iso: string) => Date.parse(`${iso}T12:00:00Z`) / 1000;

export default function Progress() {
  const { episode, decision, user } = useAppState();
  const pain = useMemo(() => (episode ? painSeries(episode) : null), [episode]);
  const weekly = useMemo(() => (episode ? weeklyMinutes(episode) : null), [episode]);
  if (!episode) return <NoEpisode />;
  return (
    <div class="progress-screen">
      <h1>Your progress</h1>
      {user && (
        <p class="button-row">
          <Link class="button secondary" href="/load-report">
            What changed before the injury
          </Link>
          <Link class="button secondary" href="/import">
            Import runs from your watch
          </Link>
        </p>
      )}
      <div class="two-col">
        <section class="card" aria-labelledby="pain-title">
          <h2 id="pain-title">Pain over time</h2>
          {pain && (
            <Chart
              title="Pain from 0 to 10 at each check-in"
              x={pain.x}
              series={pain.series}
              yMax={10}
              yLabel="pain /10"
            />
          )}
        </section>
        <section class="card" aria-labelledby="phase-title">
          <h2 id="phase-title">Phases</h2>
          {decision ? (
            <PhaseTimeline decision={decision} injuryDate={episode.injury.date} />
          ) : (
            <p>No answer yet.</p>
          )}
        </section>
        <section class="card" aria-labelledby="stage-title">
          <h2 id="stage-title">Running stages</h2>
          <RunStages decision={decision} />
        </section>
        <section class="card" aria-labelledby="weekly-title">
          <h2 id="weekly-title">Weekly running</h2>
          {weekly && weekly.x.length > 0 ? (
            <Chart title="Minutes of running per week" x={weekly.x} series={weekly.series} yLabel="minutes" />
          ) : (
            <p>No runs logged yet.</p>
          )}
        </section>
      </div>
    </div>
  );
}

function painSeries(ep: LocalEpisode): { x: number[]; series: Series[] } {
  const byDate = new Map<string, (typeof ep.checkIns)[number]>();
  for (const c of ep.checkIns) byDate.set(c.date, c); // the day's last check-in
  const rows = [...byDate.values()];
  return {
    x: rows.map((c) => toSeconds(c.date)),
    series: [
      { label: "Walking", color: "#0f5257", values: rows.map((c) => c.painWalking) },
      { label: "At rest", color: "#b3541e", values: rows.map((c) => c.painAtRest) },
      { label: "Sitting", color: "#5b4a9e", values: rows.map((c) => c.painSitting) },
    ],
  };
}

function weeklyMinutes(ep: LocalEpisode): { x: number[]; series: Series[] } {
  const weeks = new Map<string, number>();
  for (const r of ep.runs) {
    const start = shiftDate(ep.injury.date, Math.floor(daysFrom(ep.injury.date, r.date) / 7) * 7);
    weeks.set(start, (weeks.get(start) ?? 0) + r.minutes);
  }
  const keys = [...weeks.keys()].sort();
  return {
    x: keys.map(toSeconds),
    series: [{ label: "Minutes", color: "#0f5257", values: keys.map((k) => weeks.get(k) ?? 0), bars: true }],
  };
}

function PhaseTimeline({ decision, injuryDate }: { decision: Decision; injuryDate: string }) {
  const current = decision.phase;
  return (
    <ol class="timeline">
      <li class="done">
        <strong>Injury</strong> · {shortDate(injuryDate)}
      </li>
      {decision.phaseHistory.map((c, i) => (
        <li key={`${c.date}-${i}`} class={c.to > c.from ? "done" : "back"}>
          <strong>{c.to > c.from ? `Phase ${c.to} reached` : `Back to phase ${c.to}`}</strong> ·{" "}
          {shortDate(c.date)}
          <br />
          <span class="small">
            {PHASE_NAMES[c.to]} (rule {c.rule})
          </span>
        </li>
      ))}
      {current !== null ? (
        <li class="now" aria-current="step">
          <strong>Now: phase {current} of 4</strong> · day {decision.day}
          <br />
          <span class="small">{PHASE_NAMES[current]}</span>
        </li>
      ) : (
        <li class="now">The plan is paused until you have been seen (see today's answer).</li>
      )}
    </ol>
  );
}

function RunStages({ decision }: { decision: Decision | null }) {
  const stage = decision?.runStage ?? null;
  const reached = decision?.phase === 4 ? 6 : (stage ?? 0);
  return (
    <>
      <ol class="stages" aria-label="Return-to-run stages">
        {[1, 2, 3, 4, 5, 6].map((s) => (
          <li
            key={s}
            class={s < reached || decision?.phase === 4 ? "done" : s === stage ? "now" : ""}
            aria-current={s === stage ? "step" : undefined}
          >
            <span>{s}</span>
          </li>
        ))}
      </ol>
      <p>
        {decision?.phase === 4
          ? "All six stages done: back to normal training."
          : stage !== null
            ? `Stage ${stage} of 6.`
            : "Running stages start in phase 3."}
      </p>
    </>
  );
}

// "What changed before the injury": the training-load report from the runner's imported activities
// (GET /load-report): the likely contributing factors with their numbers, sources and what to change,
// weekly volume (chart and table), single-run spikes and fast running per week. Says plainly when the
// data is too thin to judge.
import { useEffect, useMemo, useState } from "preact/hooks";
import type { LoadReport, WeekLoad } from "../../../src/domain/load/load-report.ts";
import type { RunSpike } from "../../../src/domain/load/spikes.ts";
import { Chart, type Series } from "../components/chart.tsx";
import { NoEpisode } from "../components/no-episode.tsx";
import { Link } from "../router.tsx";
import { useAppState, type Units } from "../state/app-state.ts";
import { localToday, shortDate } from "../today.ts";
import { distanceUnit, formatKm, fromKm } from "../units.ts";
import { importApi } from "./import-api.ts";
import "./imports.css";

export default function LoadReportScreen() {
  const { episode, user, units } = useAppState();
  const injuryDate = episode?.injury.date;
  const [report, setReport] = useState<LoadReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!injuryDate || !user) return;
    let live = true;
    importApi
      .loadReport(injuryDate, localToday())
      .then((a) => live && setReport(a.report))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [injuryDate, user]);
  if (!episode) return <NoEpisode />;
  if (!user)
    return (
      <section class="card narrow">
        <h1>What changed before the injury</h1>
        <p>The report reads the runs you import into your account: sign in first.</p>
        <p>
          <Link class="button primary" href="/sign-in">
            Sign in
          </Link>
        </p>
      </section>
    );
  return (
    <div class="load-report">
      <h1>What changed before the injury</h1>
      <p class="lead">
        Your running in the weeks up to {shortDate(episode.injury.date)}, from the files you imported. These
        are likely contributing factors, not proof of a cause.
      </p>
      {error && (
        <p class="problem" role="alert">
          The report could not be loaded: {error}
        </p>
      )}
      {!report && !error && (
        <p class="loading" aria-busy="true">
          Reading your runs…
        </p>
      )}
      {report && <ReportBody report={report} units={units} />}
    </div>
  );
}

function ReportBody({ report, units }: { report: LoadReport; units: Units }) {
  if (report.runsInReport === 0)
    return (
      <section class="card">
        <h2>Not enough data</h2>
        <p>
          There are no runs in the 8 weeks before the injury.{" "}
          <Link href="/import">Import your watch files</Link> from before {shortDate(report.injuryDate)} to
          see what changed.
        </p>
      </section>
    );
  return (
    <>
      <Factors report={report} />
      <WeeklyVolume weeks={report.weeks} units={units} />
      <FastRunning weeks={report.weeks} />
      <Spikes spikes={report.spikes} units={units} />
      <Cadence report={report} units={units} />
      {report.notes.length > 0 && (
        <section class="card" aria-labelledby="notes-title">
          <h2 id="notes-title">What could not be judged</h2>
          <ul>
            {report.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      )}
      {report.nextRunCap && (
        <section class="card" aria-labelledby="cap-title">
          <h2 id="cap-title">Your next run</h2>
          <p>
            Your longest run of the last 30 days was{" "}
            {formatKm(report.nextRunCap.longestRunLast30DaysKm, units)} (
            {shortDate(report.nextRunCap.longestRunDate)}): keep the next one under{" "}
            <strong>{formatKm(report.nextRunCap.capKm, units)}</strong>.
          </p>
        </section>
      )}
    </>
  );
}

function Factors({ report }: { report: LoadReport }) {
  return (
    <section class="card" aria-labelledby="factors-title">
      <h2 id="factors-title">Likely contributing factors</h2>
      {report.factors.length === 0 ? (
        <p>
          {report.notes.some((n) => n.startsWith("Not enough data"))
            ? "Not enough data to name contributing factors (see below)."
            : "None of the load changes we look for stood out in the 4 weeks before the injury."}
        </p>
      ) : (
        <ul class="plain">
          {report.factors.map((f) => (
            <li key={f.id} class="factor card">
              <h3>{f.title}</h3>
              <p>{f.text}</p>
              <dl>
                <dt>What to change</dt>
                <dd>{f.change}</dd>
                <dt>Source</dt>
                <dd class="small">
                  {f.source}. {f.caveat}
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "21 Sep": short enough for a table column on a phone. */
const dayMonth = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString(undefined, {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
const toSeconds = (iso: string) => Date.parse(`${iso}T12:00:00Z`) / 1000;
const minutes1 = (s: number) => Math.round(s / 6) / 10;

function WeeklyVolume({ weeks, units }: { weeks: readonly WeekLoad[]; units: Units }) {
  const chart = useMemo((): { x: number[]; series: Series[] } => {
    const byTime = weeks.every((w) => w.distanceM === 0);
    return {
      x: weeks.map((w) => toSeconds(w.weekStart)),
      series: [
        byTime
          ? {
              label: "Minutes",
              color: "#0f5257",
              values: weeks.map((w) => Math.round(w.timeS / 60)),
              bars: true,
            }
          : {
              label: distanceUnit(units),
              color: "#0f5257",
              values: weeks.map((w) => Math.round(fromKm(w.distanceM / 1000, units) * 10) / 10),
              bars: true,
            },
      ],
    };
  }, [weeks, units]);
  const dist = (m: number) => (m > 0 ? formatKm(m / 1000, units) : "–");
  return (
    <section class="card" aria-labelledby="weekly-title">
      <h2 id="weekly-title">Weekly running</h2>
      <Chart
        title="Running per week (week starting Monday)"
        x={chart.x}
        series={chart.series}
        yLabel={chart.series[0]?.label ?? ""}
      />
      <div
        class="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Weekly running, as a table (scrolls sideways)"
      >
        <table class="numbers week-load">
          <caption class="sr-only">Weekly running, fast running and the change on the week before</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Runs</th>
              <th scope="col">Distance</th>
              <th scope="col">Minutes</th>
              <th scope="col">Change</th>
              <th scope="col">Fast running (min)</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">
                  {dayMonth(w.weekStart)}
                  {w.partial && <span class="small"> (to {dayMonth(w.lastDay)})</span>}
                </th>
                <td>{w.runs}</td>
                <td>{dist(w.distanceM)}</td>
                <td>{Math.round(w.timeS / 60)}</td>
                <td>{changeText(w.distanceM > 0 ? w.distanceChangePct : w.timeChangePct)}</td>
                <td>{w.highSpeedS === null ? "–" : minutes1(w.highSpeedS)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="small">
        Fast running: time above your own high-speed threshold, from the speed in the files (– when a week had
        no speed data).
      </p>
    </section>
  );
}

/** Minutes above the runner's own high-speed threshold per week: new or more sprint and interval work shows here. */
function FastRunning({ weeks }: { weeks: readonly WeekLoad[] }) {
  const chart = useMemo(
    (): { x: number[]; series: Series[] } => ({
      x: weeks.map((w) => toSeconds(w.weekStart)),
      series: [
        {
          label: "Fast running (min)",
          color: "#9a3412",
          values: weeks.map((w) => (w.highSpeedS === null ? null : minutes1(w.highSpeedS))),
          bars: true,
        },
      ],
    }),
    [weeks],
  );
  if (weeks.every((w) => w.highSpeedS === null)) return null;
  return (
    <section class="card" aria-labelledby="fast-title">
      <h2 id="fast-title">Fast running</h2>
      <Chart title="Minutes of fast running per week" x={chart.x} series={chart.series} yLabel="min" />
      <p class="small">
        The same minutes are in the weekly table above. A new block of sprints or intervals, or more of them,
        is one of the causes of a hamstring strain the article names.
      </p>
    </section>
  );
}

/** "6:04 /km" or "9:46 /mi": time per distance unit at `mps`. */
function paceText(mps: number, units: Units): string {
  const seconds = Math.round((units === "metric" ? 1000 : 1609.344) / mps);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")} /${distanceUnit(units)}`;
}

/**
 * Steps per minute at the runner's most-run pace, week by week, and the last 4 weeks against the 4 before:
 * fewer steps at the same speed means longer strides (overstriding is one of the causes the article names).
 */
function Cadence({ report, units }: { report: LoadReport; units: Units }) {
  const { weeks, cadenceBand: band, cadence } = report;
  const chart = useMemo((): { x: number[]; series: Series[]; yMin: number } => {
    const values = weeks.map((w) => (w.cadenceSpm === null ? null : Math.round(w.cadenceSpm)));
    const known = values.filter((v): v is number => v !== null);
    return {
      x: weeks.map((w) => toSeconds(w.weekStart)),
      series: [{ label: "Steps per minute", color: "#0f5257", values }],
      yMin: known.length > 0 ? Math.max(0, Math.floor((Math.min(...known) - 15) / 10) * 10) : 0,
    };
  }, [weeks]);
  const hasWeeks = weeks.some((w) => w.cadenceSpm !== null);
  return (
    <section class="card" aria-labelledby="cadence-title">
      <h2 id="cadence-title">Cadence at the same speed</h2>
      {band === null || !hasWeeks ? (
        <p>
          Not enough cadence data:{" "}
          {cadence.kind === "not_enough_data" ? cadence.reason : "no week had enough running at one pace"}.
        </p>
      ) : (
        <>
          <Chart
            title={`Steps per minute at ${paceText(band.toMps, units)} to ${paceText(band.fromMps, units)}, your most-run pace`}
            x={chart.x}
            series={chart.series}
            yMin={chart.yMin}
            yLabel="steps/min"
          />
          <p>
            {cadence.kind === "ok"
              ? `Last 4 weeks against the 4 before: ${changeText(cadence.meanChangePct)} (${Math.round(cadence.matchedMinutes)} min of running at the same speeds compared).`
              : `Last 4 weeks against the 4 before: not enough data (${cadence.reason}).`}
          </p>
          <p class="small">
            Fewer steps a minute at the same speed means longer strides. Overstriding is one of the causes of
            a hamstring strain the article names.
          </p>
        </>
      )}
    </section>
  );
}

function changeText(pct: number | null): string {
  if (pct === null) return "–";
  const r = Math.round(pct);
  return r > 0 ? `+${r} %` : `${r} %`;
}

function spikeLength(s: RunSpike, v: number, units: Units): string {
  return s.measure === "distance" ? formatKm(v / 1000, units) : `${Math.round(v / 60)} min`;
}

/** Each spike against the longest run of its 30 days before (in the measure most spikes have). */
function SpikeChart({ spikes, units }: { spikes: readonly RunSpike[]; units: Units }) {
  const chart = useMemo((): { x: number[]; series: Series[]; yLabel: string } => {
    const byDistance = spikes.filter((s) => s.measure === "distance").length * 2 >= spikes.length;
    const shown = spikes.filter((s) => s.measure === (byDistance ? "distance" : "time"));
    const value = (v: number) =>
      byDistance ? Math.round(fromKm(v / 1000, units) * 10) / 10 : Math.round(v / 60);
    const unit = byDistance ? distanceUnit(units) : "min";
    return {
      x: shown.map((s) => toSeconds(s.date)),
      series: [
        {
          label: `This run (${unit})`,
          color: "#0f5257",
          values: shown.map((s) => value(s.length)),
          bars: true,
        },
        {
          label: `Longest of the 30 days before (${unit})`,
          color: "#9a3412",
          values: shown.map((s) => value(s.reference)),
        },
      ],
      yLabel: unit,
    };
  }, [spikes, units]);
  return (
    <Chart
      title="Each spike against the longest run of the 30 days before it"
      x={chart.x}
      series={chart.series}
      yLabel={chart.yLabel}
    />
  );
}

function Spikes({ spikes, units }: { spikes: readonly RunSpike[]; units: Units }) {
  return (
    <section class="card" aria-labelledby="spikes-title">
      <h2 id="spikes-title">Long-run spikes</h2>
      <p class="small">
        A run longer than your longest of the 30 days before it. Runs more than 10 % longer carried a higher
        injury risk (Frandsen 2025).
      </p>
      {spikes.length === 0 ? (
        <p>No run was longer than your longest of the 30 days before it.</p>
      ) : (
        <SpikeChart spikes={spikes} units={units} />
      )}
      {spikes.length > 0 && (
        <ul class="spikes">
          {spikes.map((s) => (
            <li key={s.start}>
              <strong>{shortDate(s.date)}</strong>: {spikeLength(s, s.length, units)} after a 30-day longest
              of {spikeLength(s, s.reference, units)}: <strong>{changeText(s.increasePct)}</strong> (band{" "}
              {s.bandLabel}
              {s.hazardRatio > 1 ? `, risk ${s.hazardRatio}x` : ""})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

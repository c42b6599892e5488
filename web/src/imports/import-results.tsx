// A finished import's per-file results, a page at a time: the failed files (with their reasons) or every
// file, each list fetching only the rows it shows and more on "Show more". A 20,000-file export is read
// in pages of 100, never whole.
import { useEffect, useRef, useState } from "preact/hooks";
import type { Units } from "../state/app-state.ts";
import { localToday, shortDate } from "../today.ts";
import { formatKm } from "../units.ts";
import { importApi, type FileResult } from "./import-api.ts";

const PAGE = 100;

interface PagedResultsProps {
  readonly jobId: string;
  /** Changes when the job does (a new import): the list starts again. */
  readonly version: string;
  readonly only?: "failed";
  readonly title: string;
  readonly units: Units;
  /** How many results the list holds, when it starts closed (a big export: nothing is fetched until asked). */
  readonly closedTotal?: number;
}

interface Loaded {
  readonly results: readonly FileResult[];
  readonly total: number;
  readonly nextOffset: number | null;
}

export function PagedResults({ jobId, version, only, title, units, closedTotal }: PagedResultsProps) {
  const [open, setOpen] = useState(closedTotal === undefined);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const live = useRef(true);
  useEffect(() => () => void (live.current = false), []);

  const load = async (offset: number, before: readonly FileResult[]) => {
    setBusy(true);
    setError(null);
    try {
      const { job } = await importApi.job(jobId, { offset, limit: PAGE, ...(only ? { only } : {}) });
      if (!live.current) return;
      setLoaded({ results: [...before, ...job.results], total: job.resultsTotal, nextOffset: job.nextOffset });
    } catch (e) {
      if (live.current) setError(`Could not read the files' results: ${(e as Error).message}`);
    } finally {
      if (live.current) setBusy(false);
    }
  };
  useEffect(() => {
    setLoaded(null);
    if (open) void load(0, []);
  }, [jobId, version, only, open]);
  useEffect(() => setOpen(closedTotal === undefined), [jobId, version]);

  const id = `results-${only ?? "all"}`;
  const shown = loaded?.results.length ?? 0;
  if (!open)
    return (
      <section class="card" aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        <button type="button" onClick={() => setOpen(true)}>
          List all {count(closedTotal ?? 0)} files
        </button>
      </section>
    );
  return (
    <section class="card" aria-labelledby={id} aria-busy={busy}>
      <h2 id={id}>{title}</h2>
      {loaded && loaded.total > PAGE && (
        <p class="small">
          {count(shown)} of {count(loaded.total)} shown.
        </p>
      )}
      {loaded && loaded.results.length > 0 && (
        <ResultsTable results={loaded.results} units={units} label={title} />
      )}
      {error && (
        <p class="problem" role="alert">
          {error}
        </p>
      )}
      {loaded?.nextOffset != null && (
        <button type="button" disabled={busy} onClick={() => void load(loaded.nextOffset ?? shown, loaded.results)}>
          {busy ? "Loading…" : `Show ${count(Math.min(PAGE, loaded.total - shown))} more`}
          <span class="sr-only"> of {title.toLowerCase()}</span>
        </button>
      )}
    </section>
  );
}

const count = (n: number) => n.toLocaleString("en-GB");

function outcome(r: FileResult): { word: string; cls: string; detail: string } {
  if (!r.ok) return { word: "Failed", cls: "failed", detail: r.error ?? "unreadable" };
  if (r.error) return { word: "Skipped", cls: "skipped", detail: r.error };
  if (r.duplicate) return { word: "Already imported", cls: "skipped", detail: "the same activity is stored" };
  return {
    word: "Imported",
    cls: "imported",
    detail: r.pendingRunId ? "a run of your recovery: waiting for the pain answers" : "",
  };
}

const SPORT_WORDS: Readonly<Record<string, string>> = {
  running: "Run",
  cycling: "Ride",
  walking: "Walk",
  hiking: "Hike",
  swimming: "Swim",
  other: "Other activity",
};

function activityText(r: FileResult, units: Units): string | null {
  if (!r.ok || r.error || !r.start) return null;
  const min = Math.round((r.durationS ?? 0) / 60);
  const km = r.distanceM ? `, ${formatKm(r.distanceM / 1000, units)}` : "";
  const sport = r.sport ?? "other";
  // The day on this device's clock (the runner's own, normally), not the UTC date of the start.
  return `${SPORT_WORDS[sport] ?? sport}, ${shortDate(localToday(new Date(r.start)))}: ${min} min${km}`;
}

/** "export.zip!/DI_CONNECT/b.fit": the file's own name first, where it sits below ("in export.zip › DI_CONNECT"). */
function FileName({ path }: { path: string }) {
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("!"));
  if (cut <= 0) return <>{path}</>;
  const where = path
    .slice(0, cut)
    .replace(/!$/, "")
    .replace(/!\/?/g, " › ");
  return (
    <>
      {path.slice(cut + 1)}
      <span class="file-where">in {where}</span>
    </>
  );
}

function ResultsTable({
  results,
  units,
  label,
}: {
  results: readonly FileResult[];
  units: Units;
  label: string;
}) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={`${label} (scrolls sideways)`}>
      <table class="results">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r, i) => {
            const o = outcome(r);
            const activity = activityText(r, units);
            return (
              <tr key={`${r.file}-${i}`}>
                <th scope="row" class="file-name">
                  <FileName path={r.file} />
                </th>
                <td>
                  <span class={`outcome ${o.cls}`}>{o.word}</span>
                  {activity && <span class="detail">{activity}</span>}
                  {o.detail && <span class="small detail">{o.detail}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

// Import: the runner picks watch files (FIT, GPX, TCX, .gz, zip exports), the server reads them in the
// background, and this screen polls the job, announcing progress and listing each file's result.
import { useEffect, useRef, useState } from "preact/hooks";
import { NetworkError } from "../api.ts";
import { Link } from "../router.tsx";
import { useAppState, type Units } from "../state/app-state.ts";
import { pullEpisode } from "../state/session-actions.ts";
import { shortDate } from "../today.ts";
import { formatKm } from "../units.ts";
import { importApi, type FileResult, type ImportJob } from "./import-api.ts";
import "./imports.css";

const POLL_MS = 700;

export default function ImportScreen() {
  const { user, units, episode } = useAppState();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const polling = usePolling(job, setJob, setError);

  if (!user)
    return (
      <section class="card narrow">
        <h1>Import runs from your watch</h1>
        <p>Imported activities are kept with your account: sign in or create one first.</p>
        <p>
          <Link class="button primary" href="/sign-in">
            Sign in
          </Link>{" "}
          <Link href="/sign-up">Create an account</Link>
        </p>
      </section>
    );

  const submit = async (e: Event) => {
    e.preventDefault();
    if (files.length === 0) return setError("Choose at least one file first.");
    setBusy(true);
    setError(null);
    try {
      setJob((await importApi.upload(files)).job);
    } catch (err) {
      setError(
        err instanceof NetworkError
          ? "The upload did not reach the server: uploads need a connection. Try again when you are online."
          : (err as Error).message,
      );
    } finally {
      setBusy(false);
    }
  };
  const waiting = job?.results.filter((r) => r.pendingRunId).length ?? 0;
  return (
    <div class="import-screen">
      <h1>Import runs from your watch</h1>
      <form class="card" onSubmit={submit} noValidate>
        <p>
          Files from Garmin, Coros, Polar, Suunto, Strava and others: FIT, GPX or TCX, also gzipped, or a
          whole account export as a zip. Only the summary and a light speed trace are kept, never your GPS
          track.
        </p>
        <label class="field">
          <span>Activity files</span>
          <input
            type="file"
            name="files"
            multiple
            accept=".fit,.gpx,.tcx,.gz,.zip,application/zip,application/gpx+xml"
            onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])}
          />
        </label>
        {files.length > 0 && (
          <p class="small">
            {files.length} file{files.length > 1 ? "s" : ""} chosen ({megabytes(files)}).
          </p>
        )}
        {error && (
          <p class="problem" role="alert">
            {error}
          </p>
        )}
        <button class="primary" type="submit" disabled={busy || polling}>
          {busy ? "Uploading…" : polling ? "Reading the files…" : "Upload and import"}
        </button>
      </form>
      <div role="status" aria-live="polite" class="import-progress">
        {job && <ProgressLine job={job} />}
      </div>
      {job && job.status === "done" && episode && (
        <p class="import-next">
          {waiting > 0 && (
            <>
              <Link class="button primary" href="/runs">
                Answer the pain questions for {waiting} run{waiting > 1 ? "s" : ""}
              </Link>{" "}
            </>
          )}
          <Link href="/load-report">What changed before the injury</Link>
        </p>
      )}
      {job && job.results.length > 0 && <ResultsTable results={job.results} units={units} />}
    </div>
  );
}

/** Polls the job while it runs; when it ends, the episode is read again (pending runs may have appeared). */
function usePolling(
  job: ImportJob | null,
  setJob: (j: ImportJob) => void,
  setError: (e: string) => void,
): boolean {
  const live = useRef(true);
  useEffect(() => () => void (live.current = false), []);
  const running = job !== null && (job.status === "queued" || job.status === "running");
  useEffect(() => {
    if (!job) return;
    if (!running) {
      if (job.status === "done") void pullEpisode().catch(() => undefined);
      return;
    }
    const t = setTimeout(() => {
      importApi
        .job(job.id)
        .then((a) => live.current && setJob(a.job))
        .catch((e: Error) => live.current && setError(`Could not read the import's progress: ${e.message}`));
    }, POLL_MS);
    return () => clearTimeout(t);
  }, [job]);
  return running;
}

function megabytes(files: readonly File[]): string {
  const mb = files.reduce((s, f) => s + f.size, 0) / 1_048_576;
  return mb < 0.1 ? "under 0.1 MB" : `${mb.toFixed(1)} MB`;
}

function ProgressLine({ job }: { job: ImportJob }) {
  const counts = `${job.imported} imported, ${job.skipped} skipped, ${job.failed} failed`;
  if (job.status === "failed")
    return (
      <p class="problem">
        The import stopped: {job.error ?? "unknown reason"}. {counts}.
      </p>
    );
  if (job.status === "done") return <p class="ok-note">Import finished: {counts}.</p>;
  const total = job.filesTotal;
  return (
    <div>
      <p>
        {job.status === "queued" ? "Waiting to start…" : "Reading the files…"}{" "}
        {total !== undefined ? `${job.filesDone} of ${total} done` : `${job.filesDone} done`}: {counts}.
      </p>
      <progress
        aria-label="Import progress"
        max={total ?? undefined}
        value={total !== undefined ? job.filesDone : undefined}
      />
    </div>
  );
}

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
  const min = Math.round(r.durationS / 60);
  const km = r.distanceM > 0 ? `, ${formatKm(r.distanceM / 1000, units)}` : "";
  return `${SPORT_WORDS[r.sport] ?? r.sport}, ${shortDate(r.start.slice(0, 10))}: ${min} min${km}`;
}

function ResultsTable({ results, units }: { results: readonly FileResult[]; units: Units }) {
  return (
    <section class="card" aria-labelledby="results-title">
      <h2 id="results-title">Files</h2>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Each file's result (scrolls sideways)">
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
                    {r.file}
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
    </section>
  );
}

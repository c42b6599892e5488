// Import: the runner picks watch files (FIT, GPX, TCX, .gz, zip exports), the server reads them in the
// background, and this screen polls the job's counts (never its results) while it runs, announcing
// progress; once it ends, the failed files come first with their reasons, then every file, page by page.
import { useEffect, useRef, useState } from "preact/hooks";
import { NetworkError } from "../api.ts";
import { Link } from "../router.tsx";
import { useAppState } from "../state/app-state.ts";
import { pullEpisode } from "../state/session-actions.ts";
import { importApi, type ImportJob } from "./import-api.ts";
import { PagedResults } from "./import-results.tsx";
import "./imports.css";

const POLL_MS = 700;
/** Above this many files (an account export), the list of every file waits until asked for. */
const BIG_IMPORT_FILES = 100;

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
  const waiting = episode?.pendingRuns?.length ?? 0;
  const ended = job !== null && (job.status === "done" || job.status === "failed");
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
      {ended && job.failed > 0 && (
        <PagedResults
          jobId={job.id}
          version={job.updatedAt}
          only="failed"
          title="Files that could not be read"
          units={units}
        />
      )}
      {ended && job.filesDone > 0 && (
        <PagedResults
          jobId={job.id}
          version={job.updatedAt}
          title="Every file"
          units={units}
          {...(job.filesDone > BIG_IMPORT_FILES ? { closedTotal: job.filesDone } : {})}
        />
      )}
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
        .job(job.id, { limit: 0 })
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
  if (job.status === "done")
    return <p class={job.failed > 0 ? "warn-note" : "ok-note"}>Import finished: {counts}.</p>;
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

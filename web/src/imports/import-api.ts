// The HTTP client for uploads, pending imported runs and the load report (docs/api.md, "Imports"). Loaded
// only with the screens that use it, so the first screen's bundle does not carry it.
import type { Decision } from "../../../src/domain/decision.ts";
import type { LoadReport } from "../../../src/domain/load/load-report.ts";
import { ApiError, NetworkError, request, type PendingRun, type StoredRun } from "../api.ts";

export interface FileResult {
  readonly file: string;
  readonly ok: boolean;
  readonly error?: string;
  readonly sport: string | null;
  readonly start: string | null;
  readonly durationS: number | null;
  readonly distanceM: number | null;
  readonly activityId?: string;
  readonly duplicate?: boolean;
  readonly pendingRunId?: string;
}

export interface ImportJob {
  readonly id: string;
  readonly status: "queued" | "running" | "done" | "failed";
  readonly filesTotal?: number;
  readonly filesDone: number;
  readonly imported: number;
  readonly skipped: number;
  readonly failed: number;
  readonly error?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** One page of the per-file results (GET /imports/:id?offset&limit&only). */
  readonly results: readonly FileResult[];
  /** How many results match the page's filter; nextOffset is null after the last page. */
  readonly resultsTotal: number;
  readonly nextOffset: number | null;
}

export interface ResultsPageQuery {
  readonly offset?: number;
  /** 0: the counts alone (what a running job's progress needs). */
  readonly limit?: number;
  readonly only?: "failed";
}

function jobUrl(id: string, q: ResultsPageQuery): string {
  const params = new URLSearchParams();
  if (q.offset !== undefined) params.set("offset", String(q.offset));
  if (q.limit !== undefined) params.set("limit", String(q.limit));
  if (q.only) params.set("only", q.only);
  const query = params.toString();
  return `/imports/${encodeURIComponent(id)}${query ? `?${query}` : ""}`;
}

export interface PainAnswers {
  readonly painDuring: number;
  readonly painRose: boolean;
  readonly stoppedEarly: boolean;
  readonly limp: boolean;
  readonly painAfter: number;
  readonly effort?: number;
}

function csrfToken(): string {
  const m = /(?:^|;\s*)sb_csrf=([^;]+)/.exec(document.cookie);
  return m?.[1] ? decodeURIComponent(m[1]) : "";
}

/** The multipart upload: the browser streams the files; the answer is the queued job. */
async function upload(files: readonly File[]): Promise<{ job: ImportJob }> {
  const form = new FormData();
  for (const f of files) form.append("file", f, f.name);
  let res: Response;
  try {
    res = await fetch("/api/v1/imports", {
      method: "POST",
      body: form,
      credentials: "same-origin",
      headers: { accept: "application/json", "x-csrf-token": csrfToken() },
    });
  } catch (e) {
    throw new NetworkError((e as Error).message);
  }
  const json = (await res.json().catch(() => null)) as {
    job?: ImportJob;
    error?: string;
    message?: string;
  } | null;
  if (!res.ok || !json?.job)
    throw new ApiError(
      res.status,
      json?.error ?? "internal",
      json?.message ?? `The server answered ${res.status}.`,
    );
  return { job: json.job };
}

export const importApi = {
  upload,
  job: (id: string, query: ResultsPageQuery = {}) => request<{ job: ImportJob }>("GET", jobUrl(id, query)),
  answerPending: (episodeId: string, pendingId: string, today: string, answers: PainAnswers) =>
    request<{ run: StoredRun; decision: Decision }>(
      "PATCH",
      `/episodes/${episodeId}/runs/${encodeURIComponent(pendingId)}?today=${today}`,
      answers,
    ),
  dismissPending: (episodeId: string, pendingId: string) =>
    request<void>("DELETE", `/episodes/${episodeId}/pending-runs/${encodeURIComponent(pendingId)}`),
  loadReport: (injuryDate: string, today: string) =>
    request<{ report: LoadReport; history: unknown }>(
      "GET",
      `/load-report?injuryDate=${injuryDate}&weeks=8&today=${today}`,
    ),
};

export type { PendingRun };

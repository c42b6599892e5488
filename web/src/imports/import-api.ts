// The HTTP client for uploads, pending imported runs and the load report (docs/api.md, "Imports"). Loaded
// only with the screens that use it, so the first screen's bundle does not carry it.
import type { Decision } from "../../../src/domain/decision.ts";
import type { LoadReport } from "../../../src/domain/load/load-report.ts";
import { ApiError, NetworkError, request, type PendingRun, type StoredRun } from "../api.ts";

export interface FileResult {
  readonly file: string;
  readonly ok: boolean;
  readonly error?: string;
  readonly sport: string;
  readonly start: string;
  readonly durationS: number;
  readonly distanceM: number;
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
  readonly results: readonly FileResult[];
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
  job: (id: string) => request<{ job: ImportJob }>("GET", `/imports/${encodeURIComponent(id)}`),
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

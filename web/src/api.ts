// The HTTP client for docs/api.md: JSON in and out, the CSRF double-submit header, one error shape.
import type { Decision } from "../../src/domain/decision.ts";
import type { CheckIn, Episode, Run } from "../../src/domain/episode.ts";

export interface User {
  readonly id: string;
  readonly email: string;
  readonly role: "runner" | "clinician";
  readonly displayName: string | null;
  readonly units: "metric" | "imperial";
  /** IANA time zone the server dates imported runs and "today" in; null: not known. */
  readonly timeZone: string | null;
  readonly createdAt: string;
}

export type StoredCheckIn = CheckIn & { readonly id: string; readonly clientId: string };
export type StoredRun = Run & {
  readonly id: string;
  readonly clientId: string;
  readonly source: "manual" | "file";
};

export interface ExerciseLogInput {
  readonly clientId: string;
  readonly date: string;
  readonly exerciseId: string;
  readonly sets: number;
  readonly reps?: number;
  readonly holdSeconds?: number;
  readonly loadKg?: number;
  readonly band?: string;
  readonly pain: number;
  readonly note?: string;
}
export type ExerciseLog = ExerciseLogInput & { readonly id: string };

/** Whether an imported run kept within the limits of the stage the engine has the runner at. */
export interface StageCheck {
  readonly runStage: number;
  readonly maxMinutes: number;
  readonly maxEffort: number;
  readonly withinMinutes: boolean;
  readonly withinEffort: boolean;
  readonly withinLimits: boolean;
}

/** A phase-3 run from an imported file, waiting for the runner's pain answers. */
export interface PendingRun {
  readonly id: string;
  readonly activityId: string;
  readonly date: string;
  readonly minutes: number;
  readonly distanceKm?: number;
  readonly effort: number | null;
  readonly stageCheck: StageCheck | null;
  readonly needs: readonly string[];
}

export interface StoredEpisode {
  readonly id: string;
  readonly status: "active" | "closed";
  readonly createdAt: string;
  readonly runner: Episode["runner"];
  readonly injury: Episode["injury"];
  readonly history?: Episode["history"];
  readonly checkIns: readonly StoredCheckIn[];
  readonly runs: readonly StoredRun[];
  readonly exerciseLogs: readonly ExerciseLog[];
  readonly pendingRuns?: readonly PendingRun[];
}

export interface ApiIssue {
  readonly path: string;
  readonly message: string;
}

/** A 4xx/5xx answer from the server, with its code and per-field issues. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(message);
  }
}

/** The request never reached the server (offline, DNS, refused): the caller queues or falls back. */
export class NetworkError extends Error {}

function csrfToken(): string {
  const m = /(?:^|;\s*)sb_csrf=([^;]+)/.exec(document.cookie);
  return m?.[1] ? decodeURIComponent(m[1]) : "";
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET") headers["x-csrf-token"] = csrfToken();
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: "same-origin",
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (e) {
    throw new NetworkError((e as Error).message);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text === "" ? null : JSON.parse(text);
  } catch {
    // The service worker's offline answer or a proxy page: treat as unreachable.
    throw new NetworkError(`unexpected answer (${res.status})`);
  }
  if (!res.ok) {
    const e = (json ?? {}) as { error?: string; message?: string; issues?: ApiIssue[] };
    if (res.status >= 500 && !e.error) throw new NetworkError(`server unavailable (${res.status})`);
    throw new ApiError(
      res.status,
      e.error ?? "internal",
      e.message ?? `The server answered ${res.status}.`,
      e.issues ?? [],
    );
  }
  return json as T;
}

export const api = {
  session: () => request<{ user: User | null; csrfToken: string }>("GET", "/session"),
  signUp: (email: string, password: string, timeZone: string | null) =>
    request<{ user: User }>("POST", "/auth/signup", { email, password, role: "runner", ...(timeZone ? { timeZone } : {}) }),
  signIn: (email: string, password: string) =>
    request<{ user: User }>("POST", "/auth/signin", { email, password }),
  signOut: () => request<void>("POST", "/auth/signout"),
  updateMe: (patch: { units?: User["units"]; displayName?: string; timeZone?: string | null }) => request<User>("PATCH", "/me", patch),
  exportMe: () => request<unknown>("GET", "/me/export"),
  deleteMe: (password: string) => request<void>("DELETE", "/me", { password }),
  decide: (episode: Episode) => request<Decision>("POST", "/decide", episode),
  createEpisode: (body: Omit<Episode, "schema">) =>
    request<{ episode: StoredEpisode; decision: Decision }>("POST", "/episodes", body),
  currentEpisode: (today: string) =>
    request<{ episode: StoredEpisode; decision: Decision }>("GET", `/episodes/current?today=${today}`),
  addCheckIn: (id: string, today: string, body: CheckIn & { clientId: string }) =>
    request<{ checkIn: StoredCheckIn; decision: Decision }>(
      "POST",
      `/episodes/${id}/check-ins?today=${today}`,
      body,
    ),
  addRun: (id: string, today: string, body: Run & { clientId: string }) =>
    request<{ run: StoredRun; decision: Decision }>("POST", `/episodes/${id}/runs?today=${today}`, {
      ...body,
      source: "manual",
    }),
  patchRun: (id: string, runId: string, today: string, painNextMorning: number) =>
    request<{ run: StoredRun; decision: Decision }>("PATCH", `/episodes/${id}/runs/${runId}?today=${today}`, {
      painNextMorning,
    }),
  addExerciseLog: (id: string, today: string, body: ExerciseLogInput) =>
    request<{ log: ExerciseLog }>("POST", `/episodes/${id}/exercise-logs?today=${today}`, body),
  decision: (id: string, today: string) =>
    request<Decision>("GET", `/episodes/${id}/decision?today=${today}`),
};

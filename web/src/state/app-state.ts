// The app's one state object, its subscribers, and the hook that re-renders a component on change.
import { useEffect, useState } from "preact/hooks";
import type { Decision } from "../../../src/domain/decision.ts";
import type { CheckIn, Episode, Run } from "../../../src/domain/episode.ts";
import type { ExerciseLogInput, PendingRun, User } from "../api.ts";
import type { Units } from "../units.ts";

export type { Units };


export type LocalCheckIn = CheckIn & {
  readonly clientId: string;
  readonly id?: string;
  readonly synced: boolean;
};
export type LocalRun = Run & { readonly clientId: string; readonly id?: string; readonly synced: boolean };
export type LocalExerciseLog = ExerciseLogInput & { readonly synced: boolean };

/** The runner's episode as the device knows it: the server's rows plus what is not yet synced. */
export interface LocalEpisode {
  readonly id: string | null;
  readonly runner: Episode["runner"];
  readonly injury: Episode["injury"];
  readonly history?: Episode["history"];
  readonly checkIns: readonly LocalCheckIn[];
  readonly runs: readonly LocalRun[];
  readonly exerciseLogs: readonly LocalExerciseLog[];
  /** Imported runs waiting for their pain answers (the server's; none on an unsynced episode). */
  readonly pendingRuns?: readonly PendingRun[];
}

export interface AppState {
  readonly ready: boolean;
  readonly online: boolean;
  readonly user: User | null;
  readonly units: Units;
  readonly episode: LocalEpisode | null;
  readonly decision: Decision | null;
  /** The decision before the latest change, for "what changed". */
  readonly previousDecision: Decision | null;
  /** "server": the API answered for the stored episode; "device": the engine in this app answered offline. */
  readonly decisionSource: "server" | "anonymous" | "device" | null;
  readonly decisionError: string | null;
  readonly pending: number;
  readonly syncProblems: readonly string[];
}

let state: AppState = {
  ready: false,
  online: typeof navigator === "undefined" ? true : navigator.onLine,
  user: null,
  units: "metric",
  episode: null,
  decision: null,
  previousDecision: null,
  decisionSource: null,
  decisionError: null,
  pending: 0,
  syncProblems: [],
};
const listeners = new Set<() => void>();

export function getState(): AppState {
  return state;
}

export function setState(patch: Partial<AppState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

export function useAppState(): AppState {
  const [, force] = useState(0);
  useEffect(() => {
    const l = () => force((n) => n + 1);
    listeners.add(l);
    return () => listeners.delete(l);
  }, []);
  return state;
}

/** The episode in the contract's shape (device-only fields dropped) for the engine or `POST /decide`. */
export function toContractEpisode(ep: LocalEpisode, today: string): Episode {
  const runs = ep.runs.map(stripRun);
  return {
    schema: "strideback/episode@1",
    today,
    runner: ep.runner,
    injury: ep.injury,
    checkIns: ep.checkIns.map(stripCheckIn),
    ...(runs.length > 0 ? { runs } : {}),
    ...(ep.history ? { history: ep.history } : {}),
  };
}

export function stripCheckIn(c: LocalCheckIn | CheckIn): CheckIn {
  const { clientId: _c, id: _i, synced: _s, ...rest } = c as LocalCheckIn;
  return rest;
}

export function stripRun(r: LocalRun | Run): Run {
  const { clientId: _c, id: _i, synced: _s, source: _src, ...rest } = r as LocalRun & { source?: string };
  return rest;
}

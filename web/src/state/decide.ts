// Where today's answer comes from: the server (signed in, all synced), `POST /decide` (anonymous), or,
// when the network is gone, the same pure engine bundled into the app (a lazy chunk).
import type { Decision } from "../../../src/domain/decision.ts";
import { api, NetworkError } from "../api.ts";
import { localToday } from "../today.ts";
import { getState, setState, toContractEpisode, type LocalEpisode } from "./app-state.ts";

export async function decideOnDevice(ep: LocalEpisode, today: string): Promise<Decision> {
  const { evaluateEpisode } = await import("../../../src/domain/engine.ts");
  return evaluateEpisode(toContractEpisode(ep, today));
}

/** Asks for a fresh decision for the episode as the device knows it, and stores it as the current one. */
export async function refreshDecision(opts: { keepPrevious?: boolean } = {}): Promise<void> {
  const ep = getState().episode;
  if (!ep) return;
  const today = localToday();
  const previous = opts.keepPrevious ? getState().decision : getState().previousDecision;
  try {
    const decision = await api.decide(toContractEpisode(ep, today));
    setState({ decision, previousDecision: previous, decisionSource: "anonymous", decisionError: null });
  } catch (e) {
    if (!(e instanceof NetworkError)) {
      setState({ decisionError: (e as Error).message });
      return;
    }
    await decideLocally(ep, today, previous);
  }
}

async function decideLocally(ep: LocalEpisode, today: string, previous: Decision | null): Promise<void> {
  try {
    const decision = await decideOnDevice(ep, today);
    setState({ decision, previousDecision: previous, decisionSource: "device", decisionError: null });
  } catch (e) {
    setState({ decisionError: `This device could not work out an answer offline: ${(e as Error).message}` });
  }
}

/** Offline or with unsynced changes: the device's own engine answers at once. */
export async function decideOffline(opts: { keepPrevious?: boolean } = {}): Promise<void> {
  const ep = getState().episode;
  if (!ep) return;
  const previous = opts.keepPrevious ? getState().decision : getState().previousDecision;
  await decideLocally(ep, localToday(), previous);
}

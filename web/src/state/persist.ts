// Saving and restoring the device's copy of the episode, the decisions and the settings.
import type { Decision } from "../../../src/domain/decision.ts";
import type { User } from "../api.ts";
import { deviceStore } from "./device-store.ts";
import type { LocalEpisode, Units } from "./app-state.ts";

export interface Saved {
  readonly episode: LocalEpisode | null;
  readonly decision: Decision | null;
  readonly previousDecision: Decision | null;
  readonly units: Units;
  readonly user: User | null;
}

export function saveEpisode(ep: LocalEpisode | null): Promise<void> {
  return ep ? deviceStore.set("episode", ep) : deviceStore.remove("episode");
}

export function saveDecisions(decision: Decision | null, previousDecision: Decision | null): Promise<void> {
  return deviceStore.set("decisions", { decision, previousDecision });
}

export async function loadSaved(): Promise<Saved> {
  const [episode, decisions, units, user] = await Promise.all([
    deviceStore.get<LocalEpisode>("episode"),
    deviceStore.get<{ decision: Decision | null; previousDecision: Decision | null }>("decisions"),
    deviceStore.get<Units>("units"),
    deviceStore.get<User>("user"),
  ]);
  return {
    episode: episode ?? null,
    decision: decisions?.decision ?? null,
    previousDecision: decisions?.previousDecision ?? null,
    units: units ?? "metric",
    user: user ?? null,
  };
}

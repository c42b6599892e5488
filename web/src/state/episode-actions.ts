// What the runner records: the first assessment, check-ins, runs, next-morning pain and exercise logs.
// Every write lands on the device first (IndexedDB), then goes to the server through the outbox.
import type { CheckIn, Episode, Run } from "../../../src/domain/episode.ts";
import type { ExerciseLogInput } from "../api.ts";
import { newClientId } from "../today.ts";
import { deviceStore } from "./device-store.ts";
import { getState, setState, type LocalEpisode } from "./app-state.ts";
import { decideOffline, refreshDecision } from "./decide.ts";
import { enqueue, flushOutbox, type OutboxItem } from "./outbox.ts";
import { saveDecisions, saveEpisode } from "./persist.ts";
import { keepAnonymousEpisode } from "./session-actions.ts";

let seq = Date.now();

async function commit(ep: LocalEpisode): Promise<void> {
  setState({ episode: ep });
  await saveEpisode(ep);
}

/** After a write: the server's answer when it has everything, else /decide, else the device's engine. */
async function answer(): Promise<void> {
  const { user, episode } = getState();
  if (user && episode?.id) {
    const before = getState().decision;
    const allSent = await flushOutbox();
    if (allSent) setState({ previousDecision: before });
    else await decideOffline({ keepPrevious: true });
  } else if (getState().online) {
    await refreshDecision({ keepPrevious: true });
  } else {
    await decideOffline({ keepPrevious: true });
  }
  await saveDecisions(getState().decision, getState().previousDecision);
}

export async function startEpisode(
  input: Pick<Episode, "runner" | "injury"> & { checkIn: CheckIn },
): Promise<void> {
  const ep: LocalEpisode = {
    id: null,
    runner: input.runner,
    injury: input.injury,
    checkIns: [{ ...input.checkIn, clientId: newClientId(), synced: false }],
    runs: [],
    exerciseLogs: [],
  };
  setState({ decision: null, previousDecision: null });
  await commit(ep);
  if (getState().user) {
    try {
      await keepAnonymousEpisode(ep);
      await saveDecisions(getState().decision, null);
      return;
    } catch {
      // Offline while signed in: answer on the device; the episode is kept when the runner is back online.
    }
  }
  await answer();
}

function insertByDate<T extends { date: string }>(list: readonly T[], item: T): T[] {
  const i = list.findIndex((x) => x.date > item.date);
  return i < 0 ? [...list, item] : [...list.slice(0, i), item, ...list.slice(i)];
}

export async function addCheckIn(checkIn: CheckIn): Promise<void> {
  const ep = getState().episode;
  if (!ep) throw new Error("There is no injury recorded yet: start with the assessment.");
  const clientId = newClientId();
  await commit({
    ...ep,
    checkIns: insertByDate(ep.checkIns, { ...checkIn, clientId, synced: ep.id === null }),
  });
  if (ep.id) await enqueue({ kind: "checkIn", clientId, seq: seq++, body: { ...checkIn, clientId } });
  await answer();
}

export async function addRun(run: Run): Promise<void> {
  const ep = getState().episode;
  if (!ep) throw new Error("There is no injury recorded yet: start with the assessment.");
  const clientId = newClientId();
  await commit({ ...ep, runs: insertByDate(ep.runs, { ...run, clientId, synced: ep.id === null }) });
  if (ep.id) await enqueue({ kind: "run", clientId, seq: seq++, body: { ...run, clientId } });
  await answer();
}

export async function setNextMorningPain(runClientId: string, pain: number): Promise<void> {
  const ep = getState().episode;
  const run = ep?.runs.find((r) => r.clientId === runClientId);
  if (!ep || !run) throw new Error("That run is not on this device.");
  await commit({
    ...ep,
    runs: ep.runs.map((r) => (r.clientId === runClientId ? { ...r, painNextMorning: pain } : r)),
  });
  if (ep.id) {
    const waiting = (await deviceStore.outboxAll<OutboxItem>()).find(
      (i) => i.kind === "run" && i.clientId === runClientId,
    );
    if (waiting?.kind === "run")
      await enqueue({ ...waiting, body: { ...waiting.body, painNextMorning: pain } });
    else await enqueue({ kind: "runMorning", clientId: newClientId(), seq: seq++, runClientId, pain });
  }
  await answer();
}

export async function logExercise(log: Omit<ExerciseLogInput, "clientId">): Promise<void> {
  const ep = getState().episode;
  if (!ep) throw new Error("There is no injury recorded yet: start with the assessment.");
  const body: ExerciseLogInput = { ...log, clientId: newClientId() };
  await commit({ ...ep, exerciseLogs: [...ep.exerciseLogs, { ...body, synced: false }] });
  if (ep.id) {
    await enqueue({ kind: "exerciseLog", clientId: body.clientId, seq: seq++, body });
    await flushOutbox();
  }
}

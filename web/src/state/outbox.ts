// Writes made on the device wait here until the server has them. Each carries a clientId (uuid) that
// the server dedupes on, so a retry after a lost answer never doubles a row.
import type { CheckIn, Run } from "../../../src/domain/episode.ts";
import { api, ApiError, NetworkError, type ExerciseLogInput } from "../api.ts";
import { localToday } from "../today.ts";
import { deviceStore } from "./device-store.ts";
import { getState, setState, type LocalEpisode } from "./app-state.ts";
import { saveEpisode } from "./persist.ts";

export type OutboxItem =
  | {
      readonly kind: "checkIn";
      readonly clientId: string;
      readonly seq: number;
      readonly body: CheckIn & { clientId: string };
    }
  | {
      readonly kind: "run";
      readonly clientId: string;
      readonly seq: number;
      readonly body: Run & { clientId: string };
    }
  | {
      readonly kind: "runMorning";
      readonly clientId: string;
      readonly seq: number;
      readonly runClientId: string;
      readonly pain: number;
    }
  | {
      readonly kind: "exerciseLog";
      readonly clientId: string;
      readonly seq: number;
      readonly body: ExerciseLogInput;
    };

export async function enqueue(item: OutboxItem): Promise<void> {
  await deviceStore.outboxPut(item);
  await countPending();
}

export async function countPending(): Promise<number> {
  const items = await deviceStore.outboxAll<OutboxItem>();
  setState({ pending: items.length });
  return items.length;
}

let flushing: Promise<boolean> | null = null;

/** Sends what is waiting, oldest first; true when everything is on the server. One flush at a time. */
export function flushOutbox(): Promise<boolean> {
  flushing ??= doFlush().finally(() => {
    flushing = null;
  });
  return flushing;
}

async function doFlush(): Promise<boolean> {
  const { user, episode } = getState();
  if (!user || !episode?.id) return (await countPending()) === 0;
  const items = (await deviceStore.outboxAll<OutboxItem>()).sort((a, b) => a.seq - b.seq);
  const problems: string[] = [];
  for (const item of items) {
    try {
      await send(episode.id, item);
      await deviceStore.outboxDelete(item.clientId);
    } catch (e) {
      if (e instanceof NetworkError) {
        setState({ online: false });
        await countPending();
        return false;
      }
      // The server refused it for good (bad data): say so, and do not block the rest of the queue.
      const why =
        e instanceof ApiError
          ? `${e.message}${e.issues.map((i) => ` ${i.path}: ${i.message}`).join(";")}`
          : String(e);
      problems.push(`${describe(item)} was not accepted: ${why}`);
      await deviceStore.outboxDelete(item.clientId);
    }
  }
  setState({ syncProblems: problems, online: true });
  return (await countPending()) === 0;
}

function describe(item: OutboxItem): string {
  switch (item.kind) {
    case "checkIn":
      return `The check-in of ${item.body.date}`;
    case "run":
      return `The run of ${item.body.date}`;
    case "runMorning":
      return "The next-morning pain";
    case "exerciseLog":
      return `The exercise log of ${item.body.date}`;
  }
}

async function send(episodeId: string, item: OutboxItem): Promise<void> {
  const today = localToday();
  switch (item.kind) {
    case "checkIn": {
      const r = await api.addCheckIn(episodeId, today, item.body);
      markSynced("checkIns", item.clientId, r.checkIn.id);
      setState({ decision: r.decision, decisionSource: "server" });
      return;
    }
    case "run": {
      const r = await api.addRun(episodeId, today, item.body);
      markSynced("runs", item.clientId, r.run.id);
      setState({ decision: r.decision, decisionSource: "server" });
      return;
    }
    case "runMorning": {
      const run = getState().episode?.runs.find((x) => x.clientId === item.runClientId);
      if (!run?.id) throw new ApiError(409, "conflict", "its run is not on the server yet");
      const r = await api.patchRun(episodeId, run.id, today, item.pain);
      setState({ decision: r.decision, decisionSource: "server" });
      return;
    }
    case "exerciseLog": {
      await api.addExerciseLog(episodeId, today, item.body);
      markSynced("exerciseLogs", item.clientId, undefined);
      return;
    }
  }
}

function markSynced(
  list: "checkIns" | "runs" | "exerciseLogs",
  clientId: string,
  id: string | undefined,
): void {
  const ep = getState().episode;
  if (!ep) return;
  const updated = (ep[list] as readonly { clientId: string }[]).map((x) =>
    x.clientId === clientId ? { ...x, synced: true, ...(id ? { id } : {}) } : x,
  );
  const next = { ...ep, [list]: updated } as LocalEpisode;
  setState({ episode: next });
  void saveEpisode(next);
}

// Starting the app, signing up, in and out: the server's episode replaces the device's copy, except
// for what the device has not synced yet.
import { api, ApiError, NetworkError, type StoredEpisode, type User } from "../api.ts";
import { deviceTimeZone, localToday } from "../today.ts";
import { deviceStore } from "./device-store.ts";
import { getState, setState, stripCheckIn, stripRun, type LocalEpisode } from "./app-state.ts";
import { countPending, enqueue, flushOutbox } from "./outbox.ts";
import { loadSaved, saveDecisions, saveEpisode } from "./persist.ts";
import { decideOffline, refreshDecision } from "./decide.ts";

export async function boot(): Promise<void> {
  const saved = await loadSaved().catch(() => null);
  if (saved) setState({ ...saved, decisionSource: saved.decision ? "device" : null });
  await countPending().catch(() => 0);
  setState({ ready: true });
  window.addEventListener("online", () => void reconnect());
  window.addEventListener("offline", () => setState({ online: false }));
  await reconnect();
}

/** Back online (or starting): who am I, the server's episode, then send what waited. */
export async function reconnect(): Promise<void> {
  try {
    const { user } = await api.session();
    setState({ online: true });
    await setUser(user);
    if (user) {
      await pullEpisode();
      await flushOutbox();
      await saveDecisions(getState().decision, getState().previousDecision);
    } else if (getState().episode) {
      await refreshDecision();
    }
  } catch (e) {
    if (e instanceof NetworkError) {
      setState({ online: false });
      if (getState().episode && !getState().decision) await decideOffline();
    } else throw e;
  }
}

async function setUser(user: User | null): Promise<void> {
  setState({ user, ...(user ? { units: user.units } : {}) });
  await (user ? deviceStore.set("user", user) : deviceStore.remove("user"));
  if (user) await deviceStore.set("units", user.units);
}

/** The server's current episode, merged with the device's unsynced rows. */
export async function pullEpisode(): Promise<void> {
  const local = getState().episode;
  try {
    const { episode, decision } = await api.currentEpisode(localToday());
    const merged = mergeEpisode(episode, local?.id === episode.id ? local : null);
    setState({ episode: merged, decision, decisionSource: "server" });
    await saveEpisode(merged);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      if (local && local.id === null) await keepAnonymousEpisode(local);
      else if (local) {
        setState({ episode: null, decision: null });
        await saveEpisode(null);
      }
      return;
    }
    throw e;
  }
}

function mergeEpisode(server: StoredEpisode, local: LocalEpisode | null): LocalEpisode {
  const known = (list: readonly { clientId: string }[]) => new Set(list.map((x) => x.clientId));
  const serverCheckIns = known(server.checkIns);
  const serverRuns = known(server.runs);
  const serverLogs = known(server.exerciseLogs);
  const byDate = <T extends { date: string }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  return {
    id: server.id,
    runner: server.runner,
    injury: server.injury,
    ...(server.history ? { history: server.history } : {}),
    pendingRuns: server.pendingRuns ?? [],
    checkIns: [
      ...server.checkIns.map((c) => ({ ...stripCheckIn(c), clientId: c.clientId, id: c.id, synced: true })),
      ...(local?.checkIns.filter((c) => !c.synced && !serverCheckIns.has(c.clientId)) ?? []),
    ].sort(byDate),
    runs: [
      ...server.runs.map((r) => ({ ...stripRun(r), clientId: r.clientId, id: r.id, synced: true })),
      ...(local?.runs.filter((r) => !r.synced && !serverRuns.has(r.clientId)) ?? []),
    ].sort(byDate),
    exerciseLogs: [
      ...server.exerciseLogs.map(({ id: _id, ...l }) => ({ ...l, synced: true })),
      ...(local?.exerciseLogs.filter((l) => !l.synced && !serverLogs.has(l.clientId)) ?? []),
    ],
  };
}

/** Creating an account keeps the anonymous assessment: the whole episode goes to the server. */
export async function keepAnonymousEpisode(local: LocalEpisode): Promise<void> {
  const { episode, decision } = await api.createEpisode({
    today: localToday(),
    runner: local.runner,
    injury: local.injury,
    checkIns: local.checkIns.map(stripCheckIn),
    ...(local.runs.length > 0 ? { runs: local.runs.map(stripRun) } : {}),
    ...(local.history ? { history: local.history } : {}),
  });
  const merged = mergeEpisode(episode, null);
  // Exercise logs are not part of the episode body: they follow through the outbox.
  const withLogs: LocalEpisode = { ...merged, exerciseLogs: local.exerciseLogs };
  setState({ episode: withLogs, decision, decisionSource: "server" });
  await saveEpisode(withLogs);
  let seq = Date.now();
  for (const log of local.exerciseLogs.filter((l) => !l.synced)) {
    const { synced: _s, ...body } = log;
    await enqueue({ kind: "exerciseLog", clientId: log.clientId, seq: seq++, body });
  }
}

/** An account made before time zones were kept gets the device's, once; Settings can change it. */
async function withTimeZone(user: User): Promise<User> {
  const timeZone = deviceTimeZone();
  if (user.timeZone !== null || timeZone === null) return user;
  try {
    return await api.updateMe({ timeZone });
  } catch {
    return user; // offline or refused: the account keeps none, and Settings offers it
  }
}

export async function signUp(email: string, password: string): Promise<void> {
  // The server dates imported runs and "today" in the runner's zone: the device's, sent once.
  const { user } = await api.signUp(email, password, deviceTimeZone());
  await setUser(user);
  await pullEpisode();
  await flushOutbox();
}

export async function signIn(email: string, password: string): Promise<void> {
  const { user } = await api.signIn(email, password);
  await setUser(await withTimeZone(user));
  await pullEpisode();
  await flushOutbox();
}

/** Signing out leaves nothing of the account on this device. */
export async function signOut(): Promise<void> {
  await api.signOut().catch(() => undefined);
  await forgetDevice();
}

export async function forgetDevice(): Promise<void> {
  await deviceStore.clearAll();
  if ("caches" in window) await caches.delete("api-get").catch(() => false);
  setState({
    user: null,
    episode: null,
    decision: null,
    previousDecision: null,
    decisionSource: null,
    pending: 0,
    syncProblems: [],
  });
}

// Answering or dismissing an imported run: the server turns it into a real run (or drops it), then the
// device takes the server's episode and decision, keeping the one before for "what changed".
import { getState, setState } from "../state/app-state.ts";
import { flushOutbox } from "../state/outbox.ts";
import { saveDecisions } from "../state/persist.ts";
import { pullEpisode } from "../state/session-actions.ts";
import { localToday } from "../today.ts";
import { importApi, type PainAnswers } from "./import-api.ts";

function episodeId(): string {
  const id = getState().episode?.id;
  if (!id) throw new Error("Imported runs belong to an episode kept on the server: sign in first.");
  return id;
}

/** Sends the pain answers; returns the decision before and after. */
export async function answerPendingRun(pendingId: string, answers: PainAnswers) {
  const id = episodeId();
  // Runs waiting in the outbox go first: the server keeps runs in date order.
  await flushOutbox();
  const before = getState().decision;
  const { decision } = await importApi.answerPending(id, pendingId, localToday(), answers);
  await pullEpisode();
  setState({ decision, previousDecision: before, decisionSource: "server" });
  await saveDecisions(decision, before);
  return { before, after: decision };
}

export async function dismissPendingRun(pendingId: string): Promise<void> {
  await importApi.dismissPending(episodeId(), pendingId);
  await pullEpisode();
}

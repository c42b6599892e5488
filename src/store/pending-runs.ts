// Pending runs: a phase-3 run made from an imported activity, waiting for the runner's pain answers.
// It does not feed the engine until answered; answering turns it into a real run (episode-entries.ts).
import type { Kysely, Selectable } from "kysely";
import type { RunStage } from "../domain/decision.ts";
import type { Database, PendingRunTable } from "./schema.ts";
import { newId } from "./ids.ts";

/** Whether the imported run kept within the current stage's limits (the engine's stage table). */
export interface StageCheck {
  readonly runStage: RunStage;
  readonly maxMinutes: number;
  readonly maxEffort: number;
  readonly withinMinutes: boolean;
  readonly withinEffort: boolean;
  readonly withinLimits: boolean;
}

export interface PendingRunFacts {
  readonly date: string;
  /** Moving time. */
  readonly minutes: number;
  readonly distanceKm?: number;
  /** Average moving speed over the runner's own top 10 s speed, 0..1; null without a top speed. */
  readonly effort: number | null;
  readonly stageCheck: StageCheck | null;
}

export interface PendingRun extends PendingRunFacts {
  readonly id: string;
  readonly activityId: string;
  /** What the app asks: only the pain questions (the rest came from the file). */
  readonly needs: readonly ["painDuring", "painRose", "stoppedEarly", "limp", "painAfter"];
}

const NEEDS = ["painDuring", "painRose", "stoppedEarly", "limp", "painAfter"] as const;

/** Adds a pending run for the activity, once per episode; returns its id (new or existing). */
export async function addPendingRun(
  db: Kysely<Database>,
  target: { userId: string; episodeId: string; activityId: string; at: string },
  facts: PendingRunFacts,
): Promise<string> {
  await db
    .insertInto("pending_runs")
    .values({
      id: newId(),
      episode_id: target.episodeId,
      user_id: target.userId,
      activity_id: target.activityId,
      date: facts.date,
      body: JSON.stringify(facts),
      created_at: target.at,
    })
    .onConflict((oc) => oc.columns(["episode_id", "activity_id"]).doNothing())
    .execute();
  const row = await db
    .selectFrom("pending_runs")
    .select("id")
    .where("episode_id", "=", target.episodeId)
    .where("activity_id", "=", target.activityId)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listPendingRuns(db: Kysely<Database>, episodeId: string): Promise<PendingRun[]> {
  const rows = await db
    .selectFrom("pending_runs")
    .selectAll()
    .where("episode_id", "=", episodeId)
    .orderBy("date")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(toPendingRun);
}

export async function findPendingRun(
  db: Kysely<Database>,
  userId: string,
  episodeId: string,
  id: string,
): Promise<PendingRun | null> {
  const row = await db
    .selectFrom("pending_runs")
    .selectAll()
    .where("id", "=", id)
    .where("episode_id", "=", episodeId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row ? toPendingRun(row) : null;
}

export async function deletePendingRun(db: Kysely<Database>, userId: string, id: string): Promise<void> {
  await db.deleteFrom("pending_runs").where("id", "=", id).where("user_id", "=", userId).execute();
}

function toPendingRun(row: Selectable<PendingRunTable>): PendingRun {
  return {
    ...(JSON.parse(row.body) as PendingRunFacts),
    id: row.id,
    activityId: row.activity_id,
    needs: NEEDS,
  };
}

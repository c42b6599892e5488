// Injury episodes and their rows, read back as one StoredEpisode (what the API returns and what the
// engine's Episode is assembled from). Every read is scoped by the owner's user id.
import type { Kysely, Selectable } from "kysely";
import { addDays } from "../domain/dates.ts";
import type { CheckIn, Injury, Run, Runner } from "../domain/episode.ts";
import type { CheckInTable, Database, EpisodeTable, ExerciseLogTable, RunTable } from "./schema.ts";
import { newId } from "./ids.ts";
import { listRunsSince } from "./activities.ts";
import { listPendingRuns, type PendingRun } from "./pending-runs.ts";

export type History = { readonly longestRunLast30DaysKm?: number | undefined };
export type StoredCheckIn = CheckIn & { readonly id: string; readonly clientId: string };
export type RunSource = RunTable["source"];
export type StoredRun = Run & { readonly id: string; readonly clientId: string; readonly source: RunSource; readonly activityId?: string };

export interface ExerciseLogInput {
  readonly clientId: string;
  readonly date: string;
  readonly exerciseId: string;
  readonly sets: number;
  readonly reps?: number | undefined;
  readonly holdSeconds?: number | undefined;
  readonly loadKg?: number | undefined;
  readonly band?: string | undefined;
  readonly pain: number;
  readonly note?: string | undefined;
}
export type ExerciseLog = ExerciseLogInput & { readonly id: string };

export interface StoredEpisode {
  readonly id: string;
  readonly status: EpisodeTable["status"];
  readonly createdAt: string;
  readonly runner: Runner;
  readonly injury: Injury;
  readonly history?: History;
  readonly checkIns: readonly StoredCheckIn[];
  readonly runs: readonly StoredRun[];
  readonly exerciseLogs: readonly ExerciseLog[];
  /** Imported phase-3 runs waiting for the pain answers (not yet runs the engine reads). */
  readonly pendingRuns?: readonly PendingRun[];
  /**
   * The runner's imported runs from 31 days before the injury on: the decision fills
   * history.longestRunLast30DaysKm from them when the episode has none (episode-decision.ts).
   */
  readonly importedRuns?: readonly ImportedRun[];
}

export interface ImportedRun {
  readonly start: string;
  /** The local date of the run (activities.local_date). */
  readonly localDate: string;
  readonly distanceM: number;
  readonly durationS: number;
  readonly movingTimeS: number;
}

/** Any run that can fall within 30 days of a day on or after the injury starts no earlier than this. */
const IMPORTED_RUNS_BEFORE_INJURY_DAYS = 31;

export interface EpisodeSummary {
  readonly id: string;
  readonly status: EpisodeTable["status"];
  readonly injuryDate: string;
  readonly createdAt: string;
}

export interface NewEpisode {
  readonly userId: string;
  readonly clientId?: string | undefined;
  readonly runner: Runner;
  readonly injury: Injury;
  readonly history?: History | undefined;
  readonly checkIns: readonly (CheckIn & { readonly clientId?: string | undefined })[];
  readonly runs: readonly (Run & { readonly clientId?: string | undefined; readonly source?: RunSource | undefined })[];
  readonly at: string;
}

/** Stores a first assessment and closes the runner's earlier active episode, in one transaction. The same clientId twice gives the stored episode. */
export async function createEpisode(db: Kysely<Database>, input: NewEpisode): Promise<{ episode: StoredEpisode; created: boolean }> {
  const id = await db.transaction().execute(async (trx) => {
    if (input.clientId !== undefined) {
      const existing = await trx
        .selectFrom("episodes")
        .select("id")
        .where("user_id", "=", input.userId)
        .where("client_id", "=", input.clientId)
        .executeTakeFirst();
      if (existing) return { id: existing.id, created: false };
    }
    await trx.updateTable("episodes").set({ status: "closed", updated_at: input.at }).where("user_id", "=", input.userId).where("status", "=", "active").execute();
    const episodeId = newId();
    await trx
      .insertInto("episodes")
      .values({
        id: episodeId,
        user_id: input.userId,
        client_id: input.clientId ?? null,
        status: "active",
        injury_date: input.injury.date,
        runner: JSON.stringify(input.runner),
        injury: JSON.stringify(input.injury),
        history: input.history ? JSON.stringify(input.history) : null,
        created_at: input.at,
        updated_at: input.at,
      })
      .execute();
    const common = { episode_id: episodeId, user_id: input.userId, created_at: input.at };
    if (input.checkIns.length > 0) {
      await trx
        .insertInto("check_ins")
        .values(input.checkIns.map(({ clientId, ...checkIn }, i) => ({ ...common, id: newId(), client_id: clientId ?? newId(), seq: i + 1, date: checkIn.date, body: JSON.stringify(checkIn) })))
        .execute();
    }
    if (input.runs.length > 0) {
      await trx
        .insertInto("runs")
        .values(input.runs.map(({ clientId, source, ...run }, i) => ({ ...common, id: newId(), client_id: clientId ?? newId(), seq: i + 1, date: run.date, source: source ?? "manual", activity_id: null, body: JSON.stringify(run) })))
        .execute();
    }
    return { id: episodeId, created: true };
  });
  const episode = await loadEpisode(db, input.userId, id.id);
  if (!episode) throw new Error(`episode ${id.id} vanished after it was written`);
  return { episode, created: id.created };
}

export async function listEpisodes(db: Kysely<Database>, userId: string): Promise<EpisodeSummary[]> {
  const rows = await db
    .selectFrom("episodes")
    .select(["id", "status", "injury_date", "created_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ id: r.id, status: r.status, injuryDate: r.injury_date, createdAt: r.created_at }));
}

/** The runner's active episode (the newest, should there ever be two). */
export async function currentEpisodeId(db: Kysely<Database>, userId: string): Promise<string | null> {
  return (await currentEpisodeStart(db, userId))?.id ?? null;
}

/** The runner's active episode's id and injury date (one small row, without loading the episode). */
export async function currentEpisodeStart(
  db: Kysely<Database>,
  userId: string,
): Promise<{ id: string; injuryDate: string } | null> {
  const row = await db
    .selectFrom("episodes")
    .select(["id", "injury_date"])
    .where("user_id", "=", userId)
    .where("status", "=", "active")
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  return row ? { id: row.id, injuryDate: row.injury_date } : null;
}

/** One episode with all its rows, or null when it does not exist or belongs to someone else. */
export async function loadEpisode(db: Kysely<Database>, userId: string, episodeId: string): Promise<StoredEpisode | null> {
  const row = await db.selectFrom("episodes").selectAll().where("id", "=", episodeId).where("user_id", "=", userId).executeTakeFirst();
  if (!row) return null;
  const since = addDays(row.injury_date, -IMPORTED_RUNS_BEFORE_INJURY_DAYS);
  const [checkIns, runs, logs, pendingRuns, importedRuns] = await Promise.all([
    db.selectFrom("check_ins").selectAll().where("episode_id", "=", episodeId).orderBy("date").orderBy("seq").execute(),
    db.selectFrom("runs").selectAll().where("episode_id", "=", episodeId).orderBy("date").orderBy("seq").execute(),
    db.selectFrom("exercise_logs").selectAll().where("episode_id", "=", episodeId).orderBy("date").orderBy("created_at").orderBy("id").execute(),
    listPendingRuns(db, episodeId),
    listRunsSince(db, userId, since),
  ]);
  return {
    id: row.id,
    status: row.status,
    createdAt: row.created_at,
    runner: JSON.parse(row.runner) as Runner,
    injury: JSON.parse(row.injury) as Injury,
    ...(row.history ? { history: JSON.parse(row.history) as History } : {}),
    checkIns: checkIns.map(toCheckIn),
    runs: runs.map(toRun),
    exerciseLogs: logs.map(toExerciseLog),
    pendingRuns,
    importedRuns,
  };
}

export function toCheckIn(row: Selectable<CheckInTable>): StoredCheckIn {
  return { ...(JSON.parse(row.body) as CheckIn), id: row.id, clientId: row.client_id };
}

export function toRun(row: Selectable<RunTable>): StoredRun {
  return {
    ...(JSON.parse(row.body) as Run),
    id: row.id,
    clientId: row.client_id,
    source: row.source,
    ...(row.activity_id ? { activityId: row.activity_id } : {}),
  };
}

export function toExerciseLog(row: Selectable<ExerciseLogTable>): ExerciseLog {
  return {
    id: row.id,
    clientId: row.client_id,
    date: row.date,
    exerciseId: row.exercise_id,
    sets: row.sets,
    ...(row.reps !== null ? { reps: row.reps } : {}),
    ...(row.hold_seconds !== null ? { holdSeconds: row.hold_seconds } : {}),
    ...(row.load_kg !== null ? { loadKg: row.load_kg } : {}),
    ...(row.band !== null ? { band: row.band } : {}),
    pain: row.pain,
    ...(row.note !== null ? { note: row.note } : {}),
  };
}

export interface EpisodePatch {
  readonly runner?: Runner | undefined;
  readonly history?: History | undefined;
  readonly status?: EpisodeTable["status"] | undefined;
}

/** Changes an episode; making one active closes the runner's other active one. False when not the runner's. */
export async function updateEpisode(db: Kysely<Database>, userId: string, episodeId: string, patch: EpisodePatch, at: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable("episodes")
      .set({
        updated_at: at,
        ...(patch.runner ? { runner: JSON.stringify(patch.runner) } : {}),
        ...(patch.history ? { history: JSON.stringify(patch.history) } : {}),
        ...(patch.status ? { status: patch.status } : {}),
      })
      .where("id", "=", episodeId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) return false;
    if (patch.status === "active") {
      await trx.updateTable("episodes").set({ status: "closed", updated_at: at }).where("user_id", "=", userId).where("status", "=", "active").where("id", "!=", episodeId).execute();
    }
    return true;
  });
}

// Adding check-ins, runs and exercise logs to an episode: one transaction each that takes the episode's
// row lock (an UPDATE, portable to both databases), returns the stored row for a clientId already seen,
// lets the caller validate against the episode as stored, then inserts.
import type { Kysely, Transaction } from "kysely";
import type { CheckIn, Run } from "../domain/episode.ts";
import type { Database } from "./schema.ts";
import { newId } from "./ids.ts";
import {
  loadEpisode,
  toCheckIn,
  toExerciseLog,
  toRun,
  type ExerciseLog,
  type ExerciseLogInput,
  type RunSource,
  type StoredCheckIn,
  type StoredEpisode,
  type StoredRun,
} from "./episodes.ts";

export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** What the caller checks before anything is written: the episode as stored, and the new row. */
export type Validate<T> = (episode: StoredEpisode, entry: T) => readonly Issue[];

export type EntryResult<R> =
  | { readonly kind: "created" | "existing"; readonly row: R; readonly episode: StoredEpisode }
  | { readonly kind: "not_found" }
  | { readonly kind: "invalid"; readonly issues: readonly Issue[] };

interface EntryTarget {
  readonly userId: string;
  readonly episodeId: string;
  readonly at: string;
}

class Rejected extends Error {
  constructor(readonly result: EntryResult<never>) {
    super(result.kind);
  }
}

/** Runs `work` holding the episode's lock; a Rejected result rolls everything back (bad input writes nothing). */
async function withEpisodeLock<R>(db: Kysely<Database>, target: EntryTarget, work: (trx: Transaction<Database>) => Promise<EntryResult<R>>): Promise<EntryResult<R>> {
  try {
    return await db.transaction().execute(async (trx) => {
      const locked = await trx
        .updateTable("episodes")
        .set({ updated_at: target.at })
        .where("id", "=", target.episodeId)
        .where("user_id", "=", target.userId)
        .executeTakeFirst();
      if (Number(locked.numUpdatedRows) === 0) throw new Rejected({ kind: "not_found" });
      return work(trx);
    });
  } catch (e) {
    if (e instanceof Rejected) return e.result;
    throw e;
  }
}

async function mustLoad(trx: Transaction<Database>, target: EntryTarget): Promise<StoredEpisode> {
  const episode = await loadEpisode(trx, target.userId, target.episodeId);
  if (!episode) throw new Error(`episode ${target.episodeId} vanished under its own lock`);
  return episode;
}

async function nextSeq(trx: Transaction<Database>, table: "check_ins" | "runs", episodeId: string): Promise<number> {
  const row = await trx.selectFrom(table).select((eb) => eb.fn.max("seq").as("seq")).where("episode_id", "=", episodeId).executeTakeFirst();
  return Number(row?.seq ?? 0) + 1;
}

export async function addCheckIn(
  db: Kysely<Database>,
  target: EntryTarget & { readonly clientId: string; readonly checkIn: CheckIn },
  validate: Validate<CheckIn>,
): Promise<EntryResult<StoredCheckIn>> {
  return withEpisodeLock(db, target, async (trx) => {
    const existing = await trx.selectFrom("check_ins").selectAll().where("episode_id", "=", target.episodeId).where("client_id", "=", target.clientId).executeTakeFirst();
    if (existing) return { kind: "existing", row: toCheckIn(existing), episode: await mustLoad(trx, target) };
    const before = await mustLoad(trx, target);
    const issues = validate(before, target.checkIn);
    if (issues.length > 0) throw new Rejected({ kind: "invalid", issues });
    const row = await trx
      .insertInto("check_ins")
      .values({
        id: newId(),
        episode_id: target.episodeId,
        user_id: target.userId,
        client_id: target.clientId,
        seq: await nextSeq(trx, "check_ins", target.episodeId),
        date: target.checkIn.date,
        body: JSON.stringify(target.checkIn),
        created_at: target.at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const stored = toCheckIn(row);
    return { kind: "created", row: stored, episode: { ...before, checkIns: [...before.checkIns, stored] } };
  });
}

export async function addRun(
  db: Kysely<Database>,
  target: EntryTarget & { readonly clientId: string; readonly run: Run; readonly source: RunSource; readonly activityId?: string | undefined },
  validate: Validate<Run>,
): Promise<EntryResult<StoredRun>> {
  return withEpisodeLock(db, target, async (trx) => {
    const existing = await trx.selectFrom("runs").selectAll().where("episode_id", "=", target.episodeId).where("client_id", "=", target.clientId).executeTakeFirst();
    if (existing) return { kind: "existing", row: toRun(existing), episode: await mustLoad(trx, target) };
    const before = await mustLoad(trx, target);
    const issues = validate(before, target.run);
    if (issues.length > 0) throw new Rejected({ kind: "invalid", issues });
    if (target.activityId !== undefined) {
      const owned = await trx.selectFrom("activities").select("id").where("id", "=", target.activityId).where("user_id", "=", target.userId).executeTakeFirst();
      if (!owned) throw new Rejected({ kind: "invalid", issues: [{ path: "activityId", message: "is not one of your imported activities" }] });
    }
    const row = await trx
      .insertInto("runs")
      .values({
        id: newId(),
        episode_id: target.episodeId,
        user_id: target.userId,
        client_id: target.clientId,
        seq: await nextSeq(trx, "runs", target.episodeId),
        date: target.run.date,
        source: target.source,
        activity_id: target.activityId ?? null,
        body: JSON.stringify(target.run),
        created_at: target.at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const stored = toRun(row);
    return { kind: "created", row: stored, episode: { ...before, runs: [...before.runs, stored] } };
  });
}

/** Sets a run's next-morning pain (asked the day after the run). */
export async function setRunPainNextMorning(db: Kysely<Database>, target: EntryTarget & { readonly runId: string; readonly painNextMorning: number }): Promise<EntryResult<StoredRun>> {
  return withEpisodeLock(db, target, async (trx) => {
    const row = await trx.selectFrom("runs").selectAll().where("id", "=", target.runId).where("episode_id", "=", target.episodeId).executeTakeFirst();
    if (!row) throw new Rejected({ kind: "not_found" });
    const run: Run = { ...(JSON.parse(row.body) as Run), painNextMorning: target.painNextMorning };
    await trx.updateTable("runs").set({ body: JSON.stringify(run) }).where("id", "=", row.id).execute();
    return { kind: "created", row: toRun({ ...row, body: JSON.stringify(run) }), episode: await mustLoad(trx, target) };
  });
}

export async function addExerciseLog(
  db: Kysely<Database>,
  target: EntryTarget & { readonly log: ExerciseLogInput },
  validate: Validate<ExerciseLogInput>,
): Promise<EntryResult<ExerciseLog>> {
  return withEpisodeLock(db, target, async (trx) => {
    const { log } = target;
    const existing = await trx.selectFrom("exercise_logs").selectAll().where("episode_id", "=", target.episodeId).where("client_id", "=", log.clientId).executeTakeFirst();
    if (existing) return { kind: "existing", row: toExerciseLog(existing), episode: await mustLoad(trx, target) };
    const before = await mustLoad(trx, target);
    const issues = validate(before, log);
    if (issues.length > 0) throw new Rejected({ kind: "invalid", issues });
    const row = await trx
      .insertInto("exercise_logs")
      .values({
        id: newId(),
        episode_id: target.episodeId,
        user_id: target.userId,
        client_id: log.clientId,
        date: log.date,
        exercise_id: log.exerciseId,
        sets: log.sets,
        reps: log.reps ?? null,
        hold_seconds: log.holdSeconds ?? null,
        load_kg: log.loadKg ?? null,
        band: log.band ?? null,
        pain: log.pain,
        note: log.note ?? null,
        created_at: target.at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const stored = toExerciseLog(row);
    return { kind: "created", row: stored, episode: { ...before, exerciseLogs: [...before.exerciseLogs, stored] } };
  });
}

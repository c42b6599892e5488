// Imported activities (from watch files): the summary a run log and the load analysis need, not the samples.
import type { Kysely } from "kysely";
import type { Activity, ActivitySummary, Sport } from "../activities/activity.ts";
import { encodeTrace } from "../activities/activity-trace.ts";
import { bestSustainedSpeed, traceSpeed } from "../domain/load/speed-trace.ts";
import type { Database } from "./schema.ts";
import { newId } from "./ids.ts";

export interface StoredActivity {
  readonly id: string;
  readonly start: string;
  readonly sport: Sport;
  readonly durationS: number;
  readonly distanceM: number;
  readonly fileName: string;
  readonly fingerprint: string | null;
  readonly summary: ActivitySummary;
}

export type NewActivity = Omit<StoredActivity, "id"> & {
  /** The packed 5 s speed/cadence trace (activity-trace.ts). */
  readonly trace?: string | null;
  readonly bestSpeedMps?: number | null;
};

/** Same start, sport, duration and distance: the same activity, whichever file or export it came from. */
export function activityFingerprint(activity: Activity): string {
  const s = activity.summary;
  return `${activity.start}|${activity.sport}|${Math.round(s.durationS)}|${Math.round(s.distanceM)}`;
}

/** What is kept of a decoded activity: its summary, a compact trace and its best 10 s speed (not the samples). */
export function newActivityFrom(activity: Activity, fileName: string): NewActivity {
  return {
    start: activity.start,
    sport: activity.sport,
    durationS: activity.summary.durationS,
    distanceM: activity.summary.distanceM,
    fileName,
    fingerprint: activityFingerprint(activity),
    summary: activity.summary,
    trace: encodeTrace(activity.samples),
    bestSpeedMps: activity.samples.length > 0 ? bestSustainedSpeed(traceSpeed(activity.samples)) : null,
  };
}

/** Stores activities; one whose fingerprint the user already has is skipped. Returns the ids, stored or found. */
export async function saveActivities(db: Kysely<Database>, userId: string, activities: readonly NewActivity[], at: string): Promise<{ id: string; created: boolean }[]> {
  if (activities.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    const out: { id: string; created: boolean }[] = [];
    for (const a of activities) {
      const inserted = await trx
        .insertInto("activities")
        .values({
          id: newId(),
          user_id: userId,
          start: a.start,
          sport: a.sport,
          duration_s: a.durationS,
          distance_m: a.distanceM,
          file_name: a.fileName,
          fingerprint: a.fingerprint,
          summary: JSON.stringify(a.summary),
          trace: a.trace ?? null,
          best_speed_mps: a.bestSpeedMps ?? null,
          created_at: at,
        })
        .onConflict((oc) => oc.columns(["user_id", "fingerprint"]).doNothing())
        .returning("id")
        .executeTakeFirst();
      if (inserted) {
        out.push({ id: inserted.id, created: true });
      } else {
        const found = await trx.selectFrom("activities").select("id").where("user_id", "=", userId).where("fingerprint", "=", a.fingerprint).executeTakeFirstOrThrow();
        out.push({ id: found.id, created: false });
      }
    }
    return out;
  });
}

export async function listActivities(db: Kysely<Database>, userId: string, range: { readonly from?: string; readonly to?: string } = {}): Promise<StoredActivity[]> {
  let q = db.selectFrom("activities").select(["id", "start", "sport", "duration_s", "distance_m", "file_name", "fingerprint", "summary"]).where("user_id", "=", userId);
  if (range.from !== undefined) q = q.where("start", ">=", range.from);
  if (range.to !== undefined) q = q.where("start", "<", range.to);
  const rows = await q.orderBy("start").orderBy("id").execute();
  return rows.map((r) => ({
    id: r.id,
    start: r.start,
    sport: r.sport as Sport,
    durationS: r.duration_s,
    distanceM: r.distance_m,
    fileName: r.file_name,
    fingerprint: r.fingerprint,
    summary: JSON.parse(r.summary) as ActivitySummary,
  }));
}

export interface TracedActivity {
  readonly id: string;
  readonly start: string;
  readonly sport: Sport;
  readonly durationS: number;
  readonly movingTimeS: number;
  readonly distanceM: number;
  readonly trace: string | null;
}

/** Every activity of the user with its trace, oldest first: the load report's input. */
export async function listTracedActivities(db: Kysely<Database>, userId: string): Promise<TracedActivity[]> {
  const rows = await db.selectFrom("activities").select(["id", "start", "sport", "duration_s", "distance_m", "summary", "trace"]).where("user_id", "=", userId).orderBy("start").orderBy("id").execute();
  return rows.map((r) => ({
    id: r.id,
    start: r.start,
    sport: r.sport as Sport,
    durationS: r.duration_s,
    movingTimeS: (JSON.parse(r.summary) as ActivitySummary).movingTimeS,
    distanceM: r.distance_m,
    trace: r.trace,
  }));
}

/** The runner's fastest 10 s speed over their running activities (m/s), or null when none has speed. */
export async function topRunningSpeedMps(db: Kysely<Database>, userId: string): Promise<number | null> {
  const row = await db
    .selectFrom("activities")
    .select((eb) => eb.fn.max("best_speed_mps").as("top"))
    .where("user_id", "=", userId)
    .where("sport", "=", "running")
    .executeTakeFirst();
  return row?.top === null || row?.top === undefined ? null : Number(row.top);
}

/** Running activities starting on or after `fromIso`: the recent runs the episode's history is read from. */
export async function listRunsSince(db: Kysely<Database>, userId: string, fromIso: string): Promise<{ start: string; distanceM: number; durationS: number; movingTimeS: number }[]> {
  const rows = await db.selectFrom("activities").select(["start", "distance_m", "duration_s", "summary"]).where("user_id", "=", userId).where("sport", "=", "running").where("start", ">=", fromIso).orderBy("start").execute();
  return rows.map((r) => ({ start: r.start, distanceM: r.distance_m, durationS: r.duration_s, movingTimeS: (JSON.parse(r.summary) as ActivitySummary).movingTimeS }));
}

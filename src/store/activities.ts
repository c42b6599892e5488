// Imported activities (from watch files): the summary a run log and the load analysis need, not the samples.
import type { Kysely } from "kysely";
import type { Activity, ActivitySummary, Sport } from "../activities/activity.ts";
import { storedFormOf, type StoredForm } from "../activities/stored-form.ts";
import { localDateOf } from "../domain/local-date.ts";
import type { Database } from "./schema.ts";
import { newId } from "./ids.ts";

export interface StoredActivity {
  readonly id: string;
  readonly start: string;
  /** Seconds east of UTC from the file itself; null when it does not say. */
  readonly utcOffsetS: number | null;
  /** The calendar date where the runner was (localDateOf): what reports and run logs date it by. */
  readonly localDate: string;
  readonly sport: Sport;
  readonly durationS: number;
  readonly distanceM: number;
  readonly fileName: string;
  readonly fingerprint: string | null;
  readonly summary: ActivitySummary;
}

/** The local date is worked out when it is stored, from the offset and the runner's time zone. */
export type NewActivity = Omit<StoredActivity, "id" | "utcOffsetS" | "localDate"> & {
  readonly utcOffsetS?: number | null;
  /** The packed 5 s speed/cadence trace (activity-trace.ts). */
  readonly trace?: string | null;
  readonly bestSpeedMps?: number | null;
};

/** Same start, sport, duration and distance: the same activity, whichever file or export it came from. */
export function activityFingerprint(activity: Activity): string {
  const s = activity.summary;
  return `${activity.start}|${activity.sport}|${Math.round(s.durationS)}|${Math.round(s.distanceM)}`;
}

/**
 * What is kept of a decoded activity: its summary, a compact trace and its best 10 s speed (not the samples).
 * `stored`: the trace and best speed already made where the file was decoded (the activity then has no samples).
 */
export function newActivityFrom(activity: Activity, fileName: string, stored?: StoredForm): NewActivity {
  const { trace, bestSpeedMps } = stored ?? storedFormOf(activity.samples);
  return {
    start: activity.start,
    utcOffsetS: activity.utcOffsetS,
    sport: activity.sport,
    durationS: activity.summary.durationS,
    distanceM: activity.summary.distanceM,
    fileName,
    fingerprint: activityFingerprint(activity),
    summary: activity.summary,
    trace,
    bestSpeedMps,
  };
}

/**
 * Stores activities, each dated by its own offset or else the user's time zone; one whose fingerprint the
 * user already has is skipped. Returns the ids, stored or found.
 */
export async function saveActivities(db: Kysely<Database>, userId: string, activities: readonly NewActivity[], at: string): Promise<{ id: string; created: boolean }[]> {
  if (activities.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    const zone = (await trx.selectFrom("users").select("time_zone").where("id", "=", userId).executeTakeFirst())?.time_zone ?? null;
    const out: { id: string; created: boolean }[] = [];
    for (const a of activities) {
      const utcOffsetS = a.utcOffsetS ?? null;
      const inserted = await trx
        .insertInto("activities")
        .values({
          id: newId(),
          user_id: userId,
          start: a.start,
          utc_offset_s: utcOffsetS,
          local_date: localDateOf(a.start, utcOffsetS, zone),
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
        const found = await trx.selectFrom("activities").select(["id", "utc_offset_s"]).where("user_id", "=", userId).where("fingerprint", "=", a.fingerprint).executeTakeFirstOrThrow();
        // Stored before offsets were kept (or from a GPX of the same run): the FIT file's offset dates it now.
        if (found.utc_offset_s === null && utcOffsetS !== null)
          await trx.updateTable("activities").set({ utc_offset_s: utcOffsetS, local_date: localDateOf(a.start, utcOffsetS, zone) }).where("id", "=", found.id).execute();
        out.push({ id: found.id, created: false });
      }
    }
    return out;
  });
}

/** The user's activities, oldest first; `from` and `to` are local dates (YYYY-MM-DD), both included. */
export async function listActivities(db: Kysely<Database>, userId: string, range: { readonly from?: string; readonly to?: string } = {}): Promise<StoredActivity[]> {
  let q = db.selectFrom("activities").select(["id", "start", "utc_offset_s", "local_date", "sport", "duration_s", "distance_m", "file_name", "fingerprint", "summary"]).where("user_id", "=", userId);
  if (range.from !== undefined) q = q.where("local_date", ">=", range.from);
  if (range.to !== undefined) q = q.where("local_date", "<=", range.to);
  const rows = await q.orderBy("start").orderBy("id").execute();
  return rows.map((r) => ({
    id: r.id,
    start: r.start,
    utcOffsetS: r.utc_offset_s,
    localDate: r.local_date,
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
  readonly localDate: string;
  readonly sport: Sport;
  readonly durationS: number;
  readonly movingTimeS: number;
  readonly distanceM: number;
  readonly trace: string | null;
}

/** Every activity of the user with its trace, oldest first: the load report's input. */
export async function listTracedActivities(db: Kysely<Database>, userId: string): Promise<TracedActivity[]> {
  const rows = await db.selectFrom("activities").select(["id", "start", "local_date", "sport", "duration_s", "distance_m", "summary", "trace"]).where("user_id", "=", userId).orderBy("start").orderBy("id").execute();
  return rows.map((r) => ({
    id: r.id,
    start: r.start,
    localDate: r.local_date,
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

/** Running activities on or after the local date `from`: the recent runs the episode's history is read from. */
export async function listRunsSince(db: Kysely<Database>, userId: string, from: string): Promise<{ start: string; localDate: string; distanceM: number; durationS: number; movingTimeS: number }[]> {
  const rows = await db.selectFrom("activities").select(["start", "local_date", "distance_m", "duration_s", "summary"]).where("user_id", "=", userId).where("sport", "=", "running").where("local_date", ">=", from).orderBy("start").execute();
  return rows.map((r) => ({ start: r.start, localDate: r.local_date, distanceM: r.distance_m, durationS: r.duration_s, movingTimeS: (JSON.parse(r.summary) as ActivitySummary).movingTimeS }));
}

/** The local date an activity of the user is stored with, or null when there is no such activity. */
export async function activityLocalDate(db: Kysely<Database>, userId: string, activityId: string): Promise<string | null> {
  const row = await db.selectFrom("activities").select("local_date").where("id", "=", activityId).where("user_id", "=", userId).executeTakeFirst();
  return row?.local_date ?? null;
}

/** Re-dates the user's activities whose file gave no offset by a (new) time zone; returns how many changed. */
export async function relocalizeActivities(db: Kysely<Database>, userId: string, timeZone: string | null): Promise<number> {
  const rows = await db.selectFrom("activities").select(["id", "start", "local_date"]).where("user_id", "=", userId).where("utc_offset_s", "is", null).execute();
  let changed = 0;
  for (const r of rows) {
    const localDate = localDateOf(r.start, null, timeZone);
    if (localDate === r.local_date) continue;
    await db.updateTable("activities").set({ local_date: localDate }).where("id", "=", r.id).execute();
    changed++;
  }
  return changed;
}

// Imported activities (from watch files): the summary a run log and the load analysis need, not the samples.
import type { Kysely } from "kysely";
import type { ActivitySummary, Sport } from "../activities/activity.ts";
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

export type NewActivity = Omit<StoredActivity, "id">;

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
  let q = db.selectFrom("activities").selectAll().where("user_id", "=", userId);
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

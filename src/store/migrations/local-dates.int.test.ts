// Migration 004 on both databases: rows stored before it get their UTC date as local date; down and up again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import { testDatabases, type TestStore } from "../../../test/databases.ts";
import { listActivities, saveActivities } from "../activities.ts";
import { createUser, updateUser } from "../users.ts";
import * as localDates from "./004-local-dates.ts";

const SUMMARY = { durationS: 1800, movingTimeS: 1780, distanceM: 5000, avgPaceSPerKm: 360, bestPaceSPerKm: 300, elevationGainM: null, avgHeartRate: null, avgCadence: null, timeAboveHighSpeedS: null, maxSpeedMps: null };
const at = "2026-03-01T00:00:00.000Z";

describe.each(testDatabases)("migration 004-local-dates on $name", (database) => {
  let store: TestStore;
  beforeAll(async () => (store = await database.open()));
  afterAll(async () => await store?.dispose());

  it("backfills the UTC date into rows stored before it, re-dates them by a new zone or a re-imported offset", async () => {
    const user = await createUser(store.db, { email: "old@example.com", passwordHash: "x", role: "runner", displayName: null, at });
    if (user === "email_taken") throw new Error("taken");
    await localDates.down(store.db as unknown as Kysely<unknown>);
    // A row as 002 knew it: no offset, no local date.
    await (store.db as unknown as Kysely<Record<string, Record<string, unknown>>>)
      .insertInto("activities")
      .values({ id: "old-1", user_id: user.id, start: "2026-02-20T03:00:00.000Z", sport: "running", duration_s: 1800, distance_m: 5000, file_name: "a.gpx", fingerprint: "f1", summary: JSON.stringify(SUMMARY), created_at: at })
      .execute();
    await localDates.up(store.db as unknown as Kysely<unknown>);
    expect(await listActivities(store.db, user.id)).toMatchObject([{ id: "old-1", localDate: "2026-02-20", utcOffsetS: null }]);

    // A new one with its file's offset keeps it through a change of zone; the old one follows the zone.
    await saveActivities(store.db, user.id, [{ start: "2026-02-21T03:00:00.000Z", utcOffsetS: 3600, sport: "running", durationS: 1800, distanceM: 5000, fileName: "b.fit", fingerprint: "f2", summary: SUMMARY }], at);
    expect((await updateUser(store.db, user.id, { timeZone: "America/Los_Angeles" }))?.timeZone).toBe("America/Los_Angeles");
    expect((await listActivities(store.db, user.id)).map((a) => a.localDate)).toEqual(["2026-02-19", "2026-02-21"]);
    await updateUser(store.db, user.id, { timeZone: null });
    expect((await listActivities(store.db, user.id)).map((a) => a.localDate)).toEqual(["2026-02-20", "2026-02-21"]);

    // The old row's FIT file imported again (same fingerprint): not stored twice, but its offset is kept now.
    const again = await saveActivities(store.db, user.id, [{ start: "2026-02-20T03:00:00.000Z", utcOffsetS: -8 * 3600, sport: "running", durationS: 1800, distanceM: 5000, fileName: "a.fit", fingerprint: "f1", summary: SUMMARY }], at);
    expect(again).toEqual([{ id: "old-1", created: false }]);
    expect(await listActivities(store.db, user.id)).toMatchObject([{ id: "old-1", utcOffsetS: -28800, localDate: "2026-02-19" }, { utcOffsetS: 3600 }]);
  });
});

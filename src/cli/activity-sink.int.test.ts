// The import command's store: activities land in the named account, once each.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import type { Activity } from "../activities/activity.ts";
import { listActivities } from "../store/activities.ts";
import { migrate, openSqlite, SQLITE_FILE } from "../store/db.ts";
import { createUser } from "../store/users.ts";
import { openActivitySink } from "./activity-sink.ts";

const dir = mkdtempSync(join(tmpdir(), "strideback-sink-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const empty = new Float64Array(0);
const activity: Activity = {
  format: "gpx",
  sport: "running",
  start: "2026-02-01T07:00:00.000Z",
  utcOffsetS: null,
  device: null,
  samples: { length: 0, time: empty, distance: empty, speed: empty, heartRate: empty, cadence: empty, altitude: empty, latitude: empty, longitude: empty },
  laps: [],
  summary: { durationS: 1800, movingTimeS: 1790, distanceM: 5000, avgPaceSPerKm: 360, bestPaceSPerKm: null, elevationGainM: null, avgHeartRate: null, avgCadence: null, timeAboveHighSpeedS: null, maxSpeedMps: null },
};

it("stores imported activities in the named account, once each", async () => {
  const setup = openSqlite(join(dir, SQLITE_FILE));
  await migrate(setup);
  const user = await createUser(setup.db, { email: "importer@example.com", passwordHash: "h", role: "runner", displayName: null, at: "2026-01-01T00:00:00.000Z" });
  await setup.close();
  if (user === "email_taken") throw new Error("taken");

  await expect(openActivitySink({ DATA_DIR: dir })).rejects.toThrow(/STRIDEBACK_USER/);
  await expect(openActivitySink({ DATA_DIR: dir, STRIDEBACK_USER: "who@example.com" })).rejects.toThrow(/no account/);
  const sink = await openActivitySink({ DATA_DIR: dir, STRIDEBACK_USER: "Importer@example.com" });
  expect(await sink.store("/exports/a.gpx", activity)).toEqual({ created: true });
  expect(await sink.store("/exports/again/a.fit", activity)).toEqual({ created: false });
  expect(await sink.store("/exports/b.gpx", { ...activity, start: "2026-02-02T07:00:00.000Z" })).toEqual({ created: true });
  await sink.close();

  const check = openSqlite(join(dir, SQLITE_FILE));
  expect((await listActivities(check.db, user.id)).map((a) => a.fileName)).toEqual(["a.gpx", "b.gpx"]);
  await check.close();
});

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
  await sink.add("/exports/a.gpx", activity);
  await sink.add("/exports/again/a.fit", activity); // the same run in the same batch: found, not doubled
  await sink.add("/exports/b.gpx", { ...activity, start: "2026-02-02T07:00:00.000Z" });
  expect(sink.created).toBe(0); // queued, not written yet
  await sink.flush();
  expect(sink.created).toBe(2);
  // More than a batch: written as it fills, the rest on flush; the ones already there are found again.
  for (let day = 1; day <= 70; day++)
    await sink.add(`/exports/c${day}.gpx`, { ...activity, start: `2026-03-${String(((day - 1) % 28) + 1).padStart(2, "0")}T0${Math.floor((day - 1) / 28)}:00:00.000Z` });
  await sink.add("/exports/a-copy.gpx", activity);
  await sink.flush();
  expect(sink.created).toBe(72);
  await sink.close();

  const check = openSqlite(join(dir, SQLITE_FILE));
  const names = (await listActivities(check.db, user.id)).map((a) => a.fileName);
  expect(names).toHaveLength(72);
  expect(names.slice(0, 2)).toEqual(["a.gpx", "b.gpx"]);
  await check.close();
});

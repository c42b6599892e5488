// Property: whatever a client sends to a write route, bad input is a 4xx in the one error format and
// nothing is written.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteDatabase } from "../../test/databases.ts";
import { Client } from "../../test/http-client.ts";
import { checkIn, injury, plusDays, runner } from "../../test/store-fixtures.ts";
import { startTestApp, TODAY, type TestApp } from "../../test/test-app.ts";

describe("bad input on write routes", () => {
  let t: TestApp;
  let client: Client;
  let episodeId: string;
  beforeAll(async () => {
    t = await startTestApp(sqliteDatabase);
    client = new Client(t.app);
    await client.signUp("fuzz@example.com");
    episodeId = (await client.post("/api/v1/episodes", { today: TODAY, runner, injury: injury(plusDays(TODAY, -5)), checkIns: [checkIn(plusDays(TODAY, -4))] })).body.episode.id;
  });
  afterAll(() => t?.close());

  const totalRows = async () => {
    let n = 0;
    for (const table of ["episodes", "check_ins", "runs", "exercise_logs"] as const) {
      n += Number((await t.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    }
    return n;
  };

  // A valid check-in with one field replaced by anything, or removed, or the whole body replaced.
  const valid = { ...checkIn(TODAY), clientId: "fuzz" };
  const keys = Object.keys(valid) as (keyof typeof valid)[];
  const mutated = fc.oneof(
    fc.anything(),
    fc.record({ key: fc.constantFrom(...keys), value: fc.anything() }).map(({ key, value }) => ({ ...valid, [key]: value })),
    fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key))),
  );

  it("answers 4xx with {error, message, issues}, never 5xx, and writes nothing", async () => {
    const routes = [`/api/v1/episodes/${episodeId}/check-ins`, `/api/v1/episodes/${episodeId}/runs`, `/api/v1/episodes/${episodeId}/exercise-logs`, "/api/v1/episodes"];
    await fc.assert(
      fc.asyncProperty(mutated, fc.constantFrom(...routes), async (body, url) => {
        const before = await totalRows();
        const res = await client.post(url, body);
        expect(res.status).toBeLessThan(500);
        if (res.status < 300) return; // a mutation that is still valid input (an ignored extra value, a pain that is still 0..10)
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(Object.keys(res.body).sort()).toEqual(["error", "issues", "message"]);
        expect(await totalRows()).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});

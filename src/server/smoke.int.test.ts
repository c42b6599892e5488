import { it, expect } from "vitest";
import { sqliteDatabase } from "../../test/databases.ts";
import { Client, TEST_PASSWORD_COST } from "../../test/http-client.ts";
import { buildApp } from "./app.ts";
import { checkIn, injury, runner } from "../../test/store-fixtures.ts";

it("smoke", async () => {
  const store = await sqliteDatabase.open();
  const app = await buildApp({ db: store.db, passwordCost: TEST_PASSWORD_COST, webDir: null });
  const c = new Client(app);
  console.log(await c.get("/api/v1/session"));
  console.log(await c.signUp("a@example.com"));
  console.log(await c.get("/api/v1/me"));
  const today = new Date().toISOString().slice(0, 10);
  console.log(JSON.stringify(await c.post("/api/v1/episodes", { today, runner, injury: today, checkIns: [checkIn(today)] })));
  console.log(JSON.stringify(await c.post("/api/v1/episodes", { today, runner, injury: injury(today), checkIns: [checkIn(today)] })));
  console.log(JSON.stringify((await c.get("/")).status), (await c.get("/")).headers);
  const docs = await c.get("/api/docs/json");
  console.log(docs.status, Object.keys(docs.body.paths ?? {}));
  await app.close();
  await store.dispose();
  expect(1).toBe(1);
});

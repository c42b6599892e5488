// Builds the real app on a real test database, with a fixed clock and cheap (still argon2id) hashing.
import type { FastifyInstance } from "fastify";
import { buildApp, type AppOptions } from "../src/server/app.ts";
import type { TestDatabase, TestStore } from "./databases.ts";
import { TEST_PASSWORD_COST } from "./http-client.ts";

export const NOW = new Date("2026-03-10T12:00:00Z");
export const TODAY = "2026-03-10";

export interface TestApp {
  readonly app: FastifyInstance;
  readonly store: TestStore;
  close(): Promise<void>;
}

export async function startTestApp(database: TestDatabase, options: Partial<AppOptions> = {}): Promise<TestApp> {
  const store = await database.open();
  const app = await buildApp({ db: store.db, clock: () => NOW, passwordCost: TEST_PASSWORD_COST, webDir: null, ...options });
  return { app, store, close: async () => (await app.close(), await store.dispose()) };
}

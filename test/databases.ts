// The databases every store and server suite runs against: SQLite (a temp file) and PostgreSQL — the
// machine's server when TEST_DATABASE_URL is set (a fresh schema per suite, dropped afterwards), else PGlite.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { migrate, openPostgres, openSqlite, storeFromDialect, type Store } from "../src/store/db.ts";
import { PgliteDialect } from "../src/store/pglite-dialect.ts";
import { newId } from "../src/store/ids.ts";

export const pgUrl = process.env.TEST_DATABASE_URL;

export interface TestStore extends Store {
  /** For PostgreSQL on a server: a URL whose search_path is this suite's own schema (other processes can join). */
  readonly url?: string;
  /** Closes the store and removes its data. */
  dispose(): Promise<void>;
}

export interface TestDatabase {
  readonly name: string;
  open(): Promise<TestStore>;
}

export const sqliteDatabase: TestDatabase = {
  name: "sqlite",
  async open() {
    const dir = mkdtempSync(join(tmpdir(), "strideback-test-"));
    const store = openSqlite(join(dir, "test.sqlite"));
    await migrate(store);
    return { ...store, dispose: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
  },
};

export const postgresDatabase: TestDatabase = pgUrl
  ? {
      name: "postgres (server)",
      async open() {
        const schema = `t_${newId().replace(/[^a-zA-Z0-9]/g, "").toLowerCase()}`;
        const admin = new pg.Client({ connectionString: pgUrl });
        await admin.connect();
        await admin.query(`create schema ${schema}`);
        const url = withSearchPath(pgUrl, schema);
        const store = openPostgres(url, 5);
        await migrate(store);
        return {
          ...store,
          url,
          dispose: async () => {
            await store.close();
            await admin.query(`drop schema ${schema} cascade`);
            await admin.end();
          },
        };
      },
    }
  : {
      name: "postgres (PGlite)",
      async open() {
        const pglite = new PGlite();
        const store = storeFromDialect(new PgliteDialect(pglite), "PGlite (memory)", () => pglite.close());
        await migrate(store);
        return { ...store, dispose: () => store.close() };
      },
    };

export const testDatabases: readonly TestDatabase[] = [sqliteDatabase, postgresDatabase];

export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
}

// Opens the store: SQLite (a file under DATA_DIR, WAL, synchronous=FULL, foreign keys on) by default,
// PostgreSQL when a postgres:// URL is given. Same Kysely<Database> either way; migrations run on open.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Dialect, type MigrationResultSet } from "kysely";
import pg from "pg";
import { migrationProvider } from "./migrations/index.ts";
import type { Database } from "./schema.ts";

export type DialectName = "sqlite" | "postgres";

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Where the data is, for the start-up log (a file path, or the URL without its password). */
  readonly location: string;
  /** The SQLite handle, for online backups and integrity checks; absent on PostgreSQL. */
  readonly sqlite?: BetterSqlite3.Database;
  close(): Promise<void>;
}

export interface StoreConfig {
  /** postgres://... selects PostgreSQL; otherwise SQLite under dataDir. */
  readonly databaseUrl?: string | undefined;
  readonly dataDir?: string | undefined;
  /** PostgreSQL pool size per process. */
  readonly poolSize?: number;
}

export const SQLITE_FILE = "strideback.sqlite";

export function openStore(config: StoreConfig): Store {
  const url = config.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgres(url, config.poolSize ?? 10);
  if (url) throw new Error(`DATABASE_URL must start with postgres:// (got ${redact(url)}); leave it unset for SQLite`);
  return openSqlite(resolve(config.dataDir ?? "./data", SQLITE_FILE));
}

export function openSqlite(file: string): Store {
  if (file !== ":memory:") mkdirSync(resolve(file, ".."), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL: a commit is on disk (WAL fsynced) before the API answers 2xx.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: "sqlite", location: file, sqlite, close: () => db.destroy() };
}

export function openPostgres(url: string, poolSize: number): Store {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: "postgres", location: redact(url), close: () => db.destroy() };
}

/** Wraps any Kysely dialect of PostgreSQL's family (PGlite in tests) as a store. */
export function storeFromDialect(dialect: Dialect, location: string, close: () => Promise<void> = async () => {}): Store {
  const db = new Kysely<Database>({ dialect });
  return {
    db,
    dialect: "postgres",
    location,
    close: async () => {
      await db.destroy();
      await close();
    },
  };
}

/** Brings the schema up to date; throws with the failing migration's name and cause. */
export async function migrate(db: Kysely<Database>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "(before any migration)";
    throw new Error(`migration ${failed} failed: ${(result.error as Error).message}`, { cause: result.error });
  }
  return result;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

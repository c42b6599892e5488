// Opens the store: SQLite (a file under DATA_DIR, WAL, synchronous=FULL, foreign keys on) by default,
// PostgreSQL when a postgres:// URL is given. Same Kysely<Database> either way; migrations run on open.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, sql, PostgresDialect, type Dialect, type MigrationResultSet } from "kysely";
import { DurableSqliteDialect } from "./sqlite-dialect.ts";
import { WalSync } from "./wal-sync.ts";
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
  readonly sqliteDurability?: SqliteDurability;
}

export const SQLITE_FILE = "strideback.sqlite";

export function openStore(config: StoreConfig): Store {
  const url = config.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgres(url, config.poolSize ?? 10);
  if (url) throw new Error(`DATABASE_URL must start with postgres:// (got ${redact(url)}); leave it unset for SQLite`);
  return openSqlite(resolve(config.dataDir ?? "./data", SQLITE_FILE), config.sqliteDurability);
}

/**
 * How a write becomes durable before it is acknowledged. "full": SQLite fsyncs the WAL at every commit
 * (synchronous=FULL). "group": commits skip their own fsync (synchronous=NORMAL) and each write waits for
 * a shared fsync of the WAL that started after it committed (group commit, src/store/wal-sync.ts): the
 * same guarantee for every acknowledged write, a fraction of the fsyncs.
 */
export type SqliteDurability = "full" | "group";

export function openSqlite(file: string, durability: SqliteDurability = "full"): Store {
  mkdirSync(resolve(file, ".."), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma(durability === "full" ? "synchronous = FULL" : "synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const walSync = durability === "group" ? new WalSync(file) : null;
  const db = new Kysely<Database>({ dialect: new DurableSqliteDialect(sqlite, walSync) });
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

// Any constant: the advisory lock that serialises app servers starting at once on one PostgreSQL.
const MIGRATION_LOCK = 727_301;

/**
 * Brings the schema up to date; throws with the failing migration's name and cause. On PostgreSQL it
 * holds an advisory lock, so several processes starting together do not race to create the tables.
 */
export async function migrate(store: Pick<Store, "db" | "dialect">): Promise<MigrationResultSet> {
  if (store.dialect === "sqlite") return runMigrations(store.db);
  return store.db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${sql.lit(MIGRATION_LOCK)})`.execute(conn);
    try {
      // Kysely looks for its migration tables in every schema unless told which: with another schema on the
      // same server holding them (other deployments, parallel test suites) it would skip creating its own.
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(conn);
      return await runMigrations(conn, rows[0]?.schema);
    } finally {
      await sql`select pg_advisory_unlock(${sql.lit(MIGRATION_LOCK)})`.execute(conn);
    }
  });
}

async function runMigrations(db: Kysely<Database>, migrationTableSchema?: string): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: migrationProvider, ...(migrationTableSchema ? { migrationTableSchema } : {}) });
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

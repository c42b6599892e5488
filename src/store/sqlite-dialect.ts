// Kysely over better-sqlite3, like Kysely's own SqliteDialect (one connection, taken in turn) plus two
// things the API's latency budget needs: prepared statements are cached, and with group commit a write
// releases the connection first and then waits for the shared WAL fsync before it is acknowledged.
import type BetterSqlite3 from "better-sqlite3";
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from "kysely";
import { SingleConnectionDriver } from "./single-connection-driver.ts";
import type { WalSync } from "./wal-sync.ts";

export class DurableSqliteDialect implements Dialect {
  constructor(private readonly sqlite: BetterSqlite3.Database, private readonly walSync: WalSync | null) {}
  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new DurableSqliteDriver(this.sqlite, this.walSync);
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
}

class DurableSqliteDriver extends SingleConnectionDriver<CachedConnection> {
  constructor(private readonly sqlite: BetterSqlite3.Database, private readonly walSync: WalSync | null) {
    super(new CachedConnection(sqlite));
  }

  protected override onAcquire(): void {
    this.connection.wrote = false;
  }
  /** Lets the next request in at once; a write's own caller then waits for the fsync that covers it. */
  override async releaseConnection(): Promise<void> {
    const mustSync = this.walSync !== null && this.connection.wrote && !this.sqlite.inTransaction;
    await super.releaseConnection();
    if (mustSync) await this.walSync!.sync();
  }
  async destroy(): Promise<void> {
    await this.walSync?.close();
    this.sqlite.close();
  }
}

class CachedConnection implements DatabaseConnection {
  wrote = false;
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  constructor(private readonly sqlite: BetterSqlite3.Database) {}

  private prepare(sql: string): BetterSqlite3.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.sqlite.prepare(sql);
      if (this.statements.size >= 500) this.statements.clear();
      // Schema statements are not cached: a migration must see the schema as it is now.
      if (/^\s*(select|insert|update|delete|with)\b/i.test(sql)) this.statements.set(sql, stmt);
    }
    return stmt;
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const stmt = this.prepare(compiled.sql);
    if (!stmt.readonly) this.wrote = true;
    if (stmt.reader) return { rows: stmt.all(...compiled.parameters) as R[] };
    const { changes, lastInsertRowid } = stmt.run(...compiled.parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }
  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("DurableSqliteDialect does not stream");
  }
}

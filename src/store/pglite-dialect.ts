// A Kysely dialect for PGlite (PostgreSQL compiled to WebAssembly, in process): the PostgreSQL suite
// runs on it where no PostgreSQL server is reachable. One connection, taken in turn.
import type { PGlite } from "@electric-sql/pglite";
import { SingleConnectionDriver } from "./single-connection-driver.ts";
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from "kysely";

export class PgliteDialect implements Dialect {
  constructor(private readonly pglite: PGlite) {}
  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PgliteDriver(this.pglite);
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
}

/** PGlite has one session, so transactions must not interleave: requests take it in turn. */
class PgliteDriver extends SingleConnectionDriver<PgliteConnection> {
  constructor(pglite: PGlite) {
    super(new PgliteConnection(pglite));
  }
  async destroy(): Promise<void> {}
}

class PgliteConnection implements DatabaseConnection {
  constructor(private readonly pglite: PGlite) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pglite.query<R>(compiled.sql, [...compiled.parameters]);
    return {
      rows: result.rows,
      ...(result.affectedRows === undefined ? {} : { numAffectedRows: BigInt(result.affectedRows) }),
    };
  }
  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("PgliteDialect does not stream");
  }
}

// A Kysely driver over one in-process connection (better-sqlite3, PGlite): requests take the connection in
// turn, so one transaction's statements never interleave with another's.
import { CompiledQuery, type DatabaseConnection, type Driver } from "kysely";

export abstract class SingleConnectionDriver<C extends DatabaseConnection> implements Driver {
  private queue: Promise<void> = Promise.resolve();
  private releaseTurn: () => void = () => {};

  constructor(protected readonly connection: C) {}

  async init(): Promise<void> {}

  /** Waits for the previous holder to release the connection. */
  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.queue;
    let release!: () => void;
    this.queue = new Promise((resolve) => (release = resolve));
    await previous;
    this.releaseTurn = release;
    this.onAcquire();
    return this.connection;
  }

  /** Called as a request takes the connection. */
  protected onAcquire(): void {}

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin"));
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  /** Lets the next request take the connection. */
  async releaseConnection(): Promise<void> {
    this.releaseTurn();
  }

  abstract destroy(): Promise<void>;
}

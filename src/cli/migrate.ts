// `strideback migrate`: brings the database (SQLite under DATA_DIR, or DATABASE_URL) to the latest schema.
import type { Command } from "commander";
import { migrate, openStore } from "../store/db.ts";
import { serverConfigFromEnv } from "./server-config.ts";

export function registerMigrate(program: Command): void {
  program
    .command("migrate")
    .description("apply the database migrations (also done automatically by serve)")
    .action(async () => {
      const config = serverConfigFromEnv(process.env);
      const store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, sqliteDurability: config.sqliteDurability });
      try {
        const result = await migrate(store);
        const applied = result.results ?? [];
        console.log(`database: ${store.location}`);
        console.log(applied.length === 0 ? "already up to date" : applied.map((r) => `${r.status === "Success" ? "applied" : r.status} ${r.migrationName}`).join("\n"));
      } finally {
        await store.close();
      }
    });
}

// `strideback backup FILE`: an online backup of the SQLite database (safe while the server runs).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { backupSqlite } from "../store/backup.ts";
import { SQLITE_FILE } from "../store/db.ts";
import { serverConfigFromEnv } from "./server-config.ts";

export function registerBackup(program: Command): void {
  program
    .command("backup")
    .description("copy the SQLite database (under DATA_DIR) to FILE while it is in use")
    .argument("<file>", "where to write the backup")
    .action(async (file: string) => {
      const config = serverConfigFromEnv(process.env);
      if (config.databaseUrl) {
        process.stderr.write("DATABASE_URL is set: back up PostgreSQL with pg_dump; this command copies the SQLite file.\n");
        process.exitCode = 2;
        return;
      }
      const source = resolve(config.dataDir, SQLITE_FILE);
      if (!existsSync(source)) {
        process.stderr.write(`no database at ${source} (set DATA_DIR to the folder that holds ${SQLITE_FILE})\n`);
        process.exitCode = 2;
        return;
      }
      const result = await backupSqlite(source, resolve(file));
      console.log(`backed up ${source} to ${result.file} (${result.pages} pages)`);
    });
}

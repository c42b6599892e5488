// Every migration, in order. Listed in code (not read from a folder) so they work from any working directory.
import type { Migration, MigrationProvider } from "kysely";
import * as initial from "./001-initial.ts";
import * as imports from "./002-imports.ts";
import * as importJobFiles from "./003-import-job-files.ts";
import * as localDates from "./004-local-dates.ts";

const migrations: Record<string, Migration> = {
  "001-initial": initial,
  "002-imports": imports,
  "003-import-job-files": importJobFiles,
  "004-local-dates": localDates,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};

// Online backup of the SQLite database with SQLite's backup API (better-sqlite3 .backup()): a
// consistent copy while other connections keep reading and writing.
import BetterSqlite3 from "better-sqlite3";

export async function backupSqlite(source: string, target: string): Promise<{ file: string; pages: number }> {
  const db = new BetterSqlite3(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    const result = await db.backup(target);
    return { file: target, pages: result.totalPages };
  } finally {
    db.close();
  }
}

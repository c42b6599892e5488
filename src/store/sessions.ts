// Server-side sessions: the cookie carries a random token, the table keeps only its hash, the user and
// the session's CSRF token. Nothing lives in process memory, so any app server can answer.
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";
import { toUser, type User } from "./users.ts";
import { newToken, sha256 } from "./ids.ts";

export const SESSION_DAYS = 30;
const DAY_MS = 86_400_000;

export interface SessionInfo {
  readonly user: User;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export async function createSession(db: Kysely<Database>, userId: string, now: Date): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await db
    .insertInto("sessions")
    .values({
      id: sha256(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_DAYS * DAY_MS).toISOString(),
    })
    .execute();
  return { token, csrfToken };
}

/** The live session for a cookie token, or null (unknown or expired). */
export async function findSession(db: Kysely<Database>, token: string, now: Date): Promise<SessionInfo | null> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .selectAll("users")
    .select(["sessions.csrf_token", "sessions.expires_at"])
    .where("sessions.id", "=", sha256(token))
    .where("sessions.expires_at", ">", now.toISOString())
    .executeTakeFirst();
  if (!row) return null;
  return { user: toUser(row), csrfToken: row.csrf_token, expiresAt: row.expires_at };
}

/** Slides the expiry forward, at most once a day per session (one write a day, not one per request). */
export async function extendSession(db: Kysely<Database>, token: string, info: SessionInfo, now: Date): Promise<void> {
  const fresh = new Date(now.getTime() + SESSION_DAYS * DAY_MS);
  if (fresh.getTime() - Date.parse(info.expiresAt) < DAY_MS) return;
  await db.updateTable("sessions").set({ expires_at: fresh.toISOString() }).where("id", "=", sha256(token)).execute();
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sha256(token)).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: Date): Promise<number> {
  const r = await db.deleteFrom("sessions").where("expires_at", "<=", now.toISOString()).executeTakeFirst();
  return Number(r.numDeletedRows);
}

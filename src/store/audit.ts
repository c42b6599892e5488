// The audit log: who read which runner's data, and when. The runner sees it; nobody edits it.
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";
import { newId } from "./ids.ts";

export interface AuditEntry {
  readonly at: string;
  /** Null when the reader's account has since been deleted. */
  readonly actor: { readonly id: string; readonly email: string; readonly displayName: string | null; readonly role: string } | null;
  readonly action: string;
  readonly episodeId?: string;
}

export async function recordAccess(
  db: Kysely<Database>,
  entry: { readonly runnerId: string; readonly actorId: string; readonly action: string; readonly episodeId?: string | undefined; readonly at: string },
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({ id: newId(), runner_id: entry.runnerId, actor_id: entry.actorId, action: entry.action, episode_id: entry.episodeId ?? null, at: entry.at })
    .execute();
}

export async function listAudit(db: Kysely<Database>, runnerId: string): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom("audit_log as a")
    .leftJoin("users as u", "u.id", "a.actor_id")
    .select(["a.at", "a.action", "a.episode_id", "u.id as actor_id", "u.email", "u.display_name", "u.role"])
    .where("a.runner_id", "=", runnerId)
    .orderBy("a.at", "desc")
    .orderBy("a.id")
    .execute();
  return rows.map((r) => ({
    at: r.at,
    actor: r.actor_id && r.email && r.role ? { id: r.actor_id, email: r.email, displayName: r.display_name, role: r.role } : null,
    action: r.action,
    ...(r.episode_id ? { episodeId: r.episode_id } : {}),
  }));
}

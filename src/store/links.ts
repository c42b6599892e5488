// Clinician links: a clinician makes an invite code, the runner enters it (that is their consent),
// either can see the link, the runner can revoke it. Invite codes are single-use and expire.
import { randomInt } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";
import { newId } from "./ids.ts";

export const INVITE_DAYS = 7;
// No 0/O, 1/I/L: codes are read aloud and typed on phones.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export interface LinkParty {
  readonly id: string;
  readonly email: string;
  readonly displayName: string | null;
}

export interface Link {
  readonly id: string;
  readonly runner: LinkParty;
  readonly clinician: LinkParty;
  readonly consentedAt: string;
}

function inviteCode(): string {
  return Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

export async function createInvite(db: Kysely<Database>, clinicianId: string, now: Date): Promise<{ code: string; expiresAt: string }> {
  const code = inviteCode();
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString();
  await db.insertInto("link_invites").values({ code, clinician_id: clinicianId, created_at: now.toISOString(), expires_at: expiresAt }).execute();
  return { code, expiresAt };
}

/** Uses up an invite and links the runner; null when the code is unknown or expired. Linking twice gives the one link. */
export async function redeemInvite(db: Kysely<Database>, runnerId: string, code: string, now: Date): Promise<Link | null> {
  const linkId = await db.transaction().execute(async (trx) => {
    const invite = await trx
      .deleteFrom("link_invites")
      .where("code", "=", code.trim().toUpperCase())
      .where("expires_at", ">", now.toISOString())
      .returning("clinician_id")
      .executeTakeFirst();
    if (!invite) return null;
    await trx
      .insertInto("clinician_links")
      .values({ id: newId(), runner_id: runnerId, clinician_id: invite.clinician_id, consented_at: now.toISOString() })
      .onConflict((oc) => oc.columns(["runner_id", "clinician_id"]).doNothing())
      .execute();
    const link = await trx.selectFrom("clinician_links").select("id").where("runner_id", "=", runnerId).where("clinician_id", "=", invite.clinician_id).executeTakeFirstOrThrow();
    return link.id;
  });
  if (linkId === null) return null;
  const links = await listLinks(db, runnerId);
  return links.find((l) => l.id === linkId) ?? null;
}

/** The links a user is part of, as runner or as clinician. */
export async function listLinks(db: Kysely<Database>, userId: string): Promise<Link[]> {
  const rows = await db
    .selectFrom("clinician_links as l")
    .innerJoin("users as r", "r.id", "l.runner_id")
    .innerJoin("users as c", "c.id", "l.clinician_id")
    .select([
      "l.id",
      "l.consented_at",
      "r.id as runner_id",
      "r.email as runner_email",
      "r.display_name as runner_name",
      "c.id as clinician_id",
      "c.email as clinician_email",
      "c.display_name as clinician_name",
    ])
    .where((eb) => eb.or([eb("l.runner_id", "=", userId), eb("l.clinician_id", "=", userId)]))
    .orderBy("l.consented_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    consentedAt: r.consented_at,
    runner: { id: r.runner_id, email: r.runner_email, displayName: r.runner_name },
    clinician: { id: r.clinician_id, email: r.clinician_email, displayName: r.clinician_name },
  }));
}

/** The runner withdraws consent; false when the link is not theirs. */
export async function revokeLink(db: Kysely<Database>, runnerId: string, linkId: string): Promise<boolean> {
  const r = await db.deleteFrom("clinician_links").where("id", "=", linkId).where("runner_id", "=", runnerId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Whether a clinician may read a runner's data right now (a live, consented link). */
export async function isLinked(db: Kysely<Database>, clinicianId: string, runnerId: string): Promise<boolean> {
  const row = await db.selectFrom("clinician_links").select("id").where("clinician_id", "=", clinicianId).where("runner_id", "=", runnerId).executeTakeFirst();
  return row !== undefined;
}

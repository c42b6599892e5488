// Accounts: a runner or a clinician, found by id or by (case-insensitive) e-mail.
import type { Kysely, Selectable } from "kysely";
import type { Database, UserTable } from "./schema.ts";
import { newId } from "./ids.ts";
import { relocalizeActivities } from "./activities.ts";

export type Role = UserTable["role"];
export type Units = UserTable["units"];

/** The public face of an account (never the password hash). */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly displayName: string | null;
  readonly units: Units;
  /** IANA time zone the runner lives in (their "today", and the date of runs whose file gives no offset); null: not known. */
  readonly timeZone: string | null;
  readonly createdAt: string;
}

export interface NewUser {
  readonly email: string;
  readonly passwordHash: string;
  readonly role: Role;
  readonly displayName: string | null;
  /** A canonical IANA zone (checked by the caller), or null. */
  readonly timeZone?: string | null;
  readonly at: string;
}

export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toUser(row: Selectable<UserTable>): User {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    displayName: row.display_name,
    units: row.units,
    timeZone: row.time_zone,
    createdAt: row.created_at,
  };
}

/** Creates the account, or returns "email_taken" (the unique index decides, so two racing sign-ups cannot both win). */
export async function createUser(db: Kysely<Database>, input: NewUser): Promise<User | "email_taken"> {
  const row = await db
    .insertInto("users")
    .values({
      id: newId(),
      email: normalEmail(input.email),
      password_hash: input.passwordHash,
      role: input.role,
      display_name: input.displayName,
      units: "metric",
      time_zone: input.timeZone ?? null,
      created_at: input.at,
    })
    .onConflict((oc) => oc.column("email").doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? toUser(row) : "email_taken";
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<{ user: User; passwordHash: string } | null> {
  const row = await db.selectFrom("users").selectAll().where("email", "=", normalEmail(email)).executeTakeFirst();
  return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
}

export async function findPasswordHash(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db.selectFrom("users").select("password_hash").where("id", "=", userId).executeTakeFirst();
  return row?.password_hash ?? null;
}

export async function userTimeZone(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db.selectFrom("users").select("time_zone").where("id", "=", userId).executeTakeFirst();
  return row?.time_zone ?? null;
}

/** Changes the account; a new time zone also re-dates the activities whose files gave no UTC offset. */
export async function updateUser(
  db: Kysely<Database>,
  userId: string,
  patch: { readonly displayName?: string | null | undefined; readonly units?: Units | undefined; readonly timeZone?: string | null | undefined },
): Promise<User | null> {
  const values = {
    ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
    ...(patch.units !== undefined ? { units: patch.units } : {}),
    ...(patch.timeZone !== undefined ? { time_zone: patch.timeZone } : {}),
  };
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("users").select("time_zone").where("id", "=", userId).executeTakeFirst();
    if (!before) return null;
    if (Object.keys(values).length > 0) await trx.updateTable("users").set(values).where("id", "=", userId).execute();
    if (patch.timeZone !== undefined && patch.timeZone !== before.time_zone) await relocalizeActivities(trx, userId, patch.timeZone);
    const row = await trx.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirst();
    return row ? toUser(row) : null;
  });
}

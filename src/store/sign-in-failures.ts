// Failed sign-ins, counted per account and per address over a window. Kept in the database so every
// app server process sees the same counts.
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";
import { newId } from "./ids.ts";

export async function recordSignInFailure(db: Kysely<Database>, keys: readonly string[], at: Date): Promise<void> {
  await db
    .insertInto("sign_in_failures")
    .values(keys.map((key) => ({ id: newId(), key, at: at.toISOString() })))
    .execute();
}

export async function countSignInFailures(db: Kysely<Database>, key: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom("sign_in_failures")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("key", "=", key)
    .where("at", ">", since.toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The earliest failure in the window: the limit lifts one window after it. */
export async function oldestSignInFailure(db: Kysely<Database>, key: string, since: Date): Promise<string | null> {
  const row = await db
    .selectFrom("sign_in_failures")
    .select((eb) => eb.fn.min("at").as("at"))
    .where("key", "=", key)
    .where("at", ">", since.toISOString())
    .executeTakeFirst();
  return row?.at ?? null;
}

export async function clearSignInFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("sign_in_failures").where("key", "=", key).execute();
}

export async function pruneSignInFailures(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom("sign_in_failures").where("at", "<=", before.toISOString()).execute();
}

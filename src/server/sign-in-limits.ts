// Sign-in rate limits, per account and per address, counted in the database so that every app server
// process agrees. Only failures count; a success clears the account's count.
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";
import { clearSignInFailures, countSignInFailures, oldestSignInFailure, pruneSignInFailures, recordSignInFailure } from "../store/sign-in-failures.ts";
import { normalEmail } from "../store/users.ts";
import { ApiError } from "./errors.ts";

export interface SignInLimits {
  readonly perAccount: number;
  readonly perAddress: number;
  readonly windowMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccount: 5, perAddress: 30, windowMs: 15 * 60_000 };

const accountKey = (email: string) => `account:${normalEmail(email)}`;
const addressKey = (ip: string) => `address:${ip}`;

/** 429 rate_limited (with Retry-After) when either the account or the address has used up its failures. */
export async function assertSignInAllowed(db: Kysely<Database>, limits: SignInLimits, email: string, ip: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - limits.windowMs);
  for (const [key, max] of [[accountKey(email), limits.perAccount], [addressKey(ip), limits.perAddress]] as const) {
    if ((await countSignInFailures(db, key, since)) < max) continue;
    const oldest = await oldestSignInFailure(db, key, since);
    const retryS = oldest ? Math.max(1, Math.ceil((Date.parse(oldest) + limits.windowMs - now.getTime()) / 1000)) : Math.ceil(limits.windowMs / 1000);
    throw new ApiError(429, "rate_limited", `Too many failed sign-ins; try again in ${Math.ceil(retryS / 60)} minute(s).`, [], { "retry-after": String(retryS) });
  }
}

export async function noteSignInFailure(db: Kysely<Database>, limits: SignInLimits, email: string, ip: string, now: Date): Promise<void> {
  await recordSignInFailure(db, [accountKey(email), addressKey(ip)], now);
  // Keep the table small: drop what no window can see any more (cheap, indexed by key then time).
  if (Math.random() < 0.05) await pruneSignInFailures(db, new Date(now.getTime() - limits.windowMs));
}

export async function noteSignInSuccess(db: Kysely<Database>, email: string): Promise<void> {
  await clearSignInFailures(db, accountKey(email));
}

// What every route group gets from buildApp: the database, the clock, password hashing and limits.
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";
import type { Passwords } from "./passwords.ts";
import type { SignInLimits } from "./sign-in-limits.ts";

export interface AppContext {
  readonly db: Kysely<Database>;
  readonly clock: () => Date;
  readonly passwords: Passwords;
  readonly signInLimits: SignInLimits;
}

// Password hashing with argon2id (@node-rs/argon2, off the event loop). The cost is configurable so
// tests can run the real algorithm cheaply; production uses OWASP's recommended minimum.
import { hash, verify, type Algorithm, type Options } from "@node-rs/argon2";

export interface PasswordCost {
  /** KiB of memory per hash. */
  readonly memoryCost: number;
  readonly timeCost: number;
}

/** OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1. */
export const PRODUCTION_COST: PasswordCost = { memoryCost: 19_456, timeCost: 2 };

const ARGON2ID = 2 satisfies Algorithm;

export class Passwords {
  private readonly options: Options;
  private dummy: Promise<string> | undefined;

  constructor(cost: PasswordCost = PRODUCTION_COST) {
    this.options = { algorithm: ARGON2ID, memoryCost: cost.memoryCost, timeCost: cost.timeCost, parallelism: 1 };
  }

  hash(password: string): Promise<string> {
    return hash(password, this.options);
  }

  /** Checks a password; with no stored hash it still spends the same time, so timing does not reveal which e-mails exist. */
  async verify(storedHash: string | null, password: string): Promise<boolean> {
    if (storedHash === null) {
      this.dummy ??= this.hash("not anybody's password");
      await verify(await this.dummy, password);
      return false;
    }
    return verify(storedHash, password);
  }
}

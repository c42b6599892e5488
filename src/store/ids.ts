// Random identifiers for rows and tokens: unguessable, URL-safe text, the same in both databases.
import { createHash, randomBytes } from "node:crypto";

/** 128 random bits, base64url (22 characters). */
export function newId(): string {
  return randomBytes(16).toString("base64url");
}

/** 256 random bits, base64url: session and CSRF tokens. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

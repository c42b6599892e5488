// Some writers (Wahoo, Stages...) repeat the same definition before many data messages: compile each distinct
// definition once per file and find it again by its bytes.
import type { MessagePlan } from "./plan.ts";

interface Entry {
  readonly key: Uint8Array;
  readonly plan: MessagePlan;
}

/** FNV-1a over bytes[start, end). */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

function sameBytes(key: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key[i] !== bytes[start + i]) return false;
  return true;
}

/** Bounds on the cache, so hostile input (many distinct or colliding definitions) cannot make it quadratic. */
const MAX_ENTRIES = 4096;
const MAX_BUCKET = 8;

export class PlanCache {
  private readonly entries = new Map<number, Entry[]>();
  private size = 0;

  /** The plan compiled earlier for the definition bytes[start, end), if any. */
  find(bytes: Uint8Array, start: number, end: number): MessagePlan | undefined {
    const bucket = this.entries.get(hashBytes(bytes, start, end));
    if (bucket !== undefined) {
      for (const e of bucket) if (sameBytes(e.key, bytes, start, end)) return e.plan;
    }
    return undefined;
  }

  /** Remembers `plan` for the definition bytes[start, end), unless the cache is full. */
  add(bytes: Uint8Array, start: number, end: number, plan: MessagePlan): void {
    const hash = hashBytes(bytes, start, end);
    const bucket = this.entries.get(hash);
    if (this.size >= MAX_ENTRIES || (bucket !== undefined && bucket.length >= MAX_BUCKET)) return;
    const entry = { key: bytes.slice(start, end), plan };
    if (bucket === undefined) this.entries.set(hash, [entry]);
    else bucket.push(entry);
    this.size++;
  }
}

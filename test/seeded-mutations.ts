// Seeded byte mutations for the importers' fuzz tests: a tiny PRNG (mulberry32), so every failing case can be
// replayed from its number, the mutations every format gets, and the check every decoded activity passes.
import { expect } from "vitest";
import type { Activity } from "../src/activities/activity.ts";

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rnd: () => number, n: number): number => Math.floor(rnd() * n);

export type Mutation = (b: Uint8Array, rnd: () => number) => Uint8Array;

export const COMMON_MUTATIONS: readonly (readonly [string, Mutation])[] = [
  [
    "bit flips",
    (b, rnd) => {
      const out = b.slice();
      for (let k = 1 + int(rnd, 8); k > 0 && out.length > 0; k--)
        out[int(rnd, out.length)]! ^= 1 << int(rnd, 8);
      return out;
    },
  ],
  ["truncation", (b, rnd) => b.slice(0, int(rnd, b.length + 1))],
  [
    "swapped bytes",
    (b, rnd) => {
      const out = b.slice();
      for (let k = 1 + int(rnd, 4); k > 0 && out.length > 1; k--) {
        const i = int(rnd, out.length);
        const j = int(rnd, out.length);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  ],
  [
    "deleted run",
    (b, rnd) => {
      const at = int(rnd, b.length + 1);
      const rest = b.subarray(Math.min(b.length, at + 1 + int(rnd, 64)));
      const out = new Uint8Array(at + rest.length);
      out.set(b.subarray(0, at));
      out.set(rest, at);
      return out;
    },
  ],
  [
    "random run",
    (b, rnd) => {
      const out = b.slice();
      const at = int(rnd, out.length + 1);
      for (let i = at; i < Math.min(out.length, at + 1 + int(rnd, 32)); i++) out[i] = int(rnd, 256);
      return out;
    },
  ],
];

/** Whatever the input: a decoded activity has a readable start and every summary figure finite and >= 0. */
export function expectSaneActivity(activity: Activity): void {
  expect(Number.isNaN(Date.parse(activity.start))).toBe(false);
  for (const [key, v] of Object.entries(activity.summary))
    if (v !== null) expect(Number.isFinite(v) && v >= 0, `${key} = ${v}`).toBe(true);
}

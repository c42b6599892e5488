import { describe, it, expect } from "vitest";
import { PlanCache } from "./plan-cache.ts";
import { compilePlan, type MessagePlan } from "./plan.ts";

/** A record definition's bytes after its header: reserved, architecture, global number, fields. */
function definitionBytes(fieldSizes: readonly number[]): Uint8Array {
  return new Uint8Array([
    0,
    0,
    20,
    0,
    fieldSizes.length,
    ...fieldSizes.flatMap((size, i) => [i, size, 0x0d]),
  ]);
}

describe("PlanCache", () => {
  it("compiles a definition once and returns the same plan for the same bytes", () => {
    const cache = new PlanCache();
    let compiles = 0;
    const get = (bytes: Uint8Array): MessagePlan => {
      const found = cache.find(bytes, 0, bytes.length);
      if (found !== undefined) return found;
      compiles++;
      const plan = compilePlan(bytes, 5, bytes[4]!, 0, 20, true);
      cache.add(bytes, 0, bytes.length, plan);
      return plan;
    };
    const a = get(definitionBytes([4, 2]));
    expect(get(definitionBytes([4, 2]))).toBe(a);
    expect(get(definitionBytes([4, 3]))).not.toBe(a);
    expect(compiles).toBe(2);
  });

  it("stops caching past its bound instead of growing without limit", () => {
    const cache = new PlanCache();
    let compiles = 0;
    for (let round = 0; round < 2; round++) {
      for (let n = 0; n < 5000; n++) {
        const bytes = definitionBytes([n & 0xff, n >> 8]);
        if (cache.find(bytes, 0, bytes.length) === undefined) {
          compiles++;
          cache.add(bytes, 0, bytes.length, compilePlan(bytes, 5, 2, 0, 20, true));
        }
      }
    }
    expect(compiles).toBe(5000 + (5000 - 4096));
  });
});

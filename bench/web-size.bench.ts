// The runner's first screen must ship under 100 KB of JavaScript, gzipped (SPEC performance budgets).
// Builds the app if stale, then sums the gzipped JS a first visit loads: the entry chunk and its static
// imports (the welcome screen), and, for a returning runner, plus the lazy "today" screen's chunks.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import "../web/build-if-stale.ts";

const dist = join(import.meta.dirname, "..", "web", "dist");
const BUDGET_KB = 100;

interface Chunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly isEntry?: boolean;
}
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8")) as Record<string, Chunk>;

/** The chunk and everything it imports statically (what the browser must fetch before it runs). */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const i of manifest[key]?.imports ?? []) closure(i, seen);
  return seen;
}

const gzKb = (keys: Iterable<string>) =>
  [...keys].reduce((sum, k) => sum + gzipSync(readFileSync(join(dist, manifest[k]!.file)), { level: 9 }).length, 0) / 1024;

const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
if (!entry) throw new Error("no entry chunk in the Vite manifest");
const todayKey = manifest[entry]!.dynamicImports?.find((k) => k.endsWith("screens/today.tsx"));
const newVisitor = closure(entry);
const returning = todayKey ? closure(todayKey, new Set(newVisitor)) : newVisitor;
const all = Object.values(manifest).filter((c) => c.file.endsWith(".js"));
const allKb = all.reduce((s, c) => s + gzipSync(readFileSync(join(dist, c.file)), { level: 9 }).length, 0) / 1024;

const rows = [
  ["first screen, new visitor (welcome)", gzKb(newVisitor)],
  ["first screen, returning runner (today's answer)", gzKb(returning)],
] as const;
for (const [what, kb] of rows) console.log(`${what}: ${kb.toFixed(1)} KB gzipped JS (budget ${BUDGET_KB} KB: ${((kb / BUDGET_KB) * 100).toFixed(0)} % of it)`);
console.log(`whole app, every lazy chunk included: ${allKb.toFixed(1)} KB gzipped JS in ${all.length} chunks`);
const over = rows.filter(([, kb]) => kb > BUDGET_KB);
if (over.length > 0) {
  console.log(`OVER BUDGET: ${over.map(([w]) => w).join(", ")}`);
  process.exitCode = 1;
}

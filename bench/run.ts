// `npm run bench`: runs every bench/*.bench.ts in its own process, one after another (or only those
// whose name contains an argument: `npm run bench -- fit`), and prints each one's output.
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n### ${file}`);
  const r = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", join(here, file)], {
    stdio: "inherit",
  });
  if (r.status !== 0) {
    failed++;
    console.log(`${file} failed (exit ${r.status ?? r.signal})`);
  }
}
if (benches.length === 0) console.log("no benchmark matched");
process.exitCode = failed > 0 ? 1 : 0;

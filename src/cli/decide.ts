// `strideback decide [FILE]`: one episode (file or standard input) in, one decision out, as JSON.
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { decideFromText } from "../domain/decide-text.ts";

export function registerDecide(program: Command): void {
  program
    .command("decide")
    .description("read an episode (JSON, FILE or standard input) and print the decision as JSON")
    .argument("[file]", "episode JSON file; standard input when left out or '-'")
    .action(async (file?: string) => {
      const text = file && file !== "-" ? await readFile(file, "utf8") : await readStdin();
      const result = decideFromText(text);
      if (result.ok) {
        process.stdout.write(JSON.stringify(result.decision, null, 2) + "\n");
      } else {
        process.stderr.write(JSON.stringify(result.error) + "\n");
        process.exitCode = 2;
      }
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

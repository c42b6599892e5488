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
      let text: string;
      try {
        text = file && file !== "-" ? await readFile(file, "utf8") : await readStdin();
      } catch (e) {
        const issue = {
          path: "",
          message: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        };
        process.stderr.write(
          JSON.stringify({ error: "invalid_episode", message: issue.message, issues: [issue] }) + "\n",
        );
        process.exitCode = 2;
        return;
      }
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

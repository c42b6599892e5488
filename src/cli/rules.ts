// `strideback rules`: the engine's rule table (id, when, source) for a clinician to review, as Markdown or JSON.
import type { Command } from "commander";
import { RULE_CATALOGUE } from "../domain/rules/catalogue.ts";

export function registerRules(program: Command): void {
  program
    .command("rules")
    .description("print every rule of the decision engine (id, when it fires, source)")
    .option("--json", "print JSON instead of a Markdown table")
    .action((options: { json?: boolean }) => {
      if (options.json) {
        process.stdout.write(JSON.stringify(RULE_CATALOGUE, null, 2) + "\n");
        return;
      }
      let section = "";
      const lines: string[] = [];
      for (const r of RULE_CATALOGUE) {
        if (r.section !== section) {
          section = r.section;
          lines.push("", `## ${section}`, "", "| id | when | source |", "|---|---|---|");
        }
        lines.push(`| ${r.id} | ${r.when.replaceAll("|", "\\|")} | ${r.source} |`);
      }
      process.stdout.write(lines.join("\n").trimStart() + "\n");
    });
}

// The `strideback` command line: one program, one sub-command per capability.
import { Command } from "commander";
import { registerAnalyze } from "./analyze.ts";
import { registerDecide } from "./decide.ts";
import { registerImport } from "./import.ts";
import { registerRules } from "./rules.ts";

const program = new Command()
  .name("strideback")
  .description("Stride Back: getting a runner back from a hamstring strain")
  .showHelpAfterError();

registerDecide(program);
registerRules(program);
registerImport(program);
registerAnalyze(program);

await program.parseAsync(process.argv);

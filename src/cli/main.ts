// The `strideback` command line: one program, one sub-command per capability.
import { Command } from "commander";
import { registerDecide } from "./decide.ts";
import { registerRules } from "./rules.ts";

const program = new Command()
  .name("strideback")
  .description("Stride Back: getting a runner back from a hamstring strain")
  .showHelpAfterError();

registerDecide(program);
registerRules(program);

await program.parseAsync(process.argv);

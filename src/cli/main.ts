// The `strideback` command line: one program, one sub-command per capability.
import { Command } from "commander";
import { registerDecide } from "./decide.ts";
import { registerServe } from "./serve.ts";
import { registerMigrate } from "./migrate.ts";
import { registerBackup } from "./backup.ts";

const program = new Command()
  .name("strideback")
  .description("Stride Back: getting a runner back from a hamstring strain")
  .showHelpAfterError();

registerDecide(program);
registerServe(program);
registerMigrate(program);
registerBackup(program);

await program.parseAsync(process.argv);

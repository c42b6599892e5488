// The `strideback` command line: one program, one sub-command per capability.
import { Command } from "commander";
import { registerAnalyze } from "./analyze.ts";
import { registerDecide } from "./decide.ts";
import { registerImport } from "./import.ts";
import { registerRules } from "./rules.ts";
import { registerServe } from "./serve.ts";
import { registerMigrate } from "./migrate.ts";
import { registerBackup } from "./backup.ts";
import { openActivitySink } from "./activity-sink.ts";

const program = new Command()
  .name("strideback")
  .description("Stride Back: getting a runner back from a hamstring strain")
  .showHelpAfterError();

registerDecide(program);
registerRules(program);
registerImport(program, { openSink: () => openActivitySink(process.env) });
registerAnalyze(program);
registerServe(program);
registerMigrate(program);
registerBackup(program);

await program.parseAsync(process.argv);

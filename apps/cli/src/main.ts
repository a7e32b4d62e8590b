import { StoreConnectionError } from "@weerbaar/store";
import { CommanderError } from "commander";
import { CliError } from "./cli-error.ts";
import { createProgram } from "./program.ts";

// `weerbaar export survey | head` closes stdout early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

try {
  await createProgram().exitOverride().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (error instanceof CliError) {
    for (const line of error.lines) process.stderr.write(`${line}\n`);
    process.exitCode = error.exitCode;
  } else if (error instanceof StoreConnectionError) {
    process.stderr.write(`weerbaar: ${error.message.replace(/\s*\n\s*/g, " ")}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`weerbaar: ${(error as Error).message ?? String(error)}\n`);
    process.exitCode = 1;
  }
}

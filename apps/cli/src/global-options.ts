import type { WriteContext } from "@weerbaar/store";
import type { Command } from "commander";

/** The program-wide options every command may use. */
export type GlobalOptions = { db: string; user: string };

/** The global options as seen from a (sub)command. */
export function globalOptions(command: Command): GlobalOptions {
  const opts = command.optsWithGlobals<{ db: string; user: string }>();
  return { db: opts.db, user: opts.user };
}

/** The audit attribution of a CLI run. */
export function writeContext(options: GlobalOptions): WriteContext {
  return { actorId: options.user, channel: "cli" };
}

import type { Command } from "commander";

/** The `name` subcommand of the program (e.g. `import`), created once and shared by every command group. */
export function commandGroup(program: Command, name: string, description: string): Command {
  const existing = program.commands.find((c) => c.name() === name);
  if (existing) return existing;
  return program.command(name).description(description);
}

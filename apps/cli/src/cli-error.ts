/** A failure already explained to the user: main prints its lines to stderr and exits with its code. */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    readonly lines: string[],
    readonly exitCode = 1,
  ) {
    super(lines.join("\n"));
  }
}

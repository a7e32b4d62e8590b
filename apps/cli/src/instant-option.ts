import { CliError } from "./cli-error.ts";

/** A `--now` value as an instant; anything but an ISO-8601 date-time is a usage error (exit code 2). */
export function parseInstantOption(value: string, command: string): Date {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw new CliError(
      [`weerbaar ${command}: --now must be an ISO-8601 instant such as 2026-10-20T10:00:00Z, not "${value}"`],
      2,
    );
  }
  return instant;
}

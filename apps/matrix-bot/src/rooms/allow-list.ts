/** Who may invite the bot and keep it in a room: user ids and/or whole homeserver domains. */
export type AllowList = { users: readonly string[]; servers: readonly string[] };

/** The server part of a Matrix user id (`@alice:example.org` → `example.org`). */
export function serverOf(userId: string): string {
  const colon = userId.indexOf(":");
  return colon === -1 ? "" : userId.slice(colon + 1).toLowerCase();
}

/** True when the user is listed, or their homeserver is. */
export function isAllowed(allow: AllowList, userId: string): boolean {
  if (allow.users.includes(userId)) return true;
  const server = serverOf(userId);
  return server !== "" && allow.servers.some((s) => s.toLowerCase() === server);
}

/** Parses a comma-separated list, dropping blanks. */
export function parseList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

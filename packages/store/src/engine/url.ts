import { StoreConnectionError } from "../errors.ts";

/** Where the store lives, parsed from a store URL. */
export type StoreLocation =
  | { engine: "sqlite"; path: string; display: string }
  | { engine: "postgres"; connectionString: string; display: string };

/** The URL with its password replaced, so it can be shown in errors and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
  }
}

/** Parses `sqlite:PATH`, `sqlite::memory:`, `postgres://…` or `postgresql://…`; anything else is a StoreConnectionError. */
export function parseStoreUrl(url: string): StoreLocation {
  const trimmed = url.trim();
  const display = redactUrl(trimmed);
  if (trimmed.startsWith("sqlite:")) {
    let path = trimmed.slice("sqlite:".length);
    if (path.startsWith("//")) path = path.slice(2);
    if (path === "")
      throw new StoreConnectionError(
        display,
        "a sqlite URL needs a file path, e.g. sqlite:./data/weerbaar.db",
      );
    return { engine: "sqlite", path, display };
  }
  if (/^postgres(ql)?:\/\//.test(trimmed)) {
    try {
      new URL(trimmed);
    } catch {
      throw new StoreConnectionError(display, "malformed PostgreSQL URL");
    }
    return { engine: "postgres", connectionString: trimmed, display };
  }
  throw new StoreConnectionError(
    display,
    "unsupported URL scheme (use sqlite:PATH, sqlite::memory: or postgres://user@host:port/db)",
  );
}

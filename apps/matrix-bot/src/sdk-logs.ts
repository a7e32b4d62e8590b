import { LogLevel, LogService } from "matrix-bot-sdk";
import type { Logger } from "pino";

/**
 * Sends matrix-bot-sdk's own log lines to pino instead of the console, as warnings: the SDK logs every failed
 * request (rate limits included) as an error, while the bot retries and reports real failures itself.
 */
export function routeSdkLogs(logger: Logger): void {
  const child = logger.child({ module: "matrix-bot-sdk" });
  const write = (module: string, ...parts: unknown[]) =>
    child.warn(
      { sdkModule: module },
      parts
        .map((p) => (typeof p === "string" ? p : p instanceof Error ? p.message : JSON.stringify(p)))
        .join(" "),
    );
  LogService.setLogger({ info: () => {}, debug: () => {}, trace: () => {}, warn: write, error: write });
  LogService.setLevel(LogLevel.WARN);
}

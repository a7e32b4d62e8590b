// Cold start to ready (process start → /readyz 200) and idle RSS of the Teams bot run from a release folder, as
// deploy/ runs it (WEERBAAR_LOCAL=1, a new SQLite file each time), against a bare Node HTTP server in the same run.
import { join } from "node:path";
import { measureColdStart } from "@weerbaar/testing/cold-start";

await measureColdStart({
  name: "teams-cold-start",
  label: "Teams bot",
  app: "teams-bot",
  readyPath: "/readyz",
  command: "pnpm --filter @weerbaar/teams-bot bench",
  env: (port, dir) => ({
    WEERBAAR_LOCAL: "1",
    DATABASE_URL: `sqlite:${join(dir, "weerbaar.db")}`,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
  }),
});

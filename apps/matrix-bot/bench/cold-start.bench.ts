// Cold start to ready (process start → /readyz 200, first sync done) and idle RSS of the Matrix bot run from a
// release folder against a local Synapse, as deploy/ runs it (a new SQLite file each time), against a bare Node
// HTTP server in the same run.
import { join } from "node:path";
import { measureColdStart } from "@weerbaar/testing/cold-start";
import { startSynapse } from "@weerbaar/testing/synapse";

const synapse = await startSynapse();
try {
  const account = await synapse.registerUser("weerbaar");
  const human = await synapse.registerUser("anna");
  await measureColdStart({
    name: "matrix-cold-start",
    label: "Matrix bot",
    app: "matrix-bot",
    readyPath: "/readyz",
    command: "pnpm --filter @weerbaar/matrix-bot bench",
    env: (port, dir) => ({
      MATRIX_HOMESERVER_URL: synapse.baseUrl,
      MATRIX_ACCESS_TOKEN: account.accessToken,
      MATRIX_ALLOWED_USERS: human.userId,
      DATABASE_URL: `sqlite:${join(dir, "weerbaar.db")}`,
      HEALTH_PORT: String(port),
      LOG_LEVEL: "warn",
    }),
  });
} finally {
  await synapse.stop();
}

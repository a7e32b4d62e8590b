// A bot process for the multi-instance and crash tests: the production wiring (env, store, lease, /healthz) with an
// assistant that tags its answers with INSTANCE, so the test sees which process answered. A message reading
// CRASH_ON kills the process in the middle of its turn, as a power cut would. The allowed users are put on the
// staff list first (the bot answers only staff more than once a day).
import { startMatrixApp } from "../../src/app.ts";
import type { Assistant } from "../../src/assistant-types.ts";
import { readEnv } from "../../src/env.ts";
import { seatStaffByUserId } from "./staff.ts";

const instance = process.env.INSTANCE ?? "?";
const crashOn = process.env.CRASH_ON;
const assistant: Assistant = {
  async handle(message) {
    if (crashOn !== undefined && message.text === crashOn) process.kill(process.pid, "SIGKILL");
    return {
      lang: "nl",
      intent: "echo",
      blocks: [{ type: "paragraph", text: `${instance}: ${message.text}` }],
      actions: [],
      attachments: [],
      data: {},
    };
  },
};

const env = readEnv();
await seatStaffByUserId(env.DATABASE_URL, env.MATRIX_ALLOWED_USERS);
const app = await startMatrixApp(env, { assistant });
process.stdout.write("ready\n");
process.once("SIGTERM", () => {
  void app.close().then(() => process.exit(0));
});

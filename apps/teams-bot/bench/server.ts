// One server for the throughput benchmark, in its own process: `echo` (a bare botbuilder CloudAdapter echo bot,
// local mode, the same express setup) or `weerbaar` (createTeamsBot with the real assistant over SQLite, local
// mode). Both post their replies to a minimal channel stub in this process. Prints one JSON line when ready.
import { mkdtempSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAssistant } from "@weerbaar/assistant";
import { openStore } from "@weerbaar/store";
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";
import express from "express";
import pino from "pino";
import { createTeamsBot } from "../src/bot.ts";

const [kind, staffAad] = process.argv.slice(2);
if ((kind !== "echo" && kind !== "weerbaar") || !staffAad)
  throw new Error("usage: server.ts echo|weerbaar AAD");

// The channel: accepts every reply and answers with an id, as Teams does.
let nextId = 1;
const channel = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ id: `1:${nextId++}` }));
  });
});
await new Promise<void>((resolve) => channel.listen(0, "127.0.0.1", resolve));
const serviceUrl = `http://127.0.0.1:${(channel.address() as AddressInfo).port}/`;

let url: string;
if (kind === "echo") {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const app = express();
  app.disable("x-powered-by");
  app.use(express.json({ limit: "1mb" }));
  app.post("/api/messages", async (req, res) => {
    await adapter.process(req, res, async (context) => {
      if (context.activity.type === "message") await context.sendActivity(`echo: ${context.activity.text}`);
    });
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
} else {
  const store = await openStore(
    `sqlite:${join(mkdtempSync(join(tmpdir(), "weerbaar-bench-")), "weerbaar.db")}`,
  );
  await store.staff.upsert(
    {
      displayName: "Anna de Vries",
      role: "advisor",
      identities: [{ platform: "teams", aadObjectId: staffAad }],
    },
    { actorId: "system", channel: "bench" },
  );
  const bot = createTeamsBot({
    assistant: createAssistant({ store }),
    store,
    auth: { mode: "local" },
    allowedTenants: [],
    logger: pino({ level: "silent" }),
  });
  url = (await bot.listen(0, "127.0.0.1")).url;
}
process.stdout.write(`${JSON.stringify({ url, serviceUrl })}\n`);

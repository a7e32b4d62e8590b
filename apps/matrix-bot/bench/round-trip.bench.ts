// Matrix round trip through a local Synapse: a person's account sends "hoe staat Leudal ervoor?" and waits for
// the reply, against Weerbaar (real assistant, SQLite store) and, in the same run, a bare matrix-bot-sdk bot that
// echoes each message as a reply notice. Rounds alternate between the two so load on the machine hits both alike.
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createAssistant } from "@weerbaar/assistant";
import { writeBenchReport } from "@weerbaar/testing/bench";
import { type HumanClient, isReplyTo } from "@weerbaar/testing/synapse";
import { AutojoinRoomsMixin, MatrixClient, SimpleFsStorageProvider } from "matrix-bot-sdk";
import { createWorld, directRoom, openTestStore, startBot, waitForJoin } from "../test/support/world.ts";

const ROUNDS = 30;
const WARMUP = 3;

const world = await createWorld();
const store = await openTestStore(world);
const bot = await startBot(world, store, {
  assistant: createAssistant({ store, admins: [`matrix:${world.alice.userId}`] }),
});
const echoAccount = await world.synapse.registerUser("echo");
const echo = new MatrixClient(
  world.synapse.baseUrl,
  echoAccount.accessToken,
  new SimpleFsStorageProvider(join(world.dir, "echo.json")),
);
AutojoinRoomsMixin.setupOnClient(echo);
echo.on(
  "room.message",
  async (roomId: string, event: { sender: string; content?: { msgtype?: string; body?: string } }) => {
    if (event.sender === echoAccount.userId || event.content?.msgtype !== "m.text") return;
    await echo.replyNotice(roomId, event, event.content.body ?? "");
  },
);
await echo.start();

try {
  const weerbaarRoom = await directRoom(world, world.alice);
  const echoRoom = await world.alice.createRoom({ directWith: echoAccount.userId });
  await waitForJoin(world.alice, echoRoom, echoAccount.userId);
  const roundTrip = async (human: HumanClient, roomId: string) => {
    const started = performance.now();
    const id = await human.sendText(roomId, "hoe staat Leudal ervoor?");
    await human.waitForEvent(roomId, (e) => isReplyTo(e, id), 15_000);
    return performance.now() - started;
  };
  const times = { weerbaar: [] as number[], echo: [] as number[] };
  for (let round = 0; round < ROUNDS + WARMUP; round++) {
    const w = await roundTrip(world.alice, weerbaarRoom);
    const e = await roundTrip(world.alice, echoRoom);
    if (round >= WARMUP) {
      times.weerbaar.push(w);
      times.echo.push(e);
    }
  }
  const percentile = (values: number[], p: number) =>
    [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ??
    0;
  const weerbaar = { p50: percentile(times.weerbaar, 50), p99: percentile(times.weerbaar, 99) };
  const bare = { p50: percentile(times.echo, 50), p99: percentile(times.echo, 99) };
  const ratio = weerbaar.p50 / bare.p50;
  console.log(
    `Matrix round trip (${ROUNDS} rounds, local Synapse): Weerbaar p50 ${weerbaar.p50.toFixed(0)} ms, p99 ${weerbaar.p99.toFixed(0)} ms;`,
  );
  console.log(
    `bare matrix-bot-sdk echo bot p50 ${bare.p50.toFixed(0)} ms, p99 ${bare.p99.toFixed(0)} ms; ratio ×${ratio.toFixed(2)} (goal ≤ 1.1)`,
  );
  writeBenchReport("matrix-round-trip", {
    name: "matrix-round-trip",
    description: `a person sends, sees the reply; ${ROUNDS} alternating rounds after ${WARMUP} warm-up rounds`,
    command: "pnpm --filter @weerbaar/matrix-bot bench",
    at: new Date().toISOString(),
    results: [
      {
        metric: "round trip, status question",
        unit: "ms",
        value: weerbaar.p50,
        p50: weerbaar.p50,
        p99: weerbaar.p99,
        baseline: bare.p50,
        ratio,
        goal: "≤ 1.1 × echo bot",
        met: ratio <= 1.1,
      },
    ],
  });
} finally {
  echo.stop();
  await bot.stop();
  await store.close();
  await world.close();
}

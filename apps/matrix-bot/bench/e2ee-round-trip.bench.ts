// End-to-end encryption's cost, through a local Synapse, in one run: the round trip (a person sends, sees the
// answer) in an encrypted DM against an unencrypted DM with the same bot (rounds alternate), then 1 000 encrypted
// turns, with the bot's crypto store size and the process's memory after the first 100 and after all of them.
// The person's client (matrix-js-sdk, Rust crypto) runs in this process too, so RSS is an upper bound for the bot.
import { stat } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { writeBenchReport } from "@weerbaar/testing/bench";
import { Preset } from "matrix-js-sdk";
import { createE2eeWorld, startE2eeBot, startHuman } from "../test/e2ee-support/e2ee-world.ts";
import { type ElementLikeClient, repliesTo } from "../test/e2ee-support/element-like-client.ts";

const ROUNDS = 30;
const WARMUP = 3;
const TURNS = Number(process.env.E2EE_BENCH_TURNS ?? 1000);
const EARLY = 100;

const world = await createE2eeWorld({ encryptionByDefault: false });
const running = await startE2eeBot(world);
const alice = await startHuman(world, "alice");

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;
const mb = (bytes: number) => Math.round((bytes / 1e6) * 10) / 10;

try {
  const encryptedRoom = await alice.createEncryptedDm(world.bot.userId);
  const { room_id: plainRoom } = await alice.client.createRoom({
    preset: Preset.TrustedPrivateChat,
    is_direct: true,
    invite: [world.bot.userId],
  });
  await alice.waitFor(plainRoom, (e) => e.type === "m.room.member" && e.sender === world.bot.userId);
  const roundTrip = async (human: ElementLikeClient, roomId: string, text: string) => {
    const started = performance.now();
    const id = await human.sendText(roomId, text);
    await human.waitFor(roomId, (e) => repliesTo(e, id), 20_000);
    return performance.now() - started;
  };
  const times = { encrypted: [] as number[], plain: [] as number[] };
  for (let round = 0; round < ROUNDS + WARMUP; round++) {
    const e = await roundTrip(alice, encryptedRoom, `versleuteld ${round}`);
    const p = await roundTrip(alice, plainRoom, `onversleuteld ${round}`);
    if (round >= WARMUP) {
      times.encrypted.push(e);
      times.plain.push(p);
    }
  }
  const encrypted = { p50: percentile(times.encrypted, 50), p99: percentile(times.encrypted, 99) };
  const plain = { p50: percentile(times.plain, 50), p99: percentile(times.plain, 99) };
  const ratio = encrypted.p50 / plain.p50;
  console.log(
    `round trip (${ROUNDS} rounds): encrypted p50 ${encrypted.p50.toFixed(0)} ms p99 ${encrypted.p99.toFixed(0)} ms; ` +
      `unencrypted p50 ${plain.p50.toFixed(0)} ms p99 ${plain.p99.toFixed(0)} ms; ratio ×${ratio.toFixed(2)} (goal ≤ 1.3)`,
  );

  // Many turns in one encrypted room: megolm sessions rotate (every 100 messages by default), and the store must
  // not grow without bound.
  const sample = async () => {
    globalThis.gc?.();
    return { rss: process.memoryUsage().rss, store: (await stat(world.cryptoFile)).size };
  };
  const turnsRoom = await alice.createEncryptedDm(world.bot.userId);
  let early = await sample();
  for (let turn = 1; turn <= TURNS; turn++) {
    await roundTrip(alice, turnsRoom, `beurt ${turn}`);
    if (turn === EARLY) early = await sample();
  }
  const late = await sample();
  const rssGrowth = late.rss / early.rss - 1;
  console.log(
    `after ${EARLY} encrypted turns: RSS ${mb(early.rss)} MB, crypto store ${mb(early.store)} MB; after ${TURNS}: ` +
      `RSS ${mb(late.rss)} MB, crypto store ${mb(late.store)} MB (RSS +${(rssGrowth * 100).toFixed(0)} %, goal ≤ 20 %)`,
  );
  writeBenchReport("matrix-e2ee", {
    name: "matrix-e2ee",
    description: `encrypted vs unencrypted DM, ${ROUNDS} alternating rounds after ${WARMUP} warm-up; then ${TURNS} encrypted turns`,
    command: "pnpm --filter @weerbaar/matrix-bot exec tsx bench/e2ee-round-trip.bench.ts",
    at: new Date().toISOString(),
    results: [
      {
        metric: "round trip, encrypted DM",
        unit: "ms",
        value: encrypted.p50,
        p50: encrypted.p50,
        p99: encrypted.p99,
        baseline: plain.p50,
        ratio,
        goal: "≤ 1.3 × unencrypted DM",
        met: ratio <= 1.3,
      },
      {
        metric: `process RSS after ${TURNS} encrypted turns (bot and the person's client)`,
        unit: "MB",
        value: mb(late.rss),
        baseline: mb(early.rss),
        ratio: late.rss / early.rss,
        goal: `≤ 1.2 × after ${EARLY} turns`,
        met: rssGrowth <= 0.2,
      },
      {
        metric: `crypto store copy after ${TURNS} encrypted turns`,
        unit: "MB",
        value: mb(late.store),
        baseline: mb(early.store),
        ratio: late.store / early.store,
      },
    ],
  });
} finally {
  alice.stop();
  await running.bot.stop();
  await world.close();
}

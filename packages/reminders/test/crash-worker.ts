// A reminder worker process for the crash test: resumes the simulated week where the last worker's clock file
// says (plus the lease and a minute, as a restart would), ticks in steps, and posts through a "platform" that
// appends each message to a log file (what a channel received survives the kill). Prints "ready", then "done".
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { openStore } from "@weerbaar/store";
import { createReminderService, type Sender } from "../src/index.ts";

const [url, clockFile, platformLog, startIso, endIso, stepMs, leaseMs] = process.argv.slice(2);
if (!url || !clockFile || !platformLog || !startIso || !endIso || !stepMs || !leaseMs)
  throw new Error("usage: crash-worker URL CLOCK LOG START END STEP_MS LEASE_MS");

const resumed = existsSync(clockFile);
let t = resumed
  ? Number(readFileSync(clockFile, "utf8")) + Number(leaseMs) + 60_000
  : new Date(startIso).getTime();
const store = await openStore(url, { now: () => new Date(t) });
const send: Sender = async (message) => {
  appendFileSync(platformLog, `${JSON.stringify({ key: message.key, txnId: message.txnId })}\n`);
  return `msg:${message.txnId}`;
};
const service = createReminderService({
  store,
  senders: { teams: send, matrix: send },
  now: () => new Date(t),
  workerId: `crash-${process.pid}`,
  config: { leaseMs: Number(leaseMs) },
});
process.stdout.write("ready\n");
const end = new Date(endIso).getTime() + 2 * Number(stepMs);
for (; t <= end; t += Number(stepMs)) {
  await service.tick();
  // Written aside and renamed: a kill mid-write must not leave a truncated clock behind.
  writeFileSync(`${clockFile}.tmp`, String(t));
  renameSync(`${clockFile}.tmp`, clockFile);
}
await store.close();
process.stdout.write("done\n");

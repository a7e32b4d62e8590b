// A separate process for the SQLite race test: opens the store, says "ready", waits for "go" on stdin, then books
// one slot per round as fast as it can.
import { once } from "node:events";
import { AppointmentConflictError, openStore } from "../src/index.ts";

const [url, organizerId, rounds, name] = process.argv.slice(2);
if (!url || !organizerId || !rounds || !name) throw new Error("usage: race-writer URL STAFF ROUNDS NAME");

const store = await openStore(url);
process.stdout.write("ready\n");
await once(process.stdin, "data");
const outcome: string[] = [];
for (let round = 0; round < Number(rounds); round++) {
  const start = new Date(Date.UTC(2032, 0, 1 + round, 9, 0));
  try {
    await store.appointments.book(
      { bodyCode: "GM1640", organizerId, start, end: new Date(start.getTime() + 3_600_000) },
      { actorId: name, channel: "test" },
    );
    outcome.push("won");
  } catch (error) {
    if (!(error instanceof AppointmentConflictError)) {
      outcome.push(`error: ${(error as Error).message}`);
      continue;
    }
    outcome.push("lost");
  }
}
await store.close();
process.stdout.write(`${JSON.stringify(outcome)}\n`);
process.stdin.destroy();

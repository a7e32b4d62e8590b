// A separate process for the crash-safety test: opens the store, says "ready", then writes forever (bookings and
// whole-survey imports, chosen at random) and prints "ack <kind> <id>" after each committed write. The test kills
// it with SIGKILL at a random moment and checks that every acknowledged write is there and nothing is half there.
import { allBodies } from "@weerbaar/domain";
import { openStore, type SurveyInput } from "../src/index.ts";

const [url, organizerId, tag, first] = process.argv.slice(2);
if (!url || !organizerId || !tag) throw new Error("usage: crash-writer URL STAFF TAG [import-first]");

const store = await openStore(url);
const ctx = { actorId: organizerId, channel: "crash-test" };
process.stdout.write("ready\n");

/** The whole survey at once, as `weerbaar survey import` writes it: one transaction, all or nothing. */
function surveyImport(source: string, round: number): SurveyInput[] {
  return allBodies.map((body, n) =>
    (round + n) % 2 === 0
      ? { bodyCode: body.code, protocol: "present", usage: "active", codeOfConduct: "yes", source }
      : { bodyCode: body.code, protocol: "none", usage: "unknown", codeOfConduct: "no", source },
  );
}

for (let round = 0; ; round++) {
  const importNow = round === 0 && first === "import-first" ? true : Math.random() < 0.5;
  if (!importNow) {
    // Unique slots per writer and round: conflicts are not what this test is about.
    const start = new Date(
      Date.UTC(2040, 0, 1) + (Number(tag.replace(/\D/g, "")) * 10_000 + round) * 7_200_000,
    );
    const booked = await store.appointments.book(
      {
        bodyCode: allBodies[round % allBodies.length]?.code ?? "GM1640",
        organizerId,
        start,
        end: new Date(start.getTime() + 3_600_000),
      },
      ctx,
    );
    process.stdout.write(`ack book ${booked.id}\n`);
  } else {
    const source = `import:${tag}:${round}`;
    await store.transaction((tx) => tx.survey.record(surveyImport(source, round), ctx));
    process.stdout.write(`ack import ${source}\n`);
  }
}

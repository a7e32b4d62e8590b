// A separate process that records one survey answer and exits: another replica, or the CLI importing.
import { openStore } from "../src/index.ts";

const [url, bodyCode, protocol] = process.argv.slice(2);
if (!url || !bodyCode || !protocol) throw new Error("usage: survey-writer URL BODY PROTOCOL");

const store = await openStore(url);
await store.survey.record(
  [{ bodyCode, protocol: protocol as "present", usage: "unknown", codeOfConduct: "unknown" }],
  { actorId: "other-process", channel: "test" },
);
await store.close();

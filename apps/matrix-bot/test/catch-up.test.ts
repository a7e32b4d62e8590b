import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EchoAssistant } from "./support/echo-assistant.ts";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { bodyOf, fromBot } from "./support/world.ts";

// A small timeline makes "more events than one sync holds" cheap to reach: 12 messages against a limit of 5,
// read back in pages of 5.
const TIMELINE_LIMIT = 5;

describe("catching up after a downtime", () => {
  let t: MatrixScenario;

  beforeAll(async () => {
    t = await matrixScenario({ start: false });
  });
  afterAll(() => t?.cleanup());

  it("regression: messages beyond one sync's timeline were skipped; now each is answered once, in order", {
    timeout: 60_000,
  }, async () => {
    await t.startBot({ timelineLimit: TIMELINE_LIMIT });
    const roomId = await t.directRoom(t.alice);
    const before = await t.alice.sendText(roomId, "voor de onderbreking");
    await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, before), 15_000);
    await t.bot.stop();

    const questions: string[] = [];
    for (let n = 1; n <= 12; n++) questions.push(await t.alice.sendText(roomId, `vraag ${n}`));

    const afterwards = new EchoAssistant();
    await t.startBot({ assistant: afterwards, timelineLimit: TIMELINE_LIMIT });
    for (const [n, question] of questions.entries()) {
      const answer = await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, question), 20_000);
      expect(bodyOf(answer)).toBe(`echo: vraag ${n + 1}`);
    }
    expect(afterwards.texts()).toEqual(questions.map((_, n) => `vraag ${n + 1}`));
    const answers = await t.alice.collectFor(roomId, fromBot(t.world), 2000);
    expect(answers.filter((e) => isReplyTo(e, before))).toHaveLength(1);
    expect(answers).toHaveLength(13);
  });
});

import { isReplyTo } from "@weerbaar/testing/synapse";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { fromBot } from "./support/world.ts";

describe("rate limits", () => {
  let t: MatrixScenario;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const logger = pino({ level: "warn" }, { write: (line: string) => logLines.push(JSON.parse(line)) });
    t = await matrixScenario({ rateLimited: true, bot: { logger } });
  });
  afterAll(() => t?.cleanup());

  it("answers every message of a burst exactly once, waiting out M_LIMIT_EXCEEDED", {
    timeout: 60_000,
  }, async () => {
    const roomId = await t.directRoom(t.alice);
    const asked: string[] = [];
    for (let i = 1; i <= 6; i++) asked.push(await t.alice.sendText(roomId, `vraag ${i}`));
    for (const id of asked) await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, id), 40_000);
    const answers = await t.alice.collectFor(roomId, fromBot(t.world), 1500);
    expect(answers).toHaveLength(6);
    expect(logLines.some((l) => l.msg === "matrix request retried" && l.kind === "rate-limited")).toBe(true);
  });
});

import { personalChat, personalMessage, type TokenVariant, teamsUser } from "@weerbaar/testing/bot-connector";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotUnderTest, startBot } from "./support/harness.ts";
import { KNOWN_AAD, scriptedAssistant } from "./support/scripted-assistant.ts";

describe("JWT validation with an app id (real botbuilder validation against the emulator's keys)", () => {
  let t: BotUnderTest;
  let assistant: ReturnType<typeof scriptedAssistant>;
  const user = teamsUser("Anna de Vries", KNOWN_AAD);
  beforeAll(async () => {
    assistant = scriptedAssistant();
    t = await startBot({ assistant, auth: "azure" });
  });
  afterAll(async () => t.close());

  it("accepts a token signed by the channel's published key", async () => {
    const chat = personalChat();
    const response = await t.connector.post(
      personalMessage(t.connector.context, { user, chat, text: "hallo" }),
      {
        token: "valid",
      },
    );
    expect(response.status).toBe(200);
    expect(await t.connector.waitForReplies(chat.id, 1)).toHaveLength(1);
  });

  it.each<[TokenVariant, string]>([
    ["none", "no Authorization header"],
    ["otherKey", "a token signed by another key under the published kid"],
    ["expired", "an expired token"],
    ["wrongAudience", "a token for another app id"],
    ["wrongServiceUrl", "a serviceurl claim that differs from the activity"],
  ])("rejects %s (%s) with 401 before any handler runs", async (variant) => {
    const callsBefore = assistant.calls.length;
    const chat = personalChat();
    const response = await t.connector.post(
      personalMessage(t.connector.context, { user, chat, text: "hallo" }),
      {
        token: variant,
      },
    );
    expect(response.status).toBe(401);
    expect(assistant.calls.length).toBe(callsBefore);
    expect(t.connector.activitiesIn(chat.id)).toEqual([]);
    expect(await t.store.conversationRefs.get(chat.id)).toBeUndefined();
  });

  it("rejects a token whose payload was tampered with (regression: forged tokens gave 500)", async () => {
    const chat = personalChat();
    const activity = personalMessage(t.connector.context, { user, chat, text: "hallo" });
    const token = await t.connector.tokens.channelToken({
      audience: "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
      serviceUrl: t.connector.serviceUrl,
    });
    const [header, , signature] = (token ?? "").split(".");
    const payload = Buffer.from(
      JSON.stringify({
        aud: "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        serviceurl: t.connector.serviceUrl,
        iss: t.connector.issuer,
        exp: 4102444800,
      }),
    ).toString("base64url");
    const response = await fetch(`${t.url}/api/messages`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${header}.${payload}.${signature}`,
      },
      body: JSON.stringify(activity),
    });
    expect(response.status).toBe(401);
    expect(await t.store.conversationRefs.get(chat.id)).toBeUndefined();
  });

  it("rejects an unsigned (alg none) token with 401", async () => {
    const chat = personalChat();
    const activity = personalMessage(t.connector.context, { user, chat, text: "hallo" });
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const unsigned = `${encode({ alg: "none", typ: "JWT" })}.${encode({ aud: "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", serviceurl: t.connector.serviceUrl, iss: t.connector.issuer })}.`;
    const response = await fetch(`${t.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${unsigned}` },
      body: JSON.stringify(activity),
    });
    expect(response.status).toBe(401);
  });
});

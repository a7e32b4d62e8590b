import type { Activity } from "botbuilder";
import { describe, expect, it } from "vitest";
import { ReusingBotFrameworkAuthentication } from "./reusing-auth.ts";

const activity = (serviceUrl: string) =>
  ({ type: "message", channelId: "msteams", serviceUrl, text: "hoi" }) as Activity;

describe("outbound clients are reused across turns", () => {
  it("one ConnectorClient per service URL, shared by every turn that comes through it", async () => {
    const auth = new ReusingBotFrameworkAuthentication({});
    const client = async (serviceUrl: string) => {
      const result = await auth.authenticateRequest(activity(serviceUrl), "");
      return result.connectorFactory?.create(serviceUrl, result.audience);
    };
    const first = await client("https://smba.trafficmanager.net/emea/");
    expect(first).toBeDefined();
    expect(await client("https://smba.trafficmanager.net/emea/")).toBe(first);
    expect(await client("https://smba.trafficmanager.net/amer/")).not.toBe(first);
  });

  it("proactive turns share the clients of inbound turns, and one user token client serves all", async () => {
    const auth = new ReusingBotFrameworkAuthentication({});
    const inbound = await auth.authenticateRequest(activity("https://smba.example/"), "");
    const fromInbound = await inbound.connectorFactory?.create("https://smba.example/", inbound.audience);
    const proactive = auth.createConnectorFactory(inbound.claimsIdentity);
    expect(await proactive.create("https://smba.example/", inbound.audience)).toBe(fromInbound);
    const tokens = await auth.createUserTokenClient(inbound.claimsIdentity);
    expect(await auth.createUserTokenClient(inbound.claimsIdentity)).toBe(tokens);
  });
});

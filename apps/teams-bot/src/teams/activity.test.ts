import type { Activity } from "botbuilder";
import { describe, expect, it } from "vitest";
import { baseConversationId, conversationKind, langHintOf, tenantOf, tenantsDisagree } from "./activity.ts";

describe("Teams activity helpers", () => {
  it("knows the conversation kind, tenant and channel id", () => {
    const activity = {
      conversation: { id: "19:abc@thread.tacv2;messageid=1700", conversationType: "channel", isGroup: true },
      channelData: { tenant: { id: "t-1" } },
    } as unknown as Partial<Activity>;
    expect(conversationKind(activity)).toBe("channel");
    expect(tenantOf(activity)).toBe("t-1");
    expect(baseConversationId("19:abc@thread.tacv2;messageid=1700")).toBe("19:abc@thread.tacv2");
    expect(baseConversationId("a:1xyz")).toBe("a:1xyz");
  });

  it("sees when conversation.tenantId and channelData.tenant.id name different tenants", () => {
    const both = (conversation?: string, channelData?: string) =>
      ({
        conversation: { id: "a:1", ...(conversation ? { tenantId: conversation } : {}) },
        ...(channelData ? { channelData: { tenant: { id: channelData } } } : {}),
      }) as unknown as Partial<Activity>;
    expect(tenantsDisagree(both("t-1", "t-2"))).toBe(true);
    expect(tenantsDisagree(both("t-1", "t-1"))).toBe(false);
    expect(tenantsDisagree(both("t-1"))).toBe(false);
    expect(tenantsDisagree(both(undefined, "t-2"))).toBe(false);
    expect(tenantOf(both(undefined, "t-2"))).toBe("t-2");
    expect(tenantOf(both("t-1", "t-2"))).toBe("t-1");
  });

  it("maps Teams locales to the assistant's languages", () => {
    expect(langHintOf("nl-NL")).toBe("nl");
    expect(langHintOf("nl-BE")).toBe("nl");
    expect(langHintOf("en-US")).toBe("en");
    expect(langHintOf("de-DE")).toBeUndefined();
    expect(langHintOf(undefined)).toBeUndefined();
  });
});

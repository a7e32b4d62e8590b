import { type Assistant, createAssistant, type IncomingMessage, type Reply } from "@weerbaar/assistant";
import type { Store } from "@weerbaar/store";
import { NOW, TENANT } from "./harness.ts";

/** The real assistant over the store, with one staff member (the given AAD object id) seeded; records replies. */
export async function realAssistant(
  store: Store,
  staffAad: string,
  tenantId: string = TENANT,
): Promise<Assistant & { calls: IncomingMessage[]; replies: Reply[] }> {
  await store.staff.upsert(
    {
      displayName: "Anna de Vries",
      role: "advisor",
      identities: [{ platform: "teams", aadObjectId: staffAad, tenantId }],
    },
    { actorId: "system", channel: "test" },
  );
  const assistant = createAssistant({ store, now: () => NOW });
  const calls: IncomingMessage[] = [];
  const replies: Reply[] = [];
  return {
    calls,
    replies,
    async handle(message) {
      calls.push(message);
      const reply = await assistant.handle(message);
      replies.push(reply);
      return reply;
    },
  };
}

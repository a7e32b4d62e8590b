import { type Assistant, createAssistant, type IncomingMessage, type Reply } from "@weerbaar/assistant";
import type { Store } from "@weerbaar/store";
import { NOW, TENANT } from "./harness.ts";

/** The real assistant as tests use it: what it was asked and what it answered, in order. */
export type RecordingAssistant = Assistant & { calls: IncomingMessage[]; replies: Reply[] };

/** Adds one staff member (an advisor) with the given AAD object id; once per database. */
export async function seedStaff(store: Store, staffAad: string, tenantId: string = TENANT): Promise<void> {
  await store.staff.upsert(
    {
      displayName: "Anna de Vries",
      role: "advisor",
      identities: [{ platform: "teams", aadObjectId: staffAad, tenantId }],
    },
    { actorId: "system", channel: "test" },
  );
}

/** The real assistant over the store at the harness's NOW; records calls and replies. */
export function recordingAssistant(store: Store): RecordingAssistant {
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

/** The real assistant over the store, with one staff member (the given AAD object id) seeded; records replies. */
export async function realAssistant(
  store: Store,
  staffAad: string,
  tenantId: string = TENANT,
): Promise<RecordingAssistant> {
  await seedStaff(store, staffAad, tenantId);
  return recordingAssistant(store);
}

import { type Body, findBodyByCode } from "@weerbaar/domain";
import type { Store } from "@weerbaar/store";
import type { BodyRef, Intent } from "../understanding/index.ts";

/**
 * The body a conversation is about: the one body its last message about one body named ("hoe staat Venray
 * ervoor?"), so a call note pasted after the call may leave it out. Kept per dialog (per person in a shared
 * conversation) beside the open question, for a couple of hours: after that the note has to name its body.
 */
export const CONTEXT_TTL_MS = 2 * 60 * 60 * 1000;

// Not the dialog key itself: a shared conversation lists its open questions by the dialog keys' prefix.
const contextKey = (dialogKey: string) => `context:${dialogKey}`;

function refsOf(intent: Intent): BodyRef[] {
  const refs: BodyRef[] = [];
  if ("body" in intent && intent.body) refs.push(intent.body);
  if ("bodies" in intent) refs.push(...intent.bodies);
  if (intent.intent === "call_note") {
    refs.push(...intent.named);
    for (const { reading } of intent.facts) {
      if ("body" in reading && reading.body) refs.push(reading.body);
      if ("bodies" in reading) refs.push(...reading.bodies);
    }
  }
  return refs;
}

/** The one body a message names by its exact name, or undefined (none, several, ambiguous or a corrected typo). */
export function namedBody(intent: Intent): Body | undefined {
  let only: Body | undefined;
  for (const ref of refsOf(intent)) {
    if (ref.status !== "found" || ref.fuzzy) return undefined;
    if (only && only.code !== ref.body.code) return undefined;
    only = ref.body;
  }
  return only;
}

/**
 * Remembers the body of the conversation. Written only when it changes (a read costs a fifth of a write, and a
 * conversation mostly stays with its body); best effort: a failure must not fail the turn that already answered.
 */
export async function rememberBody(store: Store, dialogKey: string, body: Body, now: Date): Promise<void> {
  try {
    const saved = await store.conversations.load<{ bodyCode?: unknown }>(contextKey(dialogKey));
    // Saved again once half its time is gone, so a conversation that stays with its body keeps it.
    const fresh = saved !== undefined && now.getTime() - saved.updatedAt.getTime() < CONTEXT_TTL_MS / 2;
    if (saved?.state.bodyCode === body.code && fresh) return;
    await store.conversations.save(contextKey(dialogKey), { bodyCode: body.code }, { ttlMs: CONTEXT_TTL_MS });
  } catch {
    // The context is a convenience: without it a later note asks for its body.
  }
}

/** The body the conversation was last about, if it is recent. */
export async function contextBody(store: Store, dialogKey: string): Promise<Body | undefined> {
  const saved = await store.conversations.load<{ bodyCode?: unknown }>(contextKey(dialogKey));
  const code = saved?.state.bodyCode;
  return typeof code === "string" ? findBodyByCode(code) : undefined;
}

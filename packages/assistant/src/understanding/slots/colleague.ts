import type { Analysis } from "../analysis.ts";
import type { StaffIdentity } from "./schemas.ts";

/** A person the message @mentions: their chat account and the name the platform shows for them. */
export type MentionedPerson = { identity: StaffIdentity; name: string };

/** Who a colleague command is about: a name, a chat account, or both. */
export type Colleague = { name?: string; identity?: StaffIdentity };

/**
 * The colleague a command names. An @mention says exactly who is meant, so the first person mentioned wins, with
 * the account and the name the platform gave; without one, what the text itself says (`fromText`). Every colleague
 * command builds its slots through here, so each takes a mention where it takes a name.
 */
export function colleagueSlot(a: Pick<Analysis, "people">, fromText: Colleague): Colleague {
  const [mentioned] = a.people;
  if (!mentioned) return fromText;
  return { name: mentioned.name, identity: mentioned.identity };
}

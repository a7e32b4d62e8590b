import type { StaffMember } from "@weerbaar/domain";
import type { Lang, Reply } from "@weerbaar/reply";
import type { Store, WriteContext } from "@weerbaar/store";
import type { IncomingMessage } from "./message.ts";
import type { PendingDialog } from "./pending.ts";

/** Everything a use case needs for one turn. */
export type Turn = {
  store: Store;
  now: Date;
  lang: Lang;
  staff: StaffMember;
  message: IncomingMessage;
  /** The cleaned text of the message. */
  text: string;
  /** Who writes, through which channel: recorded in the audit log. */
  writeContext: WriteContext;
  pageSize: number;
};

/** What a use case answers, and what the conversation waits for next (null: nothing). */
export type Outcome = { reply: Reply; pending: PendingDialog | null };

/** An outcome that leaves nothing open. */
export const done = (reply: Reply): Outcome => ({ reply, pending: null });

// Imported by bot.ts at start: zod and types only, never a value import of botbuilder (see lazy-framework.ts).
import type { Activity } from "botbuilder";
import { z } from "zod";

// Derived from what the bot and botbuilder read of an incoming activity (bot.ts, activity.ts, turn.ts, botbuilder's
// CloudAdapter, TurnContext.getConversationReference and its mention helpers). Every object is loose: channels add
// fields of their own, and what the bot does not read is passed on untouched. Optional fields may be null where
// every reader treats null as absent (`?.`, `??`).

/** A string that must not be empty. */
const nonEmpty = z.string().min(1, "expected a non-empty string");

/** A user, bot or member as the channel names them (`ChannelAccount`). */
const account = z.looseObject({
  id: z.string(),
  name: z.string().nullish(),
  aadObjectId: z.string().nullish(),
});

/** Where the activity happened (`ConversationAccount`); `id` is where replies and reminders go. */
const conversation = z.looseObject({
  id: nonEmpty,
  conversationType: z.string().nullish(),
  isGroup: z.boolean().nullish(),
  tenantId: z.string().nullish(),
});

/**
 * An entity: anything with a type. A mention (botbuilder matches the type case-insensitively) also needs the
 * mentioned account and the text it appears as, which TurnContext.removeMentionText reads without checking.
 */
const entity = z
  .looseObject({
    type: z.string(),
    text: z.string().optional(),
    mentioned: account.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.type.toLowerCase() !== "mention") return;
    if (value.mentioned === undefined)
      ctx.addIssue({ code: "custom", path: ["mentioned"], message: "required in a mention" });
    if (value.text === undefined)
      ctx.addIssue({ code: "custom", path: ["text"], message: "required in a mention" });
  });

/** Teams' channel data; the bot reads only the tenant, the rest is passed on. */
const channelData = z.looseObject({
  tenant: z.looseObject({ id: z.string() }).nullish(),
});

/** A timestamp as JSON carries it; bot.ts turns it into the Date botbuilder expects. */
const timestamp = z.string().refine((text) => !Number.isNaN(Date.parse(text)), "expected a date");

/** The shape of an incoming activity that the bot can run a turn for (message, conversationUpdate, invoke…). */
export const activitySchema = z.looseObject({
  type: nonEmpty,
  id: z.string().nullish(),
  channelId: nonEmpty,
  // Where the bot's replies go; botbuilder builds its connector client from it.
  serviceUrl: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }),
  from: account,
  recipient: account,
  conversation,
  text: z.string().nullish(),
  locale: z.string().nullish(),
  // Not nullable: TurnContext.getMentions iterates anything but undefined.
  entities: z.array(entity).optional(),
  channelData: channelData.nullish(),
  // A card's submit data or an invoke's payload: parsed by whoever handles it.
  value: z.unknown().optional(),
  name: z.string().nullish(),
  action: z.string().nullish(),
  replyToId: z.string().nullish(),
  membersAdded: z.array(account).nullish(),
  membersRemoved: z.array(account).nullish(),
  timestamp: timestamp.nullish(),
  localTimestamp: timestamp.nullish(),
  expiration: timestamp.nullish(),
});

/** The outcome of checking a request body: the activity, or why it is not one. */
export type ActivityCheck = { ok: true; activity: Activity } | { ok: false; reason: string };

/** Short messages for the common issues ("text: expected string", "conversation: required"). */
const errorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code !== "invalid_type") return undefined;
  return issue.input === undefined ? "required" : `expected ${issue.expected}`;
};

/**
 * Checks a request body against the activity schema. On success the body itself is returned (not zod's copy), so
 * fields the schema does not know reach botbuilder exactly as the channel sent them. The reason names the first
 * problem by its path, e.g. `text: expected string`.
 */
export function checkActivity(body: unknown): ActivityCheck {
  const result = activitySchema.safeParse(body, { error: errorMap });
  if (result.success) return { ok: true, activity: body as Activity };
  const issue = result.error.issues[0];
  const path = issue?.path.map(String).join(".") || "activity";
  return { ok: false, reason: `${path}: ${issue?.message ?? "invalid"}` };
}

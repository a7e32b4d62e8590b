/** Who the bot is, as people may address it in a room. */
export type BotIdentity = { userId: string; displayName?: string; commandPrefix: string };

/** The parts of an m.room.message content that addressing looks at. */
export type MessageContent = {
  body?: unknown;
  formatted_body?: unknown;
  "m.mentions"?: { user_ids?: unknown };
};

/** Whether a group message is meant for the bot, and the text with the mention or prefix removed. */
export type Addressing = { addressed: boolean; text: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Drops the quoted fallback ("> <@user> …" lines) that older clients put at the top of a reply's body. */
export function stripReplyFallback(body: string): string {
  if (!body.startsWith("> ")) return body;
  const lines = body.split("\n");
  let i = 0;
  while (i < lines.length && (lines[i] ?? "").startsWith(">")) i++;
  return lines.slice(i).join("\n").trim();
}

function namePatterns(bot: BotIdentity): RegExp[] {
  const names = [bot.userId, bot.displayName].filter((n): n is string => !!n && n.trim() !== "");
  // A name counts when it stands alone: not glued to letters or digits on either side.
  return names.map(
    (name) => new RegExp(`(^|[^\\p{L}\\p{N}_])@?${escapeRegExp(name)}(?![\\p{L}\\p{N}_])`, "giu"),
  );
}

/**
 * Decides whether a message in a group room addresses the bot (a command prefix, an intentional mention in
 * `m.mentions`, a pill to the bot in the HTML, or its user id or display name in the text) and strips
 * the prefix or mention so the assistant gets only the question.
 */
export function addressing(content: MessageContent, bot: BotIdentity): Addressing {
  const body = stripReplyFallback(typeof content.body === "string" ? content.body : "").trim();
  const prefix = bot.commandPrefix.trim();
  if (prefix !== "" && body.toLowerCase().startsWith(prefix.toLowerCase())) {
    const rest = body.slice(prefix.length);
    if (rest === "" || /^[\s:,]/.test(rest)) return { addressed: true, text: cleanUp(rest) };
  }
  const mentionIds = content["m.mentions"]?.user_ids;
  const intentional = Array.isArray(mentionIds) && mentionIds.includes(bot.userId);
  const html = typeof content.formatted_body === "string" ? content.formatted_body : "";
  const pill =
    html.includes(`matrix.to/#/${bot.userId}`) ||
    html.includes(`matrix.to/#/${encodeURIComponent(bot.userId)}`);
  let text = body;
  let named = false;
  for (const pattern of namePatterns(bot)) {
    const stripped = text.replace(pattern, (_match, before: string) => {
      named = true;
      return before;
    });
    text = stripped;
  }
  return { addressed: intentional || pill || named, text: cleanUp(text) };
}

/** The text of a direct message: reply fallback, a leading prefix or mention removed when present. */
export function directText(content: MessageContent, bot: BotIdentity): string {
  return addressing(content, bot).text;
}

function cleanUp(text: string): string {
  return text
    .replace(/^[\s:,]+/, "")
    .replace(/\s+([,;:?!.])/g, "$1")
    .replace(/[,;:]+([?!.])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
}

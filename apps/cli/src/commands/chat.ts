import { createInterface } from "node:readline";
import { createAssistant, type IncomingMessage, renderPlainText } from "@weerbaar/assistant";
import { identityKey, parseAdminList, type StaffMember } from "@weerbaar/domain";
import { openStore, type Store } from "@weerbaar/store";
import type { Command } from "commander";
import { saveAttachment } from "../attachments.ts";
import { globalOptions } from "../global-options.ts";
import { parseInstantOption } from "../instant-option.ts";

type ChatOptions = { now?: string; json?: boolean; message: string[] };

async function chatUser(store: Store, command: Command, given: string): Promise<string> {
  if (
    command.optsWithGlobals().user !== undefined &&
    command.getOptionValueSourceWithGlobals("user") === "cli"
  )
    return given;
  const admins = (await store.staff.list()).filter((s: StaffMember) => s.role === "admin");
  const consoleAdmin = admins.flatMap((s) => s.identities).find((i) => i.platform === "console");
  return consoleAdmin?.platform === "console" ? consoleAdmin.userId : given;
}

async function* inputLines(messages: readonly string[]): AsyncGenerator<string> {
  if (messages.length > 0) {
    yield* messages;
    return;
  }
  const interactive = process.stdin.isTTY === true;
  const lines = createInterface({
    input: process.stdin,
    ...(interactive ? { output: process.stdout, prompt: "> " } : {}),
  });
  if (interactive) lines.prompt();
  for await (const line of lines) {
    yield line;
    if (interactive) lines.prompt();
  }
}

/** Registers `chat`: the console chat with the assistant, the CLI contract documented in the README. */
export function register(program: Command): void {
  program
    .command("chat")
    .description("chat with the assistant in the console (messages from -m, else stdin, one per line)")
    .option("--now <iso>", "fix the clock for the whole run (ISO-8601 instant)")
    .option("--json", "print one JSON object per reply: {intent, text, data}")
    .option(
      "-m, --message <text>",
      "a message (repeatable)",
      (value: string, all: string[]) => [...all, value],
      [],
    )
    .action(async (options: ChatOptions, command: Command) => {
      const fixed = options.now === undefined ? undefined : parseInstantOption(options.now, "chat");
      const now = fixed ? () => fixed : undefined;
      const global = globalOptions(command);
      const store = await openStore(global.db, now ? { now } : {});
      try {
        const user = await chatUser(store, command, global.user);
        const assistant = createAssistant({
          store,
          ...(now ? { now } : {}),
          admins: parseAdminList(process.env.WEERBAAR_ADMINS).map(identityKey),
          trustUnknownUsers: true,
        });
        let first = true;
        for await (const text of inputLines(options.message)) {
          const message: IncomingMessage = {
            conversationId: `console:${user}`,
            channel: { platform: "console", id: user },
            identity: { platform: "console", userId: user },
            text,
            isDirect: true,
          };
          const reply = await assistant.handle(message);
          const plain = renderPlainText(reply);
          const saved: string[] = [];
          for (const attachment of reply.attachments.filter((a) => a.kind === "image"))
            saved.push(await saveAttachment(attachment, now?.() ?? new Date()));
          if (options.json) {
            const attachments = saved.length > 0 ? { attachments: saved } : {};
            process.stdout.write(
              `${JSON.stringify({ intent: reply.intent, text: plain, data: reply.data, ...attachments })}\n`,
            );
          } else {
            const notes = saved.map((path) =>
              reply.lang === "nl" ? `\n(afbeelding opgeslagen: ${path})` : `\n(image saved: ${path})`,
            );
            process.stdout.write(`${first ? "" : "\n"}${plain}${notes.join("")}\n`);
          }
          first = false;
        }
      } finally {
        await store.close();
      }
    });
}

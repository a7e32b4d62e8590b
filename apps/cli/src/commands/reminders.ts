import { renderPlainText } from "@weerbaar/assistant";
import { formatAmsterdam } from "@weerbaar/domain";
import {
  createConsoleSender,
  createReminderService,
  type PreviewItem,
  previewReminders,
} from "@weerbaar/reminders";
import { openStore } from "@weerbaar/store";
import type { Command } from "commander";
import { CliError } from "../cli-error.ts";
import { commandGroup } from "../command-group.ts";
import { globalOptions } from "../global-options.ts";
import { parseInstantOption } from "../instant-option.ts";

type PreviewOptions = { now: string; format: "text" | "json" };

function previewLine(item: PreviewItem): string {
  const when = formatAmsterdam(item.dueAt, "nl", "datetime");
  const verdict = item.action === "send" ? `send${item.late ? " (late)" : ""}` : `drop: ${item.reason ?? ""}`;
  const head = `${when} | ${item.platform} ${item.channelId} | ${item.kind} | ${verdict}`;
  if (!item.reply) return head;
  const body = renderPlainText(item.reply)
    .split("\n")
    .map((line) => (line ? `    ${line}` : ""))
    .join("\n");
  return `${head}\n${body}`;
}

function previewJson(item: PreviewItem) {
  return {
    key: item.key,
    platform: item.platform,
    channelId: item.channelId,
    dueAt: item.dueAt.toISOString(),
    kind: item.kind,
    origin: item.origin,
    late: item.late,
    action: item.action,
    ...(item.reason ? { reason: item.reason } : {}),
    ...(item.reply
      ? { intent: item.reply.intent, text: renderPlainText(item.reply), data: item.reply.data }
      : {}),
  };
}

/** Registers `reminders preview` (what is due, nothing written) and `reminders run` (one tick, console delivery). */
export function register(program: Command): void {
  const reminders = commandGroup(
    program,
    "reminders",
    "reminders: what is due, and delivering to the console",
  );
  reminders
    .command("preview")
    .description("list the reminders due at --now without sending or writing anything")
    .requiredOption("--now <iso>", "the instant to look at (ISO-8601)")
    .option("--format <format>", "text or json", "text")
    .action(async (options: PreviewOptions, command: Command) => {
      const now = parseInstantOption(options.now, "reminders preview");
      if (options.format !== "text" && options.format !== "json") {
        throw new CliError(
          [`weerbaar reminders preview: --format is text or json, not "${options.format}"`],
          2,
        );
      }
      const store = await openStore(globalOptions(command).db, { now: () => now });
      try {
        const items = await previewReminders({ store, now });
        if (options.format === "json") {
          process.stdout.write(`${JSON.stringify(items.map(previewJson), null, 2)}\n`);
        } else if (items.length === 0) {
          process.stdout.write("Niets te versturen. / Nothing due.\n");
        } else {
          process.stdout.write(`${items.map(previewLine).join("\n\n")}\n`);
        }
      } finally {
        await store.close();
      }
    });
  reminders
    .command("run")
    .description("one round of the reminder worker at --now: console subscriptions are delivered by printing")
    .requiredOption("--now <iso>", "the instant the round runs at (ISO-8601)")
    .action(async (options: { now: string }, command: Command) => {
      const now = parseInstantOption(options.now, "reminders run");
      const store = await openStore(globalOptions(command).db, { now: () => now });
      try {
        const printed: string[] = [];
        const service = createReminderService({
          store,
          senders: { console: createConsoleSender((text) => printed.push(text)) },
          now: () => now,
          workerId: `cli-${process.pid}`,
        });
        const report = await service.tick();
        if (printed.length > 0) process.stdout.write(`${printed.join("\n\n")}\n`);
        process.stderr.write(
          `reminders: ${report.sent.length} sent, ${report.dropped.length} dropped, ${report.failed.length} failed\n`,
        );
      } finally {
        await store.close();
      }
    });
}

import { canWrite } from "@weerbaar/domain";
import { createReply, type Lang } from "@weerbaar/reply";
import { match } from "ts-pattern";
import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";
import type { Intent, ReminderTopic } from "../understanding/index.ts";
import { readOnlyReply } from "./writes.ts";

const allKinds: readonly ReminderTopic[] = ["meetings", "follow_ups", "digest"];

/** "afspraken (dag ervoor en uur ervoor)" / "meetings (day before and hour before)". */
export function reminderTopicLabel(kind: ReminderTopic, lang: Lang): string {
  return match(kind)
    .with("meetings", () =>
      t(lang, "afspraken (de dag ervoor en een uur ervoor)", "meetings (the day before and an hour before)"),
    )
    .with("follow_ups", () =>
      t(lang, "opvolging (uitkomsten, nog te bellen)", "follow-ups (outcomes, calls due)"),
    )
    .with("digest", () => t(lang, "weekoverzicht (maandag 09:00)", "weekly digest (Monday 09:00)"))
    .exhaustive();
}

type SubscribeIntent = Extract<Intent, { intent: "subscribe_reminders" }>;
type UnsubscribeIntent = Extract<Intent, { intent: "unsubscribe_reminders" }>;

/** Subscribes this channel to reminders of the named kinds (all when none named). */
export async function subscribeReminders(turn: Turn, intent: SubscribeIntent): Promise<Outcome> {
  if (!canWrite(turn.staff.role)) return done(readOnlyReply(turn.lang));
  const { lang, store, message } = turn;
  const kinds = intent.kinds ?? allKinds;
  await store.transaction(async (tx) => {
    for (const kind of kinds) {
      await tx.subscriptions.subscribe(
        { platform: message.channel.platform, channelId: message.channel.id, kind, lang },
        turn.writeContext,
      );
    }
  });
  return done(
    createReply({
      lang,
      intent: intent.intent,
      blocks: [
        {
          type: "paragraph",
          text: t(lang, "Dit kanaal krijgt nu herinneringen voor:", "This channel now gets reminders for:"),
          tone: "success",
        },
        { type: "list", items: kinds.map((k) => reminderTopicLabel(k, lang)) },
      ],
      data: { kinds },
    }),
  );
}

/** Stops reminders of the named kinds (all when none named) in this channel. */
export async function unsubscribeReminders(turn: Turn, intent: UnsubscribeIntent): Promise<Outcome> {
  if (!canWrite(turn.staff.role)) return done(readOnlyReply(turn.lang));
  const { lang, store, message } = turn;
  const active = await store.subscriptions.list({
    platform: message.channel.platform,
    channelId: message.channel.id,
  });
  const stopping = active.filter((s) => !intent.kinds || intent.kinds.includes(s.kind as ReminderTopic));
  await store.transaction(async (tx) => {
    for (const s of stopping) await tx.subscriptions.unsubscribe(s.id, turn.writeContext);
  });
  const text =
    stopping.length === 0
      ? t(lang, "Dit kanaal had geen van die herinneringen.", "This channel had none of those reminders.")
      : t(lang, "Gestopt met herinneringen hier.", "Stopped reminders here.");
  return done(
    createReply({
      lang,
      intent: intent.intent,
      blocks: [{ type: "paragraph", text }],
      data: { stopped: stopping.map((s) => s.kind) },
    }),
  );
}

/** The reminders this channel is subscribed to. */
export async function listReminders(turn: Turn): Promise<Outcome> {
  const { lang, store, message } = turn;
  const active = await store.subscriptions.list({
    platform: message.channel.platform,
    channelId: message.channel.id,
  });
  const kinds = allKinds.filter((k) => active.some((s) => s.kind === k));
  const blocks =
    kinds.length === 0
      ? [
          {
            type: "paragraph" as const,
            text: t(
              lang,
              'Dit kanaal krijgt geen herinneringen. Zeg "abonneer dit kanaal op herinneringen".',
              'This channel gets no reminders. Say "subscribe this channel to reminders".',
            ),
          },
        ]
      : [
          {
            type: "list" as const,
            title: t(lang, "Herinneringen in dit kanaal", "Reminders in this channel"),
            items: kinds.map((k) => reminderTopicLabel(k, lang)),
          },
        ];
  return done(createReply({ lang, intent: "list_reminders", blocks, data: { kinds } }));
}

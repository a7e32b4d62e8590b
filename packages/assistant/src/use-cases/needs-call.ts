import { allBodies, formatAmsterdam, type OutreachEvent, whoNeedsACall } from "@weerbaar/domain";
import { createReply } from "@weerbaar/reply";
import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";
import type { Intent } from "../understanding/index.ts";

type NeedsCallIntent = Extract<Intent, { intent: "needs_call" }>;

/** The bodies that got a letter but no call yet, longest waiting first. */
export async function needsCall(turn: Turn, intent: NeedsCallIntent): Promise<Outcome> {
  const { lang } = turn;
  const events = await turn.store.outreach.list();
  const byCode = new Map<string, OutreachEvent[]>();
  for (const e of events) byCode.set(e.bodyCode, [...(byCode.get(e.bodyCode) ?? []), e]);
  const scope = allBodies.filter(
    (b) =>
      (!intent.provinceCode || b.provinceCode === intent.provinceCode) &&
      (!intent.kind || b.kind === intent.kind),
  );
  const candidates = whoNeedsACall(scope, byCode, { now: turn.now });
  const shown = candidates.slice(0, turn.pageSize);
  const title = t(lang, `Nog te bellen (${candidates.length})`, `Still to call (${candidates.length})`);
  const blocks =
    candidates.length === 0
      ? [
          {
            type: "paragraph" as const,
            text: t(
              lang,
              "Niemand: na elke brief is al gebeld.",
              "Nobody: every letter has been followed by a call.",
            ),
          },
        ]
      : [
          {
            type: "table" as const,
            columns: [
              t(lang, "Naam", "Name"),
              t(lang, "Brief verstuurd", "Letter sent"),
              t(lang, "Werkdagen", "Working days"),
            ],
            rows: shown.map((c) => [
              c.body.name,
              formatAmsterdam(c.letterSentAt, lang, "date"),
              String(c.workingDaysWaiting),
            ]),
          },
        ];
  return done(
    createReply({
      lang,
      intent: intent.intent,
      title,
      blocks,
      data: { count: candidates.length, codes: candidates.map((c) => c.body.code) },
    }),
  );
}

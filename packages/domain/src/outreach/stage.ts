import { match } from "ts-pattern";
import { type OutreachEvent, OutreachStage, type SupportKind } from "./outreach.ts";

/** The position of a stage in the outreach order: not_contacted is 0, follow_up is 5. */
export function outreachStageRank(stage: OutreachStage): number {
  return OutreachStage.options.indexOf(stage);
}

/** The stage one event shows was reached; a call that reached nobody shows nothing. */
export function stageShownBy(event: OutreachEvent): OutreachStage {
  return match(event)
    .with({ type: "letter_sent" }, () => "letter_sent" as const)
    .with({ type: "called" }, (e) => (e.reached ? ("called" as const) : ("not_contacted" as const)))
    .with({ type: "meeting_planned" }, () => "meeting_planned" as const)
    .with({ type: "meeting_held" }, () => "meeting_held" as const)
    .with({ type: "support_offered" }, { type: "support_declined" }, () => "follow_up" as const)
    .exhaustive();
}

/** The highest stage a body's events reached, whatever their order; a support decision means follow_up. */
export function currentOutreachStage(events: readonly OutreachEvent[]): OutreachStage {
  let best: OutreachStage = "not_contacted";
  for (const event of events) {
    const stage = stageShownBy(event);
    if (outreachStageRank(stage) > outreachStageRank(best)) best = stage;
  }
  return best;
}

/** The latest event of a type (ties: the later in the list), or undefined. */
export function latestEventOfType<T extends OutreachEvent["type"]>(
  events: readonly OutreachEvent[],
  type: T,
): Extract<OutreachEvent, { type: T }> | undefined {
  let latest: Extract<OutreachEvent, { type: T }> | undefined;
  for (const event of events) {
    if (event.type !== type) continue;
    if (!latest || event.occurredAt.getTime() >= latest.occurredAt.getTime()) {
      latest = event as Extract<OutreachEvent, { type: T }>;
    }
  }
  return latest;
}

/** What a body decided about the team's support after a meeting. */
export type SupportDecision =
  | { decision: "offered"; support: SupportKind[]; at: Date }
  | { decision: "declined"; at: Date };

/** The latest support decision in a body's events (ties: the later in the list), or undefined. */
export function latestSupportDecision(events: readonly OutreachEvent[]): SupportDecision | undefined {
  let latest: SupportDecision | undefined;
  for (const event of events) {
    const decision = match(event)
      .with(
        { type: "support_offered" },
        (e): SupportDecision => ({
          decision: "offered",
          support: e.support,
          at: e.occurredAt,
        }),
      )
      .with(
        { type: "support_declined" },
        (e): SupportDecision => ({ decision: "declined", at: e.occurredAt }),
      )
      .otherwise(() => undefined);
    if (decision && (!latest || decision.at.getTime() >= latest.at.getTime())) latest = decision;
  }
  return latest;
}

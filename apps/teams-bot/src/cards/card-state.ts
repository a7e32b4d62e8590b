import type { AdaptiveCard } from "./adaptive-card.ts";
import { escapeCardText } from "./escape.ts";
import { isAnswerButton } from "./universal-actions.ts";

/**
 * The card once answered: without its answer buttons (file links stay) and without its refresh, so no client
 * keeps asking the bot for a card that can no longer change.
 */
export function answeredCard(card: AdaptiveCard): AdaptiveCard {
  const actions = (card.actions ?? []).filter((a) => !isAnswerButton(a));
  const { actions: _buttons, refresh: _refresh, ...rest } = card;
  return actions.length > 0 ? { ...rest, actions } : rest;
}

/** The line an answered card shows: which answer was chosen. */
export function choiceText(lang: "nl" | "en", label: string): string {
  return lang === "nl" ? `Gekozen: ${label}` : `Chosen: ${label}`;
}

/** The card with one more line of plain text at the end (escaped), e.g. the choice made or why nothing changed. */
export function withLine(card: AdaptiveCard, text: string, tone: "Good" | "Warning"): AdaptiveCard {
  return {
    ...card,
    body: [
      ...card.body,
      { type: "TextBlock", text: escapeCardText(text), wrap: true, color: tone, weight: "Bolder" },
    ],
  };
}

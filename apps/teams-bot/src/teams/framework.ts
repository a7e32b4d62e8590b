import type { TurnContext } from "botbuilder";
import { WeerbaarAdapter } from "./adapter.ts";
import { createBotFrameworkAuthentication, type TeamsAuthConfig } from "./auth.ts";
import { createTurnHandler, type TurnDeps, type TurnHandler } from "./turn.ts";

/** The parts of the bot that run on botbuilder: the adapter and the turn logic. */
export type Framework = { adapter: WeerbaarAdapter; logic: TurnHandler };

/** What the framework is built from. */
export type FrameworkOptions = {
  auth: TeamsAuthConfig;
  turn: TurnDeps;
  /** Sees the failures that escaped a turn's own handling. */
  onTurnError: (context: TurnContext, error: Error) => Promise<void>;
};

/** Builds the adapter (with the configured authentication) and the turn handler. */
export function createFramework(options: FrameworkOptions): Framework {
  const adapter = new WeerbaarAdapter(createBotFrameworkAuthentication(options.auth));
  adapter.onTurnError = options.onTurnError;
  return { adapter, logic: createTurnHandler(options.turn) };
}

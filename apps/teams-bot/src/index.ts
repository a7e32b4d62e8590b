// The public API of the Teams bot, for the lead's wiring (reminders, calendar) and other tests.
export { type CalendarProvider, createTeamsBot, type TeamsBot, type TeamsBotOptions } from "./bot.ts";
export {
  parseTeamsBotEnv,
  resolveAllowedTenants,
  resolveAuth,
  TeamsBotConfigError,
  TeamsBotEnv,
} from "./env.ts";
export type { TeamsBotStore } from "./store-port.ts";
export {
  type ChannelEndpoints,
  type CredentialsFactory,
  createBotFrameworkAuthentication,
  staticTokenCredentialsFactory,
  type TeamsAuthConfig,
} from "./teams/auth.ts";
export { httpStatusOf, isConversationGone, TeamsConversationGoneError } from "./teams/errors.ts";
export { deliveryKeyOf, type SendProactive } from "./teams/proactive.ts";

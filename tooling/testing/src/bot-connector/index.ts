export {
  botAdded,
  type ChannelActivity,
  type ChannelContext,
  cardExecute,
  cardSubmit,
  groupChat,
  groupMessage,
  installationUpdate,
  type MentionEntity,
  personalChat,
  personalMessage,
  type TeamsChat,
  type TeamsUser,
  teamChannel,
  teamsUser,
  userMention,
} from "./activities.ts";
export {
  type BotConnector,
  type BotConnectorOptions,
  type BotResponse,
  type ConnectorCall,
  startBotConnector,
} from "./connector.ts";
export {
  CHANNEL_TOKEN_ISSUER,
  createTokenIssuer,
  type TokenIssuer,
  type TokenVariant,
} from "./token-issuer.ts";

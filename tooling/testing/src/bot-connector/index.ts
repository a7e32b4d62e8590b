export {
  botAdded,
  type ChannelActivity,
  type ChannelContext,
  cardSubmit,
  groupChat,
  groupMessage,
  installationUpdate,
  personalChat,
  personalMessage,
  type TeamsChat,
  type TeamsUser,
  teamChannel,
  teamsUser,
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

export type { CreateRoomOptions, DeviceLogin, MatrixEvent, SendTextOptions } from "./human.ts";
export { HumanClient, isReplyTo, MatrixHttpError, passwordLogin } from "./human.ts";
export type { StartSynapseOptions, SynapseServer, SynapseUser } from "./server.ts";
export { registrationMac, signingKey, startSynapse, synapseVenv } from "./server.ts";

import { match } from "ts-pattern";
import { z } from "zod";
import { ChatIdentity } from "./staff.ts";

/** One string per chat account, e.g. for admin lists in configuration and lookups in the store. */
export function identityKey(identity: ChatIdentity): string {
  return match(identity)
    .with({ platform: "teams" }, (i) => `teams:${i.aadObjectId.toLowerCase()}`)
    .with({ platform: "matrix" }, (i) => `matrix:${i.userId}`)
    .with({ platform: "console" }, (i) => `console:${i.userId}`)
    .exhaustive();
}

/** Parses "teams:<aadObjectId>", "matrix:@user:server" or "console:<id>" into a validated chat identity. */
export const IdentityKey = z
  .string()
  .trim()
  .transform((text, ctx): ChatIdentity => {
    const colon = text.indexOf(":");
    const platform = colon < 0 ? "" : text.slice(0, colon).toLowerCase();
    const id = colon < 0 ? "" : text.slice(colon + 1).trim();
    const candidate = match(platform)
      .with("teams", () => ({ platform: "teams" as const, aadObjectId: id.toLowerCase() }))
      .with("matrix", () => ({ platform: "matrix" as const, userId: id }))
      .with("console", () => ({ platform: "console" as const, userId: id }))
      .otherwise(() => undefined);
    if (!candidate) {
      ctx.addIssue({
        code: "custom",
        message: `"${text}" is not an identity key: write teams:<aadObjectId>, matrix:@user:server or console:<id>`,
      });
      return z.NEVER;
    }
    const parsed = ChatIdentity.safeParse(candidate);
    if (!parsed.success) {
      const reason = parsed.error.issues.map((i) => i.message).join("; ");
      ctx.addIssue({ code: "custom", message: `"${text}" is not a valid ${platform} identity: ${reason}` });
      return z.NEVER;
    }
    return parsed.data;
  });

/** Parses one identity key; throws an Error naming the bad key and the expected forms. */
export function parseIdentityKey(text: string): ChatIdentity {
  const parsed = IdentityKey.safeParse(text);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data;
}

/** Parses a configured list such as "teams:abc, matrix:@a:b" (commas, semicolons or whitespace); empty gives []. */
export function parseAdminList(text: string | undefined): ChatIdentity[] {
  return (text ?? "")
    .split(/[\s,;]+/)
    .filter((part) => part.length > 0)
    .map(parseIdentityKey);
}

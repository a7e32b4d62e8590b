import { z } from "zod";

/** What a staff member may do. */
export const StaffRole = z.enum(["admin", "advisor", "assistant", "viewer"]);
/** admin (manages staff), advisor, assistant, viewer (reads only). */
export type StaffRole = z.infer<typeof StaffRole>;

/** A chat account of a staff member on one platform. */
export const ChatIdentity = z.discriminatedUnion("platform", [
  z.object({ platform: z.literal("teams"), aadObjectId: z.string().min(1), tenantId: z.string().optional() }),
  z.object({
    platform: z.literal("matrix"),
    userId: z.string().regex(/^@[^:]+:.+$/, "a Matrix id looks like @name:server"),
  }),
  z.object({ platform: z.literal("console"), userId: z.string().min(1) }),
]);
/** A Teams, Matrix or console identity. */
export type ChatIdentity = z.infer<typeof ChatIdentity>;

/** A member of the team. */
export const StaffMember = z.object({
  id: z.string().min(1),
  displayName: z.string().trim().min(1).max(200),
  role: StaffRole,
  identities: z.array(ChatIdentity).default([]),
});
/** A staff member with role and chat identities. */
export type StaffMember = z.infer<typeof StaffMember>;

// Form schemas of the operator console, shared by the actions (server) and
// Conform's validation in the browser. Messages are keys of the "admin"
// dictionary, translated where they are shown.
import { z } from "zod";

export const REASON_MAX = 1000;

/** A reason the seller (or the audit log's reader) will see: required, trimmed. */
export const requiredReason = z
  .string({ error: "errors.reasonRequired" })
  .trim()
  .min(1, "errors.reasonRequired")
  .max(REASON_MAX, "errors.reasonTooLong");

/** A note kept in the audit log when the operator wants to say why. */
export const optionalNote = z.string().trim().max(REASON_MAX, "errors.reasonTooLong").optional();

/** The seller page's forms: one per decision, told apart by `intent`. */
export const sellerDecisionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve"), reason: optionalNote }),
  z.object({ intent: z.literal("reject"), reason: requiredReason }),
  z.object({ intent: z.literal("suspend"), reason: requiredReason }),
  z.object({ intent: z.literal("reinstate"), reason: optionalNote }),
]);

export const certificateDecisionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("verify"), reason: optionalNote }),
  z.object({ intent: z.literal("reject"), reason: requiredReason }),
  z.object({ intent: z.literal("revoke"), reason: requiredReason }),
]);

export const productModerationSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("hide"), productId: z.string().min(1).max(100), reason: requiredReason }),
  z.object({ intent: z.literal("unhide"), productId: z.string().min(1).max(100), reason: optionalNote }),
]);

export const userActionSchema = z.object({
  intent: z.enum(["grant-admin", "remove-admin", "revoke-sessions"]),
  userId: z.string().min(1).max(100),
});

/** Which decisions need a reason (the form marks the field required). */
export const REASON_REQUIRED: Record<string, boolean> = {
  approve: false,
  reject: true,
  suspend: true,
  reinstate: false,
  verify: false,
  revoke: true,
  hide: true,
  unhide: false,
};

/** A page number from the URL: 1 when absent or nonsense. */
export function pageParam(value: string | null): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= 1 ? n : 1;
}

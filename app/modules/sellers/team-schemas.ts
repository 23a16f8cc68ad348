// Forms of /seller/team and /seller/settings, shared by the server and the
// browser (Conform's client-side checks). The settings fields reuse the rules of
// the application form (/sell), so a phone or bank account valid there is valid
// here. Messages of the settings fields are "seller" dictionary keys (the
// application's); the invitation form's are "team" keys.
import { z } from "zod";
import { applicationSchema } from "./schemas";

export const INVITATION_TTL_DAYS = 7;

export const inviteSchema = z.object({
  intent: z.literal("invite"),
  email: z
    .string({ error: "errors.emailRequired" })
    .trim()
    .toLowerCase()
    .max(254, "errors.emailInvalid")
    .pipe(z.email({ error: "errors.emailInvalid" })),
});
export type InviteInput = z.output<typeof inviteSchema>;

const fields = applicationSchema.shape;

/** What every member may change. Name, province and ward need the operator's approval again: not here. */
export const profileSchema = z.object({
  intent: z.literal("profile"),
  phone: fields.phone,
  email: fields.email,
  addressLine: fields.addressLine,
  story: fields.story,
});
export type ProfileInput = Omit<z.output<typeof profileSchema>, "intent">;

/** The payout account: the owner only. */
export const bankSchema = z.object({
  intent: z.literal("bank"),
  bankBin: fields.bankBin,
  bankAccountNo: fields.bankAccountNo,
  bankAccountName: fields.bankAccountName,
});
export type BankInput = Omit<z.output<typeof bankSchema>, "intent">;

export const BANK_FIELDS = ["bankBin", "bankAccountNo", "bankAccountName"] as const;

/** "0123456789" → "••••••6789": enough to recognise an account, not to use it. */
export function maskAccountNo(accountNo: string): string {
  const tail = accountNo.slice(-4);
  return `${"•".repeat(Math.max(accountNo.length - 4, 2))}${tail}`;
}

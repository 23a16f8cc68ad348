// The bank-notification feed's body (the shape Vietnamese aggregators send).
import { z } from "zod";

export const bankNotificationSchema = z.object({
  id: z.string().trim().min(1).max(100),
  /** Integer đồng. */
  amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  content: z.string().max(500),
  accountNumber: z.string().trim().min(1).max(50),
  transactionAt: z.iso.datetime({ offset: true }),
});

export type BankNotification = z.infer<typeof bankNotificationSchema>;

/** Account numbers compare without spaces, dots or dashes ("0071 000 123" = "0071000123"). */
export function normalizeAccountNumber(value: string): string {
  return value.replace(/[^0-9A-Za-z]/g, "").toUpperCase();
}

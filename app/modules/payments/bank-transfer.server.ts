// POST /webhooks/bank-transfer: the bank-notification feed (the JSON shape the
// Vietnamese aggregators send for each incoming transfer to the platform account).
//
// Unauthentic or malformed requests are answered 401/400 and leave no trace.
// Every authentic notification is stored (bank_transfers, webhook_events) and
// answered 200, matched or not, so the feed never retries what we already hold;
// the same notification id twice changes nothing the second time.
import type { TransferMatch } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";
import { findOrderCode } from "~/modules/orders/code";
import { verifyBankSignature } from "./bank-signature.server";
import { bankWebhookSecret, vietQrConfig } from "./config.server";
import { afterConfirmation, confirmOrderPaymentInTx, lockOrder, type ConfirmPaymentResult } from "./confirm.server";
import { bankNotificationSchema, normalizeAccountNumber, type BankNotification } from "./schemas";

export const MAX_WEBHOOK_BODY_BYTES = 64 * 1024;

export type WebhookResponse = { status: number; body: Record<string, unknown> };

export type BankTransferOutcome = {
  duplicate: boolean;
  match: TransferMatch | null;
  orderId: string | null;
  confirmation: ConfirmPaymentResult | null;
};

function matchFor(result: ConfirmPaymentResult): TransferMatch {
  switch (result.result) {
    case "paid":
      return result.overpaid > 0 ? "OVERPAID" : "MATCHED";
    case "underpaid":
      return "UNDERPAID";
    case "already_paid":
    case "late":
      return "LATE";
    case "rejected":
      return "UNMATCHED";
  }
}

/** Stores one authentic notification and applies it to its order, in one transaction. */
export async function recordBankTransfer(notification: BankNotification): Promise<BankTransferOutcome> {
  const account = vietQrConfig();
  const code = findOrderCode(notification.content);
  const toPlatform = normalizeAccountNumber(notification.accountNumber) === normalizeAccountNumber(account.accountNo);

  const outcome = await prisma.$transaction(
    async (tx: Tx): Promise<BankTransferOutcome> => {
      // Lock the order first (when there is one), then claim the notification id:
      // concurrent deliveries of the same notification or of transfers for the same
      // order queue up here, one after the other.
      const order = code && toPlatform ? await tx.order.findUnique({ where: { code }, select: { id: true } }) : null;
      if (order) await lockOrder(tx, order.id);

      const claimed = await tx.webhookEvent.createMany({
        data: [{ provider: "bank", eventId: notification.id, type: "bank.transfer", payload: notification }],
        skipDuplicates: true,
      });
      if (claimed.count === 0) return { duplicate: true, match: null, orderId: null, confirmation: null };

      let match: TransferMatch = "UNMATCHED";
      let confirmation: ConfirmPaymentResult | null = null;
      if (order) {
        // Several transfers for one order add up.
        const earlier = await tx.bankTransfer.aggregate({ where: { orderId: order.id }, _sum: { amount: true } });
        const received = (earlier._sum.amount ?? 0) + notification.amount;
        confirmation = await confirmOrderPaymentInTx(tx, { orderId: order.id, provider: "VIETQR", amount: received, currency: "VND", reference: notification.id });
        match = matchFor(confirmation);
      }
      await tx.bankTransfer.create({
        data: {
          notificationId: notification.id,
          amount: notification.amount,
          content: notification.content,
          accountNumber: notification.accountNumber,
          transactionAt: new Date(notification.transactionAt),
          match,
          orderId: order?.id ?? null,
        },
      });
      await tx.webhookEvent.update({ where: { provider_eventId: { provider: "bank", eventId: notification.id } }, data: { processedAt: new Date() } });
      return { duplicate: false, match, orderId: order?.id ?? null, confirmation };
    },
    { maxWait: 20_000, timeout: 20_000 },
  );
  if (outcome.confirmation) await afterConfirmation(outcome.confirmation);
  return outcome;
}

/** The whole webhook: signature → body → record. `rawBody` is exactly the bytes received. */
export async function handleBankNotification(rawBody: Uint8Array, signature: string | null): Promise<WebhookResponse> {
  if (!verifyBankSignature(rawBody, signature, bankWebhookSecret())) {
    return { status: 401, body: { error: "invalid_signature" } };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(rawBody));
  } catch {
    return { status: 400, body: { error: "invalid_json" } };
  }
  const parsed = bankNotificationSchema.safeParse(json);
  if (!parsed.success) {
    return { status: 400, body: { error: "invalid_notification", issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) } };
  }
  const outcome = await recordBankTransfer(parsed.data);
  return { status: 200, body: { ok: true, duplicate: outcome.duplicate, ...(outcome.match ? { match: outcome.match.toLowerCase() } : {}) } };
}

// Money arrived for an order: the one place an order becomes PAID.
//
// Idempotent and safe under concurrency: everything happens in one transaction
// that first locks the order row (SELECT … FOR UPDATE), so two confirmations of
// the same order (a replayed webhook, two providers, the expiry job) run one
// after the other and the second sees what the first did.
//
// `amount` is the CUMULATIVE amount received through this provider for this
// order (a bank feed may bring several partial transfers; Stripe brings one), so
// replaying a confirmation with the same amount changes nothing.
import type { PaymentProvider } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";
import { formatVnd } from "~/lib/format";
import { commitSale } from "~/modules/inventory/index.server";
import { enqueueProducts } from "~/modules/search/index.server";
import { deliverEmail, queueOrderConfirmation, queueUnderpaidNotice } from "~/modules/notifications/index.server";
import { underpaidGraceMs } from "./config.server";

export type ConfirmPaymentInput = {
  orderId: string;
  provider: PaymentProvider;
  /** Cumulative amount received through this provider, integer đồng. */
  amount: number;
  /** ISO 4217; only VND is accepted. */
  currency: string;
  /** The provider's reference (Stripe payment intent, bank notification id), kept on the payment. */
  reference?: string | null;
  /** The admin confirming by hand, if any. */
  actorId?: string | null;
};

export type ConfirmPaymentResult =
  | { result: "paid"; orderId: string; overpaid: number; refundIds: string[]; emailId: string }
  | { result: "underpaid"; orderId: string; received: number; missing: number; emailId: string | null }
  | { result: "already_paid"; orderId: string; refundIds: string[] }
  | { result: "late"; orderId: string; refundIds: string[] }
  | { result: "rejected"; orderId: string; reason: "not_found" | "currency" };

export const REFUND_REASON_OVERPAID = "Khách chuyển dư so với tổng đơn hàng";
export const REFUND_REASON_LATE = "Tiền về sau khi đơn hàng đã hết hạn hoặc bị huỷ";
export const REFUND_REASON_DUPLICATE = "Khách thanh toán thêm cho đơn hàng đã thanh toán";

type LockedOrder = { id: string; code: string; status: string; total: number };

/** Locks the order row for the rest of the transaction. */
export async function lockOrder(tx: Tx, orderId: string): Promise<LockedOrder | null> {
  const rows = await tx.$queryRaw<LockedOrder[]>`
    SELECT id, code, status::text AS status, total FROM orders WHERE id = ${orderId} FOR UPDATE`;
  return rows[0] ?? null;
}

async function paymentFor(tx: Tx, order: LockedOrder, provider: PaymentProvider) {
  const existing = await tx.payment.findFirst({ where: { orderId: order.id, provider }, orderBy: { createdAt: "asc" } });
  if (existing) return existing;
  // E.g. a bank transfer for an order placed for card payment: money is money.
  return tx.payment.create({
    data: { orderId: order.id, provider, amount: order.total, transferContent: provider === "VIETQR" ? order.code : null },
  });
}

/** The confirmation itself, in the caller's transaction (which it locks the order in). */
export async function confirmOrderPaymentInTx(tx: Tx, input: ConfirmPaymentInput): Promise<ConfirmPaymentResult> {
  if (!Number.isSafeInteger(input.amount) || input.amount < 0) throw new RangeError(`amount must be a non-negative integer number of đồng, got ${input.amount}`);
  const order = await lockOrder(tx, input.orderId);
  if (!order) return { result: "rejected", orderId: input.orderId, reason: "not_found" };
  if (input.currency.toUpperCase() !== "VND") return { result: "rejected", orderId: order.id, reason: "currency" };

  const payment = await paymentFor(tx, order, input.provider);
  const newMoney = input.amount - payment.amountReceived;
  const now = new Date();

  // Money for an order that is already settled: keep it on record, owe it back.
  if (order.status === "PAID" || order.status === "EXPIRED" || order.status === "CANCELLED" || order.status === "REFUNDED") {
    const refundIds: string[] = [];
    if (newMoney > 0) {
      await tx.payment.update({ where: { id: payment.id }, data: { amountReceived: input.amount, providerRef: input.reference ?? payment.providerRef } });
      const refund = await tx.refund.create({
        data: { orderId: order.id, paymentId: payment.id, amount: newMoney, reason: order.status === "PAID" ? REFUND_REASON_DUPLICATE : REFUND_REASON_LATE },
      });
      refundIds.push(refund.id);
    }
    return order.status === "PAID" ? { result: "already_paid", orderId: order.id, refundIds } : { result: "late", orderId: order.id, refundIds };
  }

  // PENDING_PAYMENT or UNDERPAID from here on.
  if (input.amount < order.total) {
    let emailId: string | null = null;
    if (newMoney > 0 || order.status !== "UNDERPAID") {
      await tx.payment.update({ where: { id: payment.id }, data: { status: "UNDERPAID", amountReceived: input.amount, providerRef: input.reference ?? payment.providerRef } });
      // The buyer gets time to send the rest (never less than the order already had), and a
      // reminder before the new deadline; after it the expiry job releases the stock and owes back what arrived.
      const graceUntil = new Date(now.getTime() + underpaidGraceMs());
      await tx.$executeRaw`
        UPDATE orders SET status = 'UNDERPAID', expires_at = GREATEST(expires_at, ${graceUntil}), underpaid_reminded_at = NULL, updated_at = ${now}
        WHERE id = ${order.id}`;
      await tx.orderEvent.create({
        data: { orderId: order.id, status: "underpaid", note: `Đã nhận ${formatVnd(input.amount)} / ${formatVnd(order.total)}`, actorId: input.actorId ?? null },
      });
      // The buyer learns at once what is missing and until when (sent after the commit).
      const { expiresAt, buyer } = await tx.order.findUniqueOrThrow({ where: { id: order.id }, select: { expiresAt: true, buyer: { select: { email: true, name: true, locale: true } } } });
      emailId = await queueUnderpaidNotice(tx, { id: order.id, code: order.code, total: order.total, received: input.amount, missing: order.total - input.amount, deadline: expiresAt, buyer });
    }
    return { result: "underpaid", orderId: order.id, received: input.amount, missing: order.total - input.amount, emailId };
  }

  // Paid in full: the reserved units leave the shelf.
  // Variant rows are locked in one global order (by id), so two orders paid at the
  // same moment that share variants cannot deadlock.
  const lines = await tx.orderLine.findMany({ where: { orderId: order.id }, select: { variantId: true, productId: true, quantity: true }, orderBy: [{ variantId: "asc" }, { id: "asc" }] });
  for (const line of lines) await commitSale(tx, { variantId: line.variantId, quantity: line.quantity, orderId: order.id });

  const soldByProduct = new Map<string, number>();
  for (const line of lines) soldByProduct.set(line.productId, (soldByProduct.get(line.productId) ?? 0) + line.quantity);
  for (const [productId, quantity] of [...soldByProduct].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await tx.$executeRaw`UPDATE products SET sales_count = sales_count + ${quantity} WHERE id = ${productId}`;
  }
  await enqueueProducts(tx, [...soldByProduct.keys()]);

  await tx.payment.update({
    where: { id: payment.id },
    data: { status: "SUCCEEDED", amountReceived: input.amount, paidAt: now, providerRef: input.reference ?? payment.providerRef },
  });
  await tx.order.update({ where: { id: order.id }, data: { status: "PAID", paidAt: now } });
  const sellerOrders = await tx.sellerOrder.findMany({ where: { orderId: order.id, status: "PENDING_PAYMENT" }, select: { id: true }, orderBy: { createdAt: "asc" } });
  await tx.sellerOrder.updateMany({ where: { id: { in: sellerOrders.map((s) => s.id) } }, data: { status: "PAID" } });
  // One event on the order's timeline, one on each seller's part.
  await tx.orderEvent.createMany({
    data: [
      { orderId: order.id, status: "paid", note: null, actorId: input.actorId ?? null, createdAt: now },
      ...sellerOrders.map((so) => ({ orderId: order.id, sellerOrderId: so.id, status: "paid", note: null, actorId: input.actorId ?? null, createdAt: now })),
    ],
  });

  const overpaid = input.amount - order.total;
  const refundIds: string[] = [];
  if (overpaid > 0) {
    const refund = await tx.refund.create({ data: { orderId: order.id, paymentId: payment.id, amount: overpaid, reason: REFUND_REASON_OVERPAID } });
    refundIds.push(refund.id);
  }
  const emailId = await queueOrderConfirmation(tx, order.id);
  return { result: "paid", orderId: order.id, overpaid, refundIds, emailId };
}

/** What to do once the transaction has committed (never inside it: email is I/O). */
export async function afterConfirmation(result: ConfirmPaymentResult): Promise<void> {
  if (result.result === "paid") await deliverEmail(result.emailId);
  if (result.result === "underpaid" && result.emailId) await deliverEmail(result.emailId);
}

/**
 * Records money received for an order (see the top of this file). Returns what
 * happened; the confirmation email is sent after the commit.
 */
export async function confirmOrderPayment(input: ConfirmPaymentInput): Promise<ConfirmPaymentResult> {
  const result = await prisma.$transaction((tx) => confirmOrderPaymentInTx(tx, input), { maxWait: 20_000, timeout: 20_000 });
  await afterConfirmation(result);
  return result;
}

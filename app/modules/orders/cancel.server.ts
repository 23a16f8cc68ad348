// A buyer cancels an order while no seller has confirmed its part. Unpaid:
// the reserved units are released. Paid: payment already moved the units out
// of stock (commitSale), so they go back on the shelf (restockCancelled) and
// the money is owed back: a Refund row (DUE) is written with the cancellation;
// a card payment is then refunded through Stripe against that row, a bank
// transfer stays DUE for an operator to pay out.
import type { OrderStatus, SellerOrderStatus } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { releaseStock, restockCancelled } from "~/modules/inventory/index.server";
import { refundCardPayment } from "~/modules/payments/index.server";
import { enqueueProducts } from "~/modules/search/index.server";
import { canBuyerCancel, OPEN_SELLER_ORDER_STATUSES } from "./status";

/** Stored as the seller orders' cancel reason and the refund's reason (operators and sellers read it). */
export const BUYER_CANCEL_REASON = "Người mua huỷ đơn hàng";

export type CancelResult =
  | { ok: true; refund: { kind: "none" } | { kind: "card"; amount: number; error: string | null } | { kind: "bank_transfer_due"; amount: number } }
  | { ok: false; reason: "not_found" | "not_allowed" };

type Locked = { id: string; status: OrderStatus; buyer_id: string };
type LockedSellerOrder = { id: string; status: SellerOrderStatus; subtotal: number; shipping_fee: number };

export async function cancelOrderByBuyer(orderId: string, userId: string, { now = new Date() }: { now?: Date } = {}): Promise<CancelResult> {
  const outcome = await prisma.$transaction(
    async (tx) => {
      // The order and its seller orders are locked, so a payment, a seller's
      // confirmation or the expiry job cannot change them while we decide.
      const [order] = await tx.$queryRaw<Locked[]>`
        SELECT id, status::text AS status, buyer_id FROM orders WHERE id = ${orderId} FOR UPDATE`;
      if (!order || order.buyer_id !== userId) return { ok: false as const, reason: "not_found" as const };
      const sellerOrders = await tx.$queryRaw<LockedSellerOrder[]>`
        SELECT id, status::text AS status, subtotal, shipping_fee FROM seller_orders WHERE order_id = ${orderId} ORDER BY id FOR UPDATE`;
      if (!canBuyerCancel({ status: order.status, sellerOrders })) return { ok: false as const, reason: "not_allowed" as const };

      const open = sellerOrders.filter((so) => OPEN_SELLER_ORDER_STATUSES.includes(so.status));
      const openIds = open.map((so) => so.id);
      const paid = order.status === "PAID";
      const lines = await tx.orderLine.findMany({
        where: { orderId, sellerOrderId: { in: openIds } },
        select: { variantId: true, productId: true, quantity: true },
        orderBy: [{ variantId: "asc" }, { id: "asc" }],
      });
      const note = BUYER_CANCEL_REASON;
      const changed: string[] = [];
      for (const line of lines) {
        const input = { variantId: line.variantId, quantity: line.quantity, orderId, actorId: userId, note };
        const row = paid ? await restockCancelled(tx, input) : await releaseStock(tx, input);
        if (row.on_hand - row.reserved <= line.quantity) changed.push(line.productId); // was sold out: back in stock
      }
      await enqueueProducts(tx, changed);

      await tx.sellerOrder.updateMany({ where: { id: { in: openIds } }, data: { status: "CANCELLED", cancelledAt: now, cancelReason: BUYER_CANCEL_REASON } });
      await tx.order.update({ where: { id: orderId }, data: { status: "CANCELLED", cancelledAt: now } });
      await tx.payment.updateMany({ where: { orderId, status: "PENDING" }, data: { status: "CANCELLED" } });
      await tx.orderEvent.create({ data: { orderId, status: "cancelled", actorId: userId, note: "buyer", createdAt: now } });

      // What is owed back: a paid order's cancelled parts; an underpaid order's transfers so far.
      if (paid) {
        const amount = open.reduce((sum, so) => sum + so.subtotal + so.shipping_fee, 0);
        // The money owed is recorded with the cancellation; a card refund is then issued against this row.
        const payment = await tx.payment.findFirst({ where: { orderId, status: "SUCCEEDED" }, orderBy: [{ paidAt: "asc" }, { createdAt: "asc" }] });
        const refund = await tx.refund.create({ data: { orderId, paymentId: payment?.id ?? null, amount, reason: BUYER_CANCEL_REASON, status: "DUE" } });
        if (payment?.provider === "STRIPE") return { ok: true as const, cardRefund: { amount, refundId: refund.id } };
        return { ok: true as const, due: amount };
      }
      const received = await tx.payment.aggregate({ where: { orderId, amountReceived: { gt: 0 } }, _sum: { amountReceived: true } });
      const amount = received._sum.amountReceived ?? 0;
      if (amount > 0) {
        const payment = await tx.payment.findFirst({ where: { orderId, amountReceived: { gt: 0 } }, orderBy: { createdAt: "asc" } });
        await tx.refund.create({ data: { orderId, paymentId: payment?.id ?? null, amount, reason: BUYER_CANCEL_REASON, status: "DUE" } });
        return { ok: true as const, due: amount };
      }
      return { ok: true as const };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );

  if (!outcome.ok) return outcome;
  if ("due" in outcome && outcome.due !== undefined) return { ok: true, refund: { kind: "bank_transfer_due", amount: outcome.due } };
  if ("cardRefund" in outcome && outcome.cardRefund !== undefined) {
    // After the commit: a provider call never runs inside a database transaction.
    // The payments module marks the refund row ISSUED or FAILED; it stays DUE if the call never happens.
    const { amount, refundId } = outcome.cardRefund;
    try {
      const refund = await refundCardPayment(orderId, amount, BUYER_CANCEL_REASON, { refundId });
      return { ok: true, refund: { kind: "card", amount, error: refund.status === "FAILED" ? refund.reason : null } };
    } catch (error) {
      console.error(`[orders] card refund for cancelled order ${orderId} failed:`, error);
      return { ok: true, refund: { kind: "card", amount, error: error instanceof Error ? error.message : String(error) } };
    }
  }
  return { ok: true, refund: { kind: "none" } };
}

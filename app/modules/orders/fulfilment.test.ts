// A seller fulfilling its part of an order, against real PostgreSQL: the
// transition path, every refused transition, the ledger credit (once, also under
// concurrency), cancelling before shipping (restock, refund due, buyer's view)
// and seller scoping.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PaymentMethod } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { ledgerMismatches } from "~/modules/inventory/index.server";
import { creditDeliveredSellerOrder, listLedgerEntries, sellerBalance } from "~/modules/ledger/index.server";
import { confirmOrderPayment } from "~/modules/payments/confirm.server";
import { createTestOrder } from "~/modules/payments/testing.server";
import { createUser } from "../../../prisma/factories";
import {
  cancelSellerOrder,
  confirmSellerOrder,
  getOrderForBuyer,
  getSellerOrderForSeller,
  listSellerOrders,
  markDelivered,
  markShipped,
  runFulfilmentIntent,
} from "./index.server";

// Stripe is the payments module's business: here only that it is asked to refund, after the commit.
const refundCardPayment = vi.hoisted(() => vi.fn());
vi.mock("~/modules/payments/index.server", async (importOriginal) => ({ ...(await importOriginal<object>()), refundCardPayment }));

beforeEach(() => {
  refundCardPayment.mockReset();
  refundCardPayment.mockImplementation(async (_orderId: string, _amount: number, _reason: string, options: { refundId: string }) =>
    prisma.refund.update({ where: { id: options.refundId }, data: { status: "ISSUED", providerRef: "re_test", issuedAt: new Date() } }),
  );
});

/** A paid order of two sellers (DEFAULT_PARTS): seller A 2 × 45.000 + 1 × 120.000 (+ 25.000 shipping), seller B 85.000 (+ 18.000). */
async function paidOrder(paymentMethod: PaymentMethod = "VIETQR") {
  const test = await createTestOrder({ paymentMethod });
  const paid = await confirmOrderPayment({ orderId: test.order.id, provider: paymentMethod === "CARD" ? "STRIPE" : "VIETQR", amount: test.order.total, currency: "VND", reference: "ref-1" });
  expect(paid.result).toBe("paid");
  const [a, b] = test.sellerOrders;
  const actor = await createUser({ name: "Chủ hợp tác xã" });
  return { ...test, a, b, actor, as: (so: typeof a) => ({ sellerId: so.sellerId, sellerOrderId: so.id, actorId: actor.id }) };
}

const soStatus = async (id: string) => (await prisma.sellerOrder.findUniqueOrThrow({ where: { id } })).status;

describe("fulfilment transitions", () => {
  it("confirm → ship (carrier + tracking) → deliver, each with an event; invalid moves refused", async () => {
    const { a, order, as } = await paidOrder();
    const me = as(a);

    // Nothing can be skipped.
    expect(await markShipped({ ...me, carrier: "GHN", trackingNumber: "GHN123456" })).toEqual({ ok: false, reason: "not_allowed" });
    expect(await markDelivered(me)).toEqual({ ok: false, reason: "not_allowed" });

    expect(await confirmSellerOrder(me)).toMatchObject({ ok: true, status: "confirmed" });
    expect(await confirmSellerOrder(me)).toEqual({ ok: false, reason: "not_allowed" });
    expect(await markDelivered(me)).toEqual({ ok: false, reason: "not_allowed" });

    // Bad input: field errors (dictionary keys), nothing changes.
    expect(await markShipped({ ...me, carrier: "", trackingNumber: "" })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { carrier: ["errors.carrierRequired"], trackingNumber: ["errors.trackingRequired"] },
    });
    expect(await markShipped({ ...me, carrier: "Xe ôm", trackingNumber: "ab" })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { carrier: ["errors.carrierInvalid"], trackingNumber: ["errors.trackingInvalid"] },
    });
    expect(await markShipped({ ...me, carrier: undefined, trackingNumber: undefined })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await soStatus(a.id)).toBe("CONFIRMED");

    expect(await markShipped({ ...me, carrier: "Viettel Post", trackingNumber: " vtp 1234 5678 " })).toMatchObject({ ok: true, status: "shipped" });
    const shipped = await prisma.sellerOrder.findUniqueOrThrow({ where: { id: a.id } });
    expect(shipped).toMatchObject({ carrier: "Viettel Post", trackingNumber: "VTP12345678" });
    expect(shipped.confirmedAt).not.toBeNull();
    expect(shipped.shippedAt).not.toBeNull();

    // Too late to cancel or confirm again.
    expect(await cancelSellerOrder({ ...me, reason: "Hết hàng trong kho" })).toEqual({ ok: false, reason: "not_allowed" });
    expect(await confirmSellerOrder(me)).toEqual({ ok: false, reason: "not_allowed" });
    expect(await markShipped({ ...me, carrier: "GHN", trackingNumber: "GHN123456" })).toEqual({ ok: false, reason: "not_allowed" });

    const delivered = await markDelivered(me);
    expect(delivered).toMatchObject({ ok: true, status: "delivered", credit: { gross: 210_000, commission: 10_500, amount: 199_500 } });
    expect(await markDelivered(me)).toEqual({ ok: false, reason: "not_allowed" });
    expect(await cancelSellerOrder({ ...me, reason: "Khách không nhận hàng" })).toEqual({ ok: false, reason: "not_allowed" });

    const events = await prisma.orderEvent.findMany({ where: { orderId: order.id, sellerOrderId: a.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.status)).toEqual(["paid", "confirmed", "shipped", "delivered"]);
    expect(events.slice(1).every((e) => e.actorId === me.actorId)).toBe(true);

    // The buyer follows it on the order's timeline.
    const view = await getOrderForBuyer(order.id, order.buyerId);
    expect(view!.sellerOrders.find((so) => so.id === a.id)?.status).toBe("delivered");
    expect(view!.events.map((e) => e.status)).toEqual(expect.arrayContaining(["paid", "confirmed", "shipped", "delivered"]));

    // The seller's balance: line totals (not shipping) minus 5 % commission.
    expect(await sellerBalance(a.sellerId)).toBe(199_500);
    const ledger = await listLedgerEntries(a.sellerId);
    expect(ledger.entries).toHaveLength(1);
    expect(ledger.entries[0]).toMatchObject({ type: "SALE", amount: 199_500, gross: 210_000, commission: 10_500, orderCode: order.code });
    expect(ledger.totals).toEqual({ sales: 199_500, commission: 10_500, payouts: 0 });

    // The detail view agrees.
    const detail = await getSellerOrderForSeller(a.sellerId, a.id);
    expect(detail).toMatchObject({ status: "delivered", credit: { amount: 199_500 }, can: { confirm: false, ship: false, deliver: false, cancel: false } });
  });

  it("credits a delivered seller order once, also with two concurrent delivers", async () => {
    const { a, as } = await paidOrder();
    const me = as(a);
    await confirmSellerOrder(me);
    await markShipped({ ...me, carrier: "GHTK", trackingNumber: "S123456789" });
    const results = await Promise.all([markDelivered(me), markDelivered(me)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "not_allowed" }]);
    expect(await prisma.sellerLedgerEntry.count({ where: { sellerOrderId: a.id } })).toBe(1);

    // Crediting again (a retry) writes nothing and does not fail the transaction.
    const again = await prisma.$transaction((tx) => creditDeliveredSellerOrder(tx, a.id));
    expect(again).toBeNull();
    expect(await sellerBalance(a.sellerId)).toBe(199_500);
  });

  it("accepts form posts by intent and refuses an unknown one", async () => {
    const { a, as } = await paidOrder();
    const form = (fields: Record<string, string>) => {
      const f = new FormData();
      for (const [k, v] of Object.entries(fields)) f.set(k, v);
      return f;
    };
    expect(await runFulfilmentIntent(as(a), form({ intent: "explode" }))).toMatchObject({ ok: false, intent: null });
    expect(await runFulfilmentIntent(as(a), form({ intent: "confirm" }))).toMatchObject({ ok: true, intent: "confirm" });
    expect(await runFulfilmentIntent(as(a), form({ intent: "ship", carrier: "GHN" }))).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { trackingNumber: ["errors.trackingRequired"] } });
    expect(await runFulfilmentIntent(as(a), form({ intent: "ship", carrier: "GHN", trackingNumber: "GHN-778899" }))).toMatchObject({ ok: true, intent: "ship" });
    expect(await runFulfilmentIntent(as(a), form({ intent: "deliver" }))).toMatchObject({ ok: true, intent: "deliver" });
  });
});

describe("seller cancels before shipping", () => {
  it("restocks with movements, writes a refund due for its part; the buyer sees it; all parts cancelled → order cancelled", async () => {
    const { a, b, order, as, lines } = await paidOrder();
    const before = await prisma.productVariant.findMany({ where: { sellerId: a.sellerId }, orderBy: { id: "asc" } });

    expect(await cancelSellerOrder({ ...as(a), reason: "" })).toEqual({ ok: false, reason: "invalid", fieldErrors: { reason: ["errors.reasonRequired"] } });
    expect(await cancelSellerOrder({ ...as(a), reason: "abc" })).toEqual({ ok: false, reason: "invalid", fieldErrors: { reason: ["errors.reasonTooShort"] } });

    await confirmSellerOrder(as(a));
    const cancelled = await cancelSellerOrder({ ...as(a), reason: "Hết hàng do lũ" });
    expect(cancelled).toEqual({ ok: true, status: "cancelled", refund: { kind: "bank_transfer_due", amount: 235_000 } });
    expect(await cancelSellerOrder({ ...as(a), reason: "Hết hàng do lũ" })).toEqual({ ok: false, reason: "not_allowed" });

    const after = await prisma.productVariant.findMany({ where: { sellerId: a.sellerId }, orderBy: { id: "asc" } });
    for (const v of after) {
      const sold = lines.filter((l) => l.variantId === v.id).reduce((n, l) => n + l.quantity, 0);
      expect(v.onHand).toBe(before.find((x) => x.id === v.id)!.onHand + sold);
    }
    const movements = await prisma.inventoryMovement.findMany({ where: { orderId: order.id, reason: "RESTOCK_CANCELLED" } });
    expect(movements).toHaveLength(2);
    expect(movements.every((m) => m.sellerId === a.sellerId && m.actorId === as(a).actorId)).toBe(true);
    expect(await ledgerMismatches(prisma)).toEqual([]);

    const so = await prisma.sellerOrder.findUniqueOrThrow({ where: { id: a.id } });
    expect(so).toMatchObject({ status: "CANCELLED", cancelReason: "Hết hàng do lũ" });
    const refunds = await prisma.refund.findMany({ where: { orderId: order.id } });
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ amount: 235_000, status: "DUE" });
    expect(refunds[0].reason).toContain("Hết hàng do lũ");
    expect(refundCardPayment).not.toHaveBeenCalled();
    const buyer = await prisma.user.findUniqueOrThrow({ where: { id: order.buyerId } });
    const mail = await prisma.emailMessage.findFirstOrThrow({ where: { to: buyer.email, subject: { contains: order.code } }, orderBy: { createdAt: "desc" } });
    expect(mail.subject).toContain("đã huỷ");
    expect(mail.text).toContain("Hết hàng do lũ");
    expect(mail.text).toContain("235.000");

    // The other seller's part is untouched; the order is still paid.
    expect(await soStatus(b.id)).toBe("PAID");
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
    const view = await getOrderForBuyer(order.id, order.buyerId);
    expect(view!.sellerOrders.find((s) => s.id === a.id)?.status).toBe("cancelled");
    expect(view!.events.find((e) => e.status === "cancelled")?.note).toBe("Hết hàng do lũ");

    // The last open part cancelled: the order is cancelled.
    expect(await cancelSellerOrder({ ...as(b), reason: "Không giao được đến địa chỉ này" })).toMatchObject({ ok: true, refund: { amount: 103_000 } });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELLED");
    expect(await ledgerMismatches(prisma)).toEqual([]);
    expect(await sellerBalance(a.sellerId)).toBe(0);
  });

  it("refunds a card payment through the provider after the commit", async () => {
    const { a, order, as } = await paidOrder("CARD");
    const result = await cancelSellerOrder({ ...as(a), reason: "Sản phẩm bị hỏng khi đóng gói" });
    expect(result).toEqual({ ok: true, status: "cancelled", refund: { kind: "card", amount: 235_000, error: null } });
    expect(refundCardPayment).toHaveBeenCalledTimes(1);
    const refund = await prisma.refund.findFirstOrThrow({ where: { orderId: order.id } });
    expect(refundCardPayment).toHaveBeenCalledWith(order.id, 235_000, expect.stringContaining("Sản phẩm bị hỏng"), { refundId: refund.id });
    expect(refund.status).toBe("ISSUED");
  });
});

describe("seller scoping", () => {
  it("seller B can neither see nor act on seller A's order", async () => {
    const { a, b, actor } = await paidOrder();
    const asB = { sellerId: b.sellerId, sellerOrderId: a.id, actorId: actor.id };
    expect(await getSellerOrderForSeller(b.sellerId, a.id)).toBeNull();
    expect(await confirmSellerOrder(asB)).toEqual({ ok: false, reason: "not_found" });
    expect(await markShipped({ ...asB, carrier: "GHN", trackingNumber: "GHN123456" })).toEqual({ ok: false, reason: "not_found" });
    expect(await markDelivered(asB)).toEqual({ ok: false, reason: "not_found" });
    expect(await cancelSellerOrder({ ...asB, reason: "Thử huỷ đơn người khác" })).toEqual({ ok: false, reason: "not_found" });
    expect(await soStatus(a.id)).toBe("PAID");

    const listB = await listSellerOrders(b.sellerId);
    expect(listB.rows.map((r) => r.id)).toEqual([b.id]);
    const listA = await listSellerOrders(a.sellerId, { status: "paid" });
    expect(listA.rows.map((r) => r.id)).toEqual([a.id]);
    expect(listA.rows[0]).toMatchObject({ itemCount: 3, subtotal: 210_000, shippingFee: 25_000, status: "paid" });
    expect(listA.counts).toMatchObject({ all: 1, paid: 1, confirmed: 0 });
  });

  it("an unpaid part is not the seller's to fulfil yet", async () => {
    const test = await createTestOrder();
    const so = test.sellerOrders[0];
    const actor = await createUser();
    expect(await getSellerOrderForSeller(so.sellerId, so.id)).toBeNull();
    expect(await confirmSellerOrder({ sellerId: so.sellerId, sellerOrderId: so.id, actorId: actor.id })).toEqual({ ok: false, reason: "not_found" });
    expect(await cancelSellerOrder({ sellerId: so.sellerId, sellerOrderId: so.id, actorId: actor.id, reason: "Không muốn bán nữa" })).toEqual({ ok: false, reason: "not_found" });
    expect((await listSellerOrders(so.sellerId)).total).toBe(0);
  });
});

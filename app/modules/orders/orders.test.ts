// Buyer views, cancellation rules and the expiry of unpaid orders, against real PostgreSQL.
import crypto from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PaymentMethod } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { commitSale, ledgerMismatches } from "~/modules/inventory/index.server";
import { placeOrder } from "~/modules/checkout/index.server";
import { createProduct, createSeller, createUser } from "../../../prisma/factories";
import { cancelOrderByBuyer, expireUnpaidOrders, getOrderForBuyer, listOrdersForBuyer, orderStatusValue } from "./index.server";

// Stripe is the payments module's business: here only that it is asked to refund, after the commit.
const refundCardPayment = vi.hoisted(() => vi.fn());
vi.mock("~/modules/payments/index.server", () => ({ refundCardPayment }));

beforeEach(() => {
  refundCardPayment.mockReset();
  refundCardPayment.mockImplementation(async (_orderId: string, _amount: number, _reason: string, options: { refundId: string }) =>
    prisma.refund.update({ where: { id: options.refundId }, data: { status: "ISSUED", providerRef: "re_test", issuedAt: new Date() } }),
  );
});

async function stock(onHand: number, provinceCode = "92", price = 50_000) {
  const seller = await createSeller({ provinceCode });
  const product = await createProduct({ sellerId: seller.id, variants: [{ label: "Chai 500 ml", price, onHand }] });
  return product.variants[0];
}

/** A placed order (two sellers' variants, 2 + 1 units) for a new buyer. */
async function order(options: { paymentMethod?: PaymentMethod; variants?: { id: string; price: number }[] } = {}) {
  const buyer = await createUser();
  const variants = options.variants ?? [await stock(10), await stock(10, "01", 70_000)];
  const cart = await prisma.cart.create({
    data: { userId: buyer.id, lines: { create: variants.map((v, i) => ({ variantId: v.id, quantity: i === 0 ? 2 : 1, priceSeen: v.price })) } },
  });
  const ward = await prisma.ward.findFirstOrThrow({ where: { provinceCode: "92" } });
  const result = await placeOrder({
    userId: buyer.id,
    cartId: cart.id,
    idempotencyKey: crypto.randomUUID(),
    address: { fullName: "Lê Hoàng Yến", phone: "0935112233", provinceCode: "92", wardCode: ward.code, addressLine: "Số 15 đường Hai Bà Trưng" },
    paymentMethod: options.paymentMethod ?? "VIETQR",
  });
  if (!result.ok) throw new Error(`could not place: ${JSON.stringify(result)}`);
  return { buyer, orderId: result.order.id, variants };
}

/** What the payments module does on a confirmed payment: units sold, order and parts PAID. */
async function markPaid(orderId: string) {
  await prisma.$transaction(async (tx) => {
    const lines = await tx.orderLine.findMany({ where: { orderId }, orderBy: { variantId: "asc" } });
    for (const l of lines) await commitSale(tx, { variantId: l.variantId, quantity: l.quantity, orderId });
    const o = await tx.order.update({ where: { id: orderId }, data: { status: "PAID", paidAt: new Date() } });
    await tx.sellerOrder.updateMany({ where: { orderId }, data: { status: "PAID" } });
    await tx.payment.updateMany({ where: { orderId }, data: { status: "SUCCEEDED", amountReceived: o.total, paidAt: new Date(), providerRef: "pi_test" } });
    await tx.orderEvent.create({ data: { orderId, status: "paid" } });
  });
}

const variantState = (id: string) => prisma.productVariant.findUniqueOrThrow({ where: { id }, select: { onHand: true, reserved: true } });

describe("buyer views", () => {
  it("shows the buyer their order with each seller's part, lines, timeline and totals; nobody else", async () => {
    const { buyer, orderId } = await order();
    const view = await getOrderForBuyer(orderId, buyer.id);
    expect(view).not.toBeNull();
    expect(view!.status).toBe("pending_payment");
    expect(view!.paymentMethod).toBe("vietqr");
    expect(view!.sellerOrders).toHaveLength(2);
    expect(view!.sellerOrders.every((so) => so.status === "pending_payment")).toBe(true);
    expect(view!.sellerOrders.flatMap((so) => so.lines).reduce((s, l) => s + l.lineTotal, 0)).toBe(view!.subtotal);
    expect(view!.subtotal + view!.shippingTotal).toBe(view!.total);
    expect(view!.events.map((e) => e.status)).toEqual(["pending_payment"]);
    expect(view!.address).toMatchObject({ fullName: "Lê Hoàng Yến", provinceName: "Thành phố Cần Thơ" });
    expect(view!.awaitingPayment).toBe(true);
    expect(view!.canCancel).toBe(true);

    const stranger = await createUser();
    expect(await getOrderForBuyer(orderId, stranger.id)).toBeNull();
    expect(await getOrderForBuyer("no-such-order", buyer.id)).toBeNull();

    const list = await listOrdersForBuyer(buyer.id);
    expect(list).toEqual([expect.objectContaining({ id: orderId, status: "pending_payment", itemCount: 3, total: view!.total })]);
    expect(await listOrdersForBuyer(stranger.id)).toEqual([]);
  });

  it("machine status values", () => {
    expect(orderStatusValue("PENDING_PAYMENT")).toBe("pending_payment");
    expect(orderStatusValue("SHIPPED")).toBe("shipped");
    expect(orderStatusValue("REFUNDED")).toBe("refunded");
  });
});

describe("cancelOrderByBuyer", () => {
  it("unpaid: releases the reservation, cancels every part and the payment", async () => {
    const { buyer, orderId, variants } = await order();
    const result = await cancelOrderByBuyer(orderId, buyer.id);
    expect(result).toEqual({ ok: true, refund: { kind: "none" } });
    const o = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { sellerOrders: true, payments: true, events: true, refunds: true } });
    expect(o.status).toBe("CANCELLED");
    expect(o.cancelledAt).not.toBeNull();
    expect(o.sellerOrders.map((so) => so.status)).toEqual(["CANCELLED", "CANCELLED"]);
    expect(o.payments.map((p) => p.status)).toEqual(["CANCELLED"]);
    expect(o.events.map((e) => e.status)).toEqual(["pending_payment", "cancelled"]);
    expect(o.refunds).toEqual([]);
    for (const v of variants) expect(await variantState(v.id)).toEqual({ onHand: 10, reserved: 0 });
    expect(await prisma.inventoryMovement.count({ where: { orderId, reason: "RELEASE" } })).toBe(2);
    expect(await ledgerMismatches(prisma)).toEqual([]);
    // Twice: nothing more happens.
    expect(await cancelOrderByBuyer(orderId, buyer.id)).toEqual({ ok: false, reason: "not_allowed" });
    expect(await prisma.inventoryMovement.count({ where: { orderId, reason: "RELEASE" } })).toBe(2);
  });

  it("someone else's order is not found, and nothing changes", async () => {
    const { orderId, variants } = await order();
    const stranger = await createUser();
    expect(await cancelOrderByBuyer(orderId, stranger.id)).toEqual({ ok: false, reason: "not_found" });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("PENDING_PAYMENT");
    expect(await variantState(variants[0].id)).toEqual({ onHand: 10, reserved: 2 });
  });

  it("paid by bank transfer: units back on the shelf, a refund due for the operator", async () => {
    const { buyer, orderId, variants } = await order();
    await markPaid(orderId);
    expect(await variantState(variants[0].id)).toEqual({ onHand: 8, reserved: 0 });
    const result = await cancelOrderByBuyer(orderId, buyer.id);
    const o = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { refunds: true, payments: true } });
    expect(result).toEqual({ ok: true, refund: { kind: "bank_transfer_due", amount: o.total } });
    expect(o.status).toBe("CANCELLED");
    expect(o.refunds).toEqual([expect.objectContaining({ amount: o.total, status: "DUE", paymentId: o.payments[0].id })]);
    expect(await variantState(variants[0].id)).toEqual({ onHand: 10, reserved: 0 });
    expect(await variantState(variants[1].id)).toEqual({ onHand: 10, reserved: 0 });
    expect(await prisma.inventoryMovement.count({ where: { orderId, reason: "RESTOCK_CANCELLED" } })).toBe(2);
    expect(refundCardPayment).not.toHaveBeenCalled();
    expect(await ledgerMismatches(prisma)).toEqual([]);
  });

  it("paid by card: the refund is recorded with the cancellation, then issued through the payments module", async () => {
    const { buyer, orderId } = await order({ paymentMethod: "CARD" });
    await markPaid(orderId);
    const result = await cancelOrderByBuyer(orderId, buyer.id);
    const o = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { refunds: true } });
    expect(result).toEqual({ ok: true, refund: { kind: "card", amount: o.total, error: null } });
    expect(refundCardPayment).toHaveBeenCalledTimes(1);
    expect(refundCardPayment).toHaveBeenCalledWith(orderId, o.total, expect.any(String), { refundId: o.refunds[0].id });
    expect(o.refunds).toEqual([expect.objectContaining({ amount: o.total, status: "ISSUED" })]);
  });

  it("a failing card refund leaves the cancellation and a refund still owed", async () => {
    const { buyer, orderId } = await order({ paymentMethod: "CARD" });
    await markPaid(orderId);
    refundCardPayment.mockRejectedValueOnce(new Error("Stripe unreachable"));
    const result = await cancelOrderByBuyer(orderId, buyer.id);
    expect(result).toMatchObject({ ok: true, refund: { kind: "card", error: "Stripe unreachable" } });
    const o = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { refunds: true } });
    expect(o.status).toBe("CANCELLED");
    expect(o.refunds).toEqual([expect.objectContaining({ amount: o.total, status: "DUE" })]);
  });

  it("not once a seller has confirmed (or shipped), nor after expiry", async () => {
    const { buyer, orderId } = await order();
    await markPaid(orderId);
    const [first] = await prisma.sellerOrder.findMany({ where: { orderId }, orderBy: { id: "asc" } });
    await prisma.sellerOrder.update({ where: { id: first.id }, data: { status: "CONFIRMED", confirmedAt: new Date() } });
    expect(await cancelOrderByBuyer(orderId, buyer.id)).toEqual({ ok: false, reason: "not_allowed" });
    expect((await getOrderForBuyer(orderId, buyer.id))!.canCancel).toBe(false);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("PAID");

    const late = await order();
    const due = (await prisma.order.findUniqueOrThrow({ where: { id: late.orderId } })).expiresAt;
    await expireUnpaidOrders(new Date(due.getTime() + 1_000));
    expect(await cancelOrderByBuyer(late.orderId, late.buyer.id)).toEqual({ ok: false, reason: "not_allowed" });
  });

  it("an underpaid transfer is owed back when the buyer cancels", async () => {
    const { buyer, orderId } = await order();
    await prisma.order.update({ where: { id: orderId }, data: { status: "UNDERPAID" } });
    await prisma.payment.updateMany({ where: { orderId }, data: { status: "UNDERPAID", amountReceived: 50_000 } });
    const result = await cancelOrderByBuyer(orderId, buyer.id);
    expect(result).toEqual({ ok: true, refund: { kind: "bank_transfer_due", amount: 50_000 } });
    expect(await prisma.refund.findMany({ where: { orderId } })).toEqual([expect.objectContaining({ amount: 50_000, status: "DUE" })]);
    expect(await prisma.inventoryMovement.count({ where: { orderId, reason: "RELEASE" } })).toBe(2);
  });
});

describe("expireUnpaidOrders", () => {
  it("expires what is due and releases its stock; leaves the rest", async () => {
    const variants = [await stock(10), await stock(10, "79", 70_000)];
    const due = await order({ variants });
    const paid = await order({ variants });
    await markPaid(paid.orderId);
    const fresh = await order({ variants });
    const dueAt = (await prisma.order.findUniqueOrThrow({ where: { id: due.orderId } })).expiresAt;
    // The fresh order was placed later, so it is not due yet at this moment.
    await prisma.order.update({ where: { id: fresh.orderId }, data: { expiresAt: new Date(dueAt.getTime() + 60_000) } });

    expect(await expireUnpaidOrders(new Date(dueAt.getTime() + 1_000))).toBe(1);
    const o = await prisma.order.findUniqueOrThrow({ where: { id: due.orderId }, include: { sellerOrders: true, payments: true, events: true } });
    expect(o.status).toBe("EXPIRED");
    expect(o.sellerOrders.map((so) => so.status)).toEqual(["EXPIRED", "EXPIRED"]);
    expect(o.payments.map((p) => p.status)).toEqual(["EXPIRED"]);
    expect(o.events.map((e) => e.status)).toEqual(["pending_payment", "expired"]);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: fresh.orderId } })).status).toBe("PENDING_PAYMENT");
    expect((await prisma.order.findUniqueOrThrow({ where: { id: paid.orderId } })).status).toBe("PAID");
    // 3 orders took 2 + 1 units each; one paid (sold), one still reserved, one released.
    expect(await variantState(variants[0].id)).toEqual({ onHand: 8, reserved: 2 });
    expect(await variantState(variants[1].id)).toEqual({ onHand: 9, reserved: 1 });
    expect(await prisma.inventoryMovement.count({ where: { orderId: due.orderId, reason: "RELEASE" } })).toBe(2);
    expect(await ledgerMismatches(prisma)).toEqual([]);
    // Running again changes nothing.
    expect(await expireUnpaidOrders(new Date(dueAt.getTime() + 1_000))).toBe(0);
  });

  it("two workers at once expire each order exactly once (FOR UPDATE SKIP LOCKED)", async () => {
    const later = new Date(Date.now() + 31 * 60_000);
    await expireUnpaidOrders(later); // earlier tests' unpaid orders: out of the way
    const variants = [await stock(500), await stock(500, "01", 70_000)];
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push((await order({ variants })).orderId);
    expect(await variantState(variants[0].id)).toEqual({ onHand: 500, reserved: 120 });
    const [a, b] = await Promise.all([expireUnpaidOrders(later, { batchSize: 7 }), expireUnpaidOrders(later, { batchSize: 7 })]);
    expect(a + b).toBe(60);
    expect(await prisma.order.count({ where: { id: { in: ids }, status: "EXPIRED" } })).toBe(60);
    expect(await prisma.orderEvent.count({ where: { orderId: { in: ids }, status: "expired" } })).toBe(60);
    expect(await prisma.inventoryMovement.count({ where: { orderId: { in: ids }, reason: "RELEASE" } })).toBe(120);
    expect(await variantState(variants[0].id)).toEqual({ onHand: 500, reserved: 0 });
    expect(await variantState(variants[1].id)).toEqual({ onHand: 500, reserved: 0 });
    expect(await ledgerMismatches(prisma)).toEqual([]);
  });
});

// The operator's payment tools against real PostgreSQL: suggestions for unmatched
// transfers, manual confirmation (once, audited), refunds due marked issued.
import { describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { createUser } from "../../../prisma/factories";
import { confirmTransferAgainstOrder, issueCardRefund, listRefundsDue, listUnresolvedTransfers, markRefundIssued } from "./admin.server";
import { DEMO_VIETQR } from "./config.server";
import { createTestOrder } from "./testing.server";

let seq = 0;
async function unmatchedTransfer(amount: number, content: string) {
  seq += 1;
  return prisma.bankTransfer.create({
    data: { notificationId: `FT-ADMIN-${Date.now()}-${seq}`, amount, content, accountNumber: DEMO_VIETQR.accountNo, transactionAt: new Date(), match: "UNMATCHED" },
  });
}

/** One character of the code replaced by another of the alphabet. */
function mistype(code: string): string {
  const last = code.at(-1)!;
  return code.slice(0, -1) + (last === "X" ? "Y" : "X");
}

describe("unresolved transfers", () => {
  it("suggests an order by the same amount and by a mistyped code", async () => {
    const byAmount = await createTestOrder({ parts: [{ lines: [{ price: 123_457, quantity: 1 }] }] });
    const byCode = await createTestOrder({ parts: [{ lines: [{ price: 98_000, quantity: 1 }] }] });
    const t1 = await unmatchedTransfer(123_457, "CT tu 0123 NGUYEN THI LAN chuyen tien");
    const t2 = await unmatchedTransfer(90_000, `MBVCB.3278.${mistype(byCode.order.code)}.CT tu 0123`);

    const list = await listUnresolvedTransfers();
    const first = list.find((t) => t.id === t1.id)!;
    const second = list.find((t) => t.id === t2.id)!;
    expect(first.suggestions.map((s) => s.orderId)).toContain(byAmount.order.id);
    expect(first.suggestions.find((s) => s.orderId === byAmount.order.id)).toMatchObject({ sameAmount: true, code: byAmount.order.code });
    expect(second.suggestions[0]).toMatchObject({ orderId: byCode.order.id, sameAmount: false });
    expect(second.suggestions[0].codeSimilarity).toBeGreaterThanOrEqual(0.5);
  });

  it("an unmatched transfer confirmed by hand pays the order once, audited; the transfer is then MANUAL", async () => {
    const t = await createTestOrder();
    const admin = await createUser({ role: "ADMIN" });
    const transfer = await unmatchedTransfer(t.order.total, "chuyen tien mua hang");

    const first = await confirmTransferAgainstOrder({ id: admin.id, ipAddress: "203.0.113.7" }, transfer.id, t.order.id);
    expect(first).toMatchObject({ ok: true, changed: true, confirmation: { result: "paid", overpaid: 0 } });
    const again = await confirmTransferAgainstOrder(admin.id, transfer.id, t.order.id);
    expect(again).toEqual({ ok: true, changed: false, confirmation: null });

    const order = await prisma.order.findUniqueOrThrow({ where: { id: t.order.id }, include: { payments: true, events: true, refunds: true } });
    expect(order.status).toBe("PAID");
    expect(order.payments).toHaveLength(1);
    expect(order.payments[0]).toMatchObject({ status: "SUCCEEDED", amountReceived: t.order.total });
    expect(order.events.filter((e) => e.status === "paid" && e.sellerOrderId === null)).toHaveLength(1);
    expect(order.refunds).toHaveLength(0);
    expect(await prisma.bankTransfer.findUniqueOrThrow({ where: { id: transfer.id } })).toMatchObject({ match: "MANUAL", orderId: t.order.id, resolvedById: admin.id });
    const audits = await prisma.auditLog.findMany({ where: { entityId: transfer.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "payment.confirm_transfer", entityType: "bank_transfer", actorId: admin.id, ipAddress: "203.0.113.7" });

    // No longer waiting for an operator; and it can't be moved to another order.
    expect((await listUnresolvedTransfers()).map((x) => x.id)).not.toContain(transfer.id);
    const other = await createTestOrder();
    expect(await confirmTransferAgainstOrder(admin.id, transfer.id, other.order.id)).toEqual({ ok: false, error: "already_applied" });
    expect(await confirmTransferAgainstOrder(admin.id, "khong-co", other.order.id)).toEqual({ ok: false, error: "transfer_not_found" });
  });

  it("two operators confirming the same transfer at once: it is applied once", async () => {
    const t = await createTestOrder();
    const admin = await createUser({ role: "ADMIN" });
    const transfer = await unmatchedTransfer(t.order.total, "chuyen khoan");
    const results = await Promise.all([confirmTransferAgainstOrder(admin.id, transfer.id, t.order.id), confirmTransferAgainstOrder(admin.id, transfer.id, t.order.id)]);
    expect(results.filter((r) => r.ok && r.changed)).toHaveLength(1);
    expect(results.filter((r) => r.ok && !r.changed)).toHaveLength(1);
    expect(await prisma.auditLog.count({ where: { entityId: transfer.id } })).toBe(1);
    expect(await prisma.refund.count({ where: { orderId: t.order.id } })).toBe(0);
  });

  it("adds a manual transfer to the bank money an underpaid order already has", async () => {
    const t = await createTestOrder();
    const admin = await createUser({ role: "ADMIN" });
    await prisma.bankTransfer.create({
      data: { notificationId: `FT-UNDER-${Date.now()}`, amount: 300_000, content: t.order.code, accountNumber: DEMO_VIETQR.accountNo, transactionAt: new Date(), match: "UNDERPAID", orderId: t.order.id },
    });
    await prisma.$transaction([
      prisma.order.update({ where: { id: t.order.id }, data: { status: "UNDERPAID" } }),
      prisma.payment.update({ where: { id: t.payment.id }, data: { status: "UNDERPAID", amountReceived: 300_000 } }),
    ]);
    const rest = await unmatchedTransfer(t.order.total - 300_000, "bo sung tien don hang");
    const list = await listUnresolvedTransfers();
    expect(list.find((x) => x.id === rest.id)!.suggestions.find((s) => s.orderId === t.order.id)).toMatchObject({ sameAmount: true, received: 300_000 });

    const result = await confirmTransferAgainstOrder(admin.id, rest.id, t.order.id);
    expect(result).toMatchObject({ ok: true, changed: true, confirmation: { result: "paid" } });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: t.order.id } })).status).toBe("PAID");
  });
});

describe("refunds due", () => {
  it("lists what is owed and marks a bank refund issued, audited, once", async () => {
    const t = await createTestOrder();
    const admin = await createUser({ role: "ADMIN" });
    const refund = await prisma.refund.create({ data: { orderId: t.order.id, paymentId: t.payment.id, amount: 12_000, reason: "Khách chuyển dư" } });

    const due = await listRefundsDue();
    expect(due.find((r) => r.id === refund.id)).toMatchObject({ amount: 12_000, provider: "VIETQR", status: "DUE", order: { code: t.order.code, buyerEmail: t.buyer.email } });

    const issued = await markRefundIssued({ id: admin.id, ipAddress: "203.0.113.8" }, refund.id, " FT2433100001 ");
    expect(issued).toMatchObject({ ok: true, changed: true, refund: { status: "ISSUED", providerRef: "FT2433100001" } });
    expect(await markRefundIssued(admin.id, refund.id, "FT2433100001")).toMatchObject({ ok: true, changed: false });
    expect(await markRefundIssued(admin.id, refund.id, "FT-KHAC")).toMatchObject({ ok: false, error: "already_issued" });
    expect((await listRefundsDue()).map((r) => r.id)).not.toContain(refund.id);
    const audits = await prisma.auditLog.findMany({ where: { entityId: refund.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "refund.mark_issued", entityType: "refund", actorId: admin.id, ipAddress: "203.0.113.8" });
  });

  it("a card refund is not marked by hand; a bank refund is not sent to Stripe", async () => {
    const card = await createTestOrder({ paymentMethod: "CARD" });
    const bank = await createTestOrder();
    const admin = await createUser({ role: "ADMIN" });
    const cardRefund = await prisma.refund.create({ data: { orderId: card.order.id, paymentId: card.payment.id, amount: 5_000, reason: "Thừa" } });
    const bankRefund = await prisma.refund.create({ data: { orderId: bank.order.id, paymentId: bank.payment.id, amount: 5_000, reason: "Thừa" } });
    expect(await markRefundIssued(admin.id, cardRefund.id, "FT1")).toMatchObject({ ok: false, error: "card_refund" });
    expect(await issueCardRefund(admin.id, bankRefund.id)).toMatchObject({ ok: false, error: "not_card" });
    expect(await markRefundIssued(admin.id, "khong-co", "FT1")).toEqual({ ok: false, error: "not_found" });
    expect(await prisma.auditLog.count({ where: { entityId: { in: [cardRefund.id, bankRefund.id] } } })).toBe(0);
  });
});

// The bank-notification webhook against real PostgreSQL, through the route's action.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { ledgerMismatches } from "~/modules/inventory/index.server";
import { formatDateTime, formatVnd } from "~/lib/format";
import { findOrderCode } from "~/modules/orders/code";
import { hasEventLabel } from "~/modules/orders/status";
import { expireUnpaidOrders, getOrderPaymentForBuyer, remindUnderpaidOrders, REFUND_REASON_UNDERPAID_EXPIRED } from "~/modules/orders/index.server";
import { action } from "~/routes/webhooks.bank-transfer";
import { DEMO_BANK_WEBHOOK_SECRET, DEMO_VIETQR } from "./config.server";
import { signBankPayload } from "./bank-signature.server";
import { bankNotification, createTestOrder, createTestVariant, signedBankRequest, type TestOrder } from "./testing.server";

const ACCOUNT = DEMO_VIETQR.accountNo;
const SECRET = "test-bank-secret-0123456789";

beforeAll(() => {
  process.env.BANK_WEBHOOK_SECRET = SECRET;
});

async function post(request: Request) {
  const response = (await action({ request, params: {}, context: {} })) as Response;
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function deliver(body: unknown, secret = SECRET) {
  return post(signedBankRequest(body, secret));
}

/** A transfer content as Vietnamese banks print it. */
const mbShape = (code: string) => `MBVCB.3278${Math.floor(Math.random() * 1e4)}.${code}.CT tu 0123456789 NGUYEN THI LAN toi ${ACCOUNT} CONG TY CHO OCOP DEMO`;

async function counts() {
  const [transfers, events, refunds, emails, movements] = await Promise.all([
    prisma.bankTransfer.count(),
    prisma.webhookEvent.count(),
    prisma.refund.count(),
    prisma.emailMessage.count(),
    prisma.inventoryMovement.count(),
  ]);
  return { transfers, events, refunds, emails, movements };
}

async function state(t: TestOrder) {
  const order = await prisma.order.findUniqueOrThrow({
    where: { id: t.order.id },
    include: { sellerOrders: true, payments: true, events: { orderBy: { id: "asc" } }, refunds: true, bankTransfers: { orderBy: { createdAt: "asc" } } },
  });
  const variants = await prisma.productVariant.findMany({ where: { id: { in: t.variants.map((v) => v.id) } } });
  return { order, variants: new Map(variants.map((v) => [v.id, v])) };
}

describe("transfer content matching", () => {
  it("finds the order code in the shapes real bank feeds send", () => {
    const code = "OCOP7K2F9Q";
    const shapes = [
      `MBVCB.3278.${code}.CT tu 0123 toi 1029384756`,
      `MBVCB.7123456789.041209.ocop7k2f9q.CT tu 0071001234567 NGUYEN VAN A toi 1029384756 CONG TY CHO OCOP`,
      `IBFT ${code} FT24331123456`,
      `TKThe :0123456789, tai VCB. OCOP 7K2F 9Q -CTLNHIDI000012345678-1/1-CRE-002`,
      `NGUYEN THI LAN chuyen tien don OCOP-7K2F-9Q`,
      `REM Tfr Ac: 19033333333333 O@L_OCOP7K2F9Q_Thanh toan`,
      `${code}`,
    ];
    for (const content of shapes) expect(findOrderCode(content), content).toBe(code);
    expect(findOrderCode("MBVCB.3278.CHUYEN TIEN HANG.CT tu 0123")).toBeNull();
  });
});

describe("POST /webhooks/bank-transfer", () => {
  it("an exact transfer pays the order once: stock sold, seller parts paid, email, search outbox", async () => {
    const t = await createTestOrder();
    expect(t.order.total).toBe(338_000);
    const before = await counts();
    const notification = bankNotification({ amount: t.order.total, content: mbShape(t.order.code), accountNumber: ACCOUNT });

    const first = await deliver(notification);
    expect(first).toEqual({ status: 200, body: { ok: true, duplicate: false, match: "matched" } });

    const { order, variants } = await state(t);
    expect(order.status).toBe("PAID");
    expect(order.paidAt).not.toBeNull();
    expect(order.sellerOrders.map((s) => s.status)).toEqual(["PAID", "PAID"]);
    expect(order.payments).toHaveLength(1);
    expect(order.payments[0]).toMatchObject({ provider: "VIETQR", status: "SUCCEEDED", amountReceived: 338_000 });
    expect(order.payments[0].paidAt).not.toBeNull();
    expect(order.refunds).toEqual([]);
    expect(order.bankTransfers).toHaveLength(1);
    expect(order.bankTransfers[0]).toMatchObject({ notificationId: notification.id, amount: 338_000, match: "MATCHED", accountNumber: ACCOUNT });
    expect(order.events.filter((e) => e.status === "paid")).toHaveLength(3); // the order + each seller's part
    for (const line of t.lines) {
      const v = variants.get(line.variantId)!;
      expect(v.reserved).toBe(0);
      expect(v.onHand).toBe(20 - line.quantity);
    }
    const sales = await prisma.inventoryMovement.findMany({ where: { orderId: t.order.id, reason: "SALE" } });
    expect(sales).toHaveLength(t.lines.length);
    const products = await prisma.product.findMany({ where: { id: { in: t.lines.map((l) => l.productId) } } });
    expect(products.map((p) => p.salesCount).sort()).toEqual(t.lines.map((l) => l.quantity).sort());
    const outbox = await prisma.searchOutbox.findMany({ where: { productId: { in: t.lines.map((l) => l.productId) } } });
    expect(new Set(outbox.map((o) => o.productId)).size).toBe(t.lines.length);
    expect(await prisma.webhookEvent.findFirst({ where: { provider: "bank", eventId: notification.id } })).toMatchObject({ type: "bank.transfer" });

    const emails = await prisma.emailMessage.findMany({ where: { to: t.buyer.email } });
    expect(emails).toHaveLength(1);
    expect(emails[0].subject).toContain(t.order.code);
    expect(emails[0].text).toContain("338.000 ₫");
    expect(await ledgerMismatches(prisma)).toEqual([]);

    // The same notification again: answered 200, nothing changes.
    const after = await counts();
    const again = await deliver(notification);
    expect(again).toEqual({ status: 200, body: { ok: true, duplicate: true } });
    expect(await counts()).toEqual(after);
    expect(after.transfers - before.transfers).toBe(1);
  });

  it("refuses a forged, missing or malformed signature with 401 and records nothing", async () => {
    const t = await createTestOrder();
    const before = await counts();
    const body = JSON.stringify(bankNotification({ amount: t.order.total, content: t.order.code, accountNumber: ACCOUNT }));
    const url = "http://localhost/webhooks/bank-transfer";
    const attempts = [
      new Request(url, { method: "POST", body, headers: { "X-Signature": signBankPayload(body, "wrong-secret-0123456789") } }),
      new Request(url, { method: "POST", body }),
      new Request(url, { method: "POST", body, headers: { "X-Signature": signBankPayload(body, SECRET).replace("sha256=", "sha1=") } }),
      new Request(url, { method: "POST", body: body.replace(String(t.order.total), "1"), headers: { "X-Signature": signBankPayload(body, SECRET) } }),
      // The demo secret is not the configured one.
      new Request(url, { method: "POST", body, headers: { "X-Signature": signBankPayload(body, DEMO_BANK_WEBHOOK_SECRET) } }),
    ];
    for (const request of attempts) expect(await post(request)).toEqual({ status: 401, body: { error: "invalid_signature" } });
    expect(await counts()).toEqual(before);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: t.order.id } })).status).toBe("PENDING_PAYMENT");
  });

  it("answers 400 to an authentic but malformed body and records nothing", async () => {
    const before = await counts();
    const good = bankNotification({ amount: 100_000, content: "OCOP7K2F9Q", accountNumber: ACCOUNT });
    const bad: unknown[] = [
      "{not json",
      { ...good, amount: 100_000.5 },
      { ...good, amount: "100000" },
      { ...good, amount: -5 },
      { ...good, id: "" },
      { ...good, transactionAt: "26/11/2026 10:15" },
      { id: good.id, amount: good.amount, content: good.content },
      [good],
    ];
    for (const body of bad) expect((await deliver(body)).status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it("a smaller transfer leaves the order underpaid with stock reserved; the rest completes it", async () => {
    const t = await createTestOrder();
    const partial = bankNotification({ amount: 300_000, content: mbShape(t.order.code), accountNumber: ACCOUNT });
    const first = await deliver(partial);
    expect(first.body).toMatchObject({ match: "underpaid" });
    let s = await state(t);
    expect(s.order.status).toBe("UNDERPAID");
    expect(s.order.sellerOrders.map((so) => so.status)).toEqual(["PENDING_PAYMENT", "PENDING_PAYMENT"]);
    expect(s.order.payments[0]).toMatchObject({ status: "UNDERPAID", amountReceived: 300_000 });
    expect(s.order.events.map((e) => e.status)).toContain("underpaid");
    // The operator reads the amounts as money, like everywhere else.
    expect(s.order.events.find((e) => e.status === "underpaid")?.note).toBe(`Đã nhận 300.000 ₫ / ${formatVnd(t.order.total)}`);
    for (const line of t.lines) expect(s.variants.get(line.variantId)).toMatchObject({ onHand: 20, reserved: line.quantity });
    // The buyer is told at once what is missing and until when.
    const notices = await prisma.emailMessage.findMany({ where: { to: t.buyer.email } });
    expect(notices).toHaveLength(1);
    expect(notices[0].subject).toBe(`Chợ OCOP: đơn hàng ${t.order.code} còn thiếu ${formatVnd(t.order.total - 300_000)}`);
    expect(notices[0].text).toContain(`Chợ OCOP đã nhận 300.000 ₫ cho đơn hàng ${t.order.code}`);
    expect(notices[0].text).toContain(formatDateTime(s.order.expiresAt));
    // The same notification again sends nothing more.
    expect((await deliver(partial)).body).toMatchObject({ duplicate: true });
    expect(await prisma.emailMessage.count({ where: { to: t.buyer.email } })).toBe(1);

    const second = await deliver(bankNotification({ amount: 38_000, content: `IBFT ${t.order.code.toLowerCase()} bo sung`, accountNumber: ACCOUNT }));
    expect(second.body).toMatchObject({ match: "matched" });
    s = await state(t);
    expect(s.order.status).toBe("PAID");
    expect(s.order.payments[0]).toMatchObject({ status: "SUCCEEDED", amountReceived: 338_000 });
    expect(s.order.bankTransfers.map((b) => b.match)).toEqual(["UNDERPAID", "MATCHED"]);
    for (const line of t.lines) expect(s.variants.get(line.variantId)).toMatchObject({ onHand: 20 - line.quantity, reserved: 0 });
    expect(await ledgerMismatches(prisma)).toEqual([]);
  });

  it("an underpaid order gets a grace period for the rest; when it runs out the stock is released and what arrived is owed back", async () => {
    const graceHours = 24;
    const t = await createTestOrder();
    const placedDeadline = (await prisma.order.findUniqueOrThrow({ where: { id: t.order.id } })).expiresAt;
    const before = Date.now();
    expect((await deliver(bankNotification({ amount: 300_000, content: mbShape(t.order.code), accountNumber: ACCOUNT }))).body).toMatchObject({ match: "underpaid" });
    const deadline = (await prisma.order.findUniqueOrThrow({ where: { id: t.order.id } })).expiresAt;
    // Moved on to (about) 24 hours after the partial payment, never earlier than before.
    expect(deadline.getTime()).toBeGreaterThanOrEqual(before + graceHours * 3_600_000);
    expect(deadline.getTime()).toBeLessThan(Date.now() + graceHours * 3_600_000 + 1_000);
    expect(deadline.getTime()).toBeGreaterThan(placedDeadline.getTime());

    // The order's first deadline passing no longer expires it (other tests' orders may expire here).
    await expireUnpaidOrders(new Date(placedDeadline.getTime() + 60_000));
    expect((await state(t)).order.status).toBe("UNDERPAID");
    // The payment page asks for the missing amount only.
    const view = await getOrderPaymentForBuyer(t.order.id, t.buyer.id);
    expect(view).toMatchObject({ status: "underpaid", awaitingPayment: true, received: 300_000, amountDue: t.order.total - 300_000 });

    // The grace runs out: expired, stock released with its ledger rows, 300.000 ₫ owed back, the buyer told.
    expect(await expireUnpaidOrders(new Date(deadline.getTime() + 1_000))).toBeGreaterThanOrEqual(1);
    const s = await state(t);
    expect(s.order.status).toBe("EXPIRED");
    expect(s.order.sellerOrders.map((so) => so.status)).toEqual(["EXPIRED", "EXPIRED"]);
    expect(s.order.payments[0]).toMatchObject({ status: "UNDERPAID", amountReceived: 300_000 });
    expect(s.order.refunds).toMatchObject([{ amount: 300_000, status: "DUE", reason: REFUND_REASON_UNDERPAID_EXPIRED, paymentId: s.order.payments[0].id }]);
    for (const line of t.lines) expect(s.variants.get(line.variantId)).toMatchObject({ onHand: 20, reserved: 0 });
    expect(await prisma.inventoryMovement.count({ where: { orderId: t.order.id, reason: "RELEASE" } })).toBe(t.lines.length);
    const email = await prisma.emailMessage.findFirstOrThrow({ where: { to: t.buyer.email, subject: { contains: "đã hết hạn" } } });
    expect(email.subject).toBe(`Chợ OCOP: đơn hàng ${t.order.code} đã hết hạn, bạn sẽ được hoàn 300.000 ₫`);
    expect(email.text).toContain("chỉ nhận được 300.000 ₫");
    expect(await ledgerMismatches(prisma)).toEqual([]);
    expect(await expireUnpaidOrders(new Date(deadline.getTime() + 1_000))).toBe(0);
    expect(await prisma.refund.count({ where: { orderId: t.order.id } })).toBe(1);

    // The rest arriving afterwards is late money, owed back too; nothing is sold.
    expect((await deliver(bankNotification({ amount: 38_000, content: t.order.code, accountNumber: ACCOUNT }))).body).toMatchObject({ match: "late" });
    const after = await state(t);
    expect(after.order.status).toBe("EXPIRED");
    expect(after.order.refunds.map((r) => r.amount).sort()).toEqual([300_000, 38_000].sort());
    expect(await prisma.inventoryMovement.count({ where: { orderId: t.order.id, reason: "SALE" } })).toBe(0);
  });

  it("the buyer of an underpaid order is reminded once, hours before the deadline; more money moves the deadline and the reminder with it", async () => {
    const hour = 3_600_000;
    const t = await createTestOrder();
    const deadlineOf = async () => (await prisma.order.findUniqueOrThrow({ where: { id: t.order.id } })).expiresAt;
    const reminders = () => prisma.emailMessage.findMany({ where: { to: t.buyer.email, subject: { startsWith: "Nhắc lại" } }, orderBy: { createdAt: "asc" } });
    expect((await deliver(bankNotification({ amount: 300_000, content: mbShape(t.order.code), accountNumber: ACCOUNT }))).body).toMatchObject({ match: "underpaid" });
    const deadline = await deadlineOf();

    // 24 hours of grace, a reminder 6 hours before it ends (the defaults): nothing before that.
    await remindUnderpaidOrders(new Date(deadline.getTime() - 7 * hour));
    expect(await reminders()).toHaveLength(0);
    await remindUnderpaidOrders(new Date(deadline.getTime() - 5 * hour));
    let sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toBe(`Nhắc lại: đơn hàng ${t.order.code} còn thiếu ${formatVnd(t.order.total - 300_000)}, hạn chót ${formatDateTime(deadline)}`);
    expect(sent[0].text).toContain(`Chợ OCOP mới nhận được 300.000 ₫`);
    expect(sent[0].text).toContain(`Hãy chuyển nốt ${formatVnd(t.order.total - 300_000)} với nội dung ${t.order.code} trước ${formatDateTime(deadline)}`);
    // On the order's timeline, for the buyer and the operator.
    const reminderEvents = async () => (await state(t)).order.events.filter((e) => e.status === "payment_reminder");
    expect(await reminderEvents()).toMatchObject([{ note: `Nhắc chuyển nốt ${formatVnd(t.order.total - 300_000)} (đã nhận 300.000 ₫ / ${formatVnd(t.order.total)})`, sellerOrderId: null }]);
    expect(hasEventLabel("payment_reminder")).toBe(true);
    // Once per deadline, however often the worker runs.
    await remindUnderpaidOrders(new Date(deadline.getTime() - 4 * hour));
    await remindUnderpaidOrders(new Date(deadline.getTime() - hour));
    expect(await reminders()).toHaveLength(1);
    expect(await reminderEvents()).toHaveLength(1);

    // More money, still short: a new deadline, and a reminder before that one.
    expect((await deliver(bankNotification({ amount: 20_000, content: `IBFT ${t.order.code} lan 2`, accountNumber: ACCOUNT }))).body).toMatchObject({ match: "underpaid" });
    const later = await deadlineOf();
    expect(later.getTime()).toBeGreaterThan(deadline.getTime());
    expect((await prisma.order.findUniqueOrThrow({ where: { id: t.order.id } })).underpaidRemindedAt).toBeNull();
    await remindUnderpaidOrders(new Date(later.getTime() - 2 * hour));
    sent = await reminders();
    expect(sent).toHaveLength(2);
    expect(await reminderEvents()).toHaveLength(2);
    expect(sent[1].text).toContain(`mới nhận được 320.000 ₫`);
    expect(sent[1].subject).toContain(`còn thiếu ${formatVnd(t.order.total - 320_000)}, hạn chót ${formatDateTime(later)}`);

    // Paid in full: never reminded again, and past the deadline nothing expires.
    expect((await deliver(bankNotification({ amount: t.order.total - 320_000, content: `IBFT ${t.order.code} du`, accountNumber: ACCOUNT }))).body).toMatchObject({ match: "matched" });
    await prisma.order.update({ where: { id: t.order.id }, data: { underpaidRemindedAt: null } });
    await remindUnderpaidOrders(new Date(later.getTime() - hour));
    expect(await reminders()).toHaveLength(2);
    expect((await state(t)).order.status).toBe("PAID");
  });

  it("the reminder follows the buyer's language and can be switched off", async () => {
    const hour = 3_600_000;
    const t = await createTestOrder();
    await prisma.user.update({ where: { id: t.buyer.id }, data: { locale: "en" } });
    expect((await deliver(bankNotification({ amount: 300_000, content: mbShape(t.order.code), accountNumber: ACCOUNT }))).body).toMatchObject({ match: "underpaid" });
    const deadline = (await prisma.order.findUniqueOrThrow({ where: { id: t.order.id } })).expiresAt;
    const reminders = () => prisma.emailMessage.findMany({ where: { to: t.buyer.email, subject: { startsWith: "Reminder" } } });

    process.env.ORDER_UNDERPAID_REMINDER_HOURS = "0";
    try {
      expect(await remindUnderpaidOrders(new Date(deadline.getTime() - hour))).toBe(0);
      expect(await reminders()).toHaveLength(0);
      // Not shorter than the grace: refused with a message that names both settings.
      process.env.ORDER_UNDERPAID_REMINDER_HOURS = "24";
      await expect(remindUnderpaidOrders(new Date(deadline.getTime() - hour))).rejects.toThrow(/ORDER_UNDERPAID_GRACE_HOURS/);
      process.env.ORDER_UNDERPAID_REMINDER_HOURS = "2";
      await remindUnderpaidOrders(new Date(deadline.getTime() - 3 * hour));
      expect(await reminders()).toHaveLength(0);
      await remindUnderpaidOrders(new Date(deadline.getTime() - hour));
    } finally {
      delete process.env.ORDER_UNDERPAID_REMINDER_HOURS;
    }
    const [sent, ...more] = await reminders();
    expect(more).toHaveLength(0);
    expect(sent.subject).toBe(`Reminder: ${formatVnd(t.order.total - 300_000)} still missing for order ${t.order.code}, due by ${formatDateTime(deadline)}`);
    expect(sent.text).toContain("Chợ OCOP has received 300.000 ₫ so far");
  });

  it("a larger transfer pays the order and records the difference as a refund due", async () => {
    const t = await createTestOrder();
    const result = await deliver(bankNotification({ amount: 400_000, content: mbShape(t.order.code), accountNumber: ACCOUNT }));
    expect(result.body).toMatchObject({ match: "overpaid" });
    const s = await state(t);
    expect(s.order.status).toBe("PAID");
    expect(s.order.payments[0]).toMatchObject({ status: "SUCCEEDED", amountReceived: 400_000 });
    expect(s.order.refunds).toHaveLength(1);
    expect(s.order.refunds[0]).toMatchObject({ amount: 62_000, status: "DUE", paymentId: s.order.payments[0].id });
    expect(s.order.bankTransfers[0].match).toBe("OVERPAID");
  });

  it("records transfers it cannot match for the admin, touching no order", async () => {
    const t = await createTestOrder();
    const cases = [
      { content: "MBVCB.3278.CHUYEN TIEN MUA HANG.CT tu 0123", accountNumber: ACCOUNT },
      { content: "MBVCB.3278.OCOP2345AB.CT tu 0123", accountNumber: ACCOUNT }, // looks like a code, no such order
      { content: mbShape(t.order.code), accountNumber: "9999999999" }, // another account
    ];
    for (const c of cases) {
      const n = bankNotification({ amount: t.order.total, ...c });
      expect(await deliver(n)).toEqual({ status: 200, body: { ok: true, duplicate: false, match: "unmatched" } });
      expect(await prisma.bankTransfer.findUniqueOrThrow({ where: { notificationId: n.id } })).toMatchObject({ match: "UNMATCHED", orderId: null });
    }
    const s = await state(t);
    expect(s.order.status).toBe("PENDING_PAYMENT");
    expect(s.order.payments[0]).toMatchObject({ status: "PENDING", amountReceived: 0 });
  });

  it("accepts the account number with spaces or dots", async () => {
    const t = await createTestOrder();
    const spaced = ACCOUNT.replace(/(\d{3})(?=\d)/g, "$1 ");
    expect((await deliver(bankNotification({ amount: t.order.total, content: t.order.code, accountNumber: spaced }))).body).toMatchObject({ match: "matched" });
  });

  it("money for an expired order, or a second payment, is recorded as late with a refund due", async () => {
    const expired = await createTestOrder();
    await prisma.order.update({ where: { id: expired.order.id }, data: { status: "EXPIRED" } });
    const late = await deliver(bankNotification({ amount: expired.order.total, content: mbShape(expired.order.code), accountNumber: ACCOUNT }));
    expect(late.body).toMatchObject({ match: "late" });
    let s = await state(expired);
    expect(s.order.status).toBe("EXPIRED");
    expect(s.order.refunds).toMatchObject([{ amount: expired.order.total, status: "DUE" }]);
    expect(await prisma.inventoryMovement.count({ where: { orderId: expired.order.id, reason: "SALE" } })).toBe(0);

    const paid = await createTestOrder();
    await deliver(bankNotification({ amount: paid.order.total, content: paid.order.code, accountNumber: ACCOUNT }));
    const twice = await deliver(bankNotification({ amount: 50_000, content: paid.order.code, accountNumber: ACCOUNT }));
    expect(twice.body).toMatchObject({ match: "late" });
    s = await state(paid);
    expect(s.order.status).toBe("PAID");
    expect(s.order.refunds).toMatchObject([{ amount: 50_000, status: "DUE" }]);
    expect(await prisma.inventoryMovement.count({ where: { orderId: paid.order.id, reason: "SALE" } })).toBe(paid.lines.length);
    expect(await prisma.emailMessage.count({ where: { to: paid.buyer.email } })).toBe(1);
  });

  it("50 replayed, reordered and duplicated notifications for 10 orders: each paid exactly once, ledger consistent", async () => {
    // Every order also buys one unit of the same popular variant, so concurrent payments contend for its row.
    const popular = await createTestVariant(30_000, 100);
    const orders: TestOrder[] = [];
    for (let i = 0; i < 10; i++) {
      orders.push(await createTestOrder({ parts: [{ shippingFee: 20_000, lines: [{ price: 50_000 + i * 1_000, quantity: 1 + (i % 3) }, { price: 30_000, quantity: 1, variant: popular }] }] }));
    }
    const deliveries: unknown[] = [];
    orders.forEach((t, i) => {
      if (i < 5) {
        // One transfer, delivered five times.
        const n = bankNotification({ id: `FT-ONE-${i}`, amount: t.order.total, content: mbShape(t.order.code), accountNumber: ACCOUNT });
        for (let k = 0; k < 5; k++) deliveries.push(n);
      } else {
        // Two partial transfers, delivered three and two times.
        const half = Math.floor(t.order.total / 2);
        const a = bankNotification({ id: `FT-A-${i}`, amount: half, content: mbShape(t.order.code), accountNumber: ACCOUNT });
        const b = bankNotification({ id: `FT-B-${i}`, amount: t.order.total - half, content: `IBFT ${t.order.code}`, accountNumber: ACCOUNT });
        deliveries.push(a, a, a, b, b);
      }
    });
    expect(deliveries).toHaveLength(50);
    for (let i = deliveries.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [deliveries[i], deliveries[j]] = [deliveries[j], deliveries[i]];
    }

    const results = await Promise.all(deliveries.map((d) => deliver(d)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(15);

    for (const [i, t] of orders.entries()) {
      const s = await state(t);
      expect(s.order.status).toBe("PAID");
      expect(s.order.payments).toHaveLength(1);
      expect(s.order.payments[0]).toMatchObject({ status: "SUCCEEDED", amountReceived: t.order.total });
      expect(s.order.events.filter((e) => e.status === "paid" && e.sellerOrderId === null)).toHaveLength(1);
      expect(s.order.refunds).toEqual([]);
      expect(await prisma.inventoryMovement.count({ where: { orderId: t.order.id, reason: "SALE" } })).toBe(t.lines.length);
      // Paid in two transfers: the first one's "still missing" notice, then the confirmation.
      expect(await prisma.emailMessage.count({ where: { to: t.buyer.email } })).toBe(i < 5 ? 1 : 2);
      const own = t.lines.find((l) => l.variantId !== popular.id)!;
      expect(s.variants.get(own.variantId)).toMatchObject({ onHand: 20 - own.quantity, reserved: 0 });
    }
    expect(await prisma.productVariant.findUniqueOrThrow({ where: { id: popular.id } })).toMatchObject({ onHand: 90, reserved: 0 });
    expect(await prisma.product.findUniqueOrThrow({ where: { id: popular.productId } })).toMatchObject({ salesCount: 10 });
    const transfers = await prisma.bankTransfer.findMany({ where: { orderId: { in: orders.map((t) => t.order.id) } } });
    expect(transfers).toHaveLength(15);
    expect(await ledgerMismatches(prisma)).toEqual([]);
  });

  it("money arriving while the expiry job runs: each order ends either paid or expired with a refund due, never both", async () => {
    const { expireUnpaidOrders } = await import("~/modules/orders/index.server");
    const orders: TestOrder[] = [];
    for (let i = 0; i < 8; i++) orders.push(await createTestOrder({ expiresInMinutes: -1, parts: [{ shippingFee: 0, lines: [{ price: 60_000, quantity: 1 }] }] }));
    const [, ...results] = await Promise.all([
      expireUnpaidOrders(),
      ...orders.map((t) => deliver(bankNotification({ amount: t.order.total, content: mbShape(t.order.code), accountNumber: ACCOUNT }))),
    ]);
    expect(results.every((r) => r.status === 200)).toBe(true);
    for (const t of orders) {
      const s = await state(t);
      const sales = await prisma.inventoryMovement.count({ where: { orderId: t.order.id, reason: "SALE" } });
      const releases = await prisma.inventoryMovement.count({ where: { orderId: t.order.id, reason: "RELEASE" } });
      const v = s.variants.get(t.lines[0].variantId)!;
      if (s.order.status === "PAID") {
        expect([sales, releases, s.order.refunds.length]).toEqual([1, 0, 0]);
        expect(s.order.bankTransfers[0].match).toBe("MATCHED");
        expect(v).toMatchObject({ onHand: 19, reserved: 0 });
      } else {
        expect(s.order.status).toBe("EXPIRED");
        expect([sales, releases]).toEqual([0, 1]);
        expect(s.order.bankTransfers[0].match).toBe("LATE");
        expect(s.order.refunds).toMatchObject([{ amount: t.order.total, status: "DUE" }]);
        expect(v).toMatchObject({ onHand: 20, reserved: 0 });
      }
    }
    expect(await ledgerMismatches(prisma)).toEqual([]);
  });

  it("answers 405 to GET and 413 to an oversized body", async () => {
    const { loader } = await import("~/routes/webhooks.bank-transfer");
    expect((loader() as Response).status).toBe(405);
    const big = "x".repeat(70_000);
    expect((await post(new Request("http://localhost/webhooks/bank-transfer", { method: "POST", body: big, headers: { "X-Signature": signBankPayload(big, SECRET) } }))).status).toBe(413);
  });
});

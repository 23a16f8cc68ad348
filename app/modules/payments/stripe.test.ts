// Card payments against a fake Stripe at its HTTP boundary (STRIPE_API_BASE), real PostgreSQL.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { ledgerMismatches } from "~/modules/inventory/index.server";
import { action } from "~/routes/webhooks.stripe";
import { signStripePayload, startFakeStripe, stripeEvent } from "../../../test/fakes/stripe-server.js";
import { createCardCheckout, isCardPaymentEnabled, PaymentError, refundCardPayment } from "./stripe.server";
import { createTestOrder } from "./testing.server";

const WEBHOOK_SECRET = "whsec_test_0123456789abcdef";
let fake: Awaited<ReturnType<typeof startFakeStripe>>;

beforeAll(async () => {
  fake = await startFakeStripe();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  process.env.STRIPE_SECRET_KEY = "sk_test_fake_0123456789";
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
  process.env.STRIPE_API_BASE = fake.url;
  fake.reset();
});

const urls = { successUrl: "http://localhost/account/orders/x?paid=1", cancelUrl: "http://localhost/account/orders/x/pay" };

async function post(payload: string, signature: string | null) {
  const request = new Request("http://localhost/webhooks/stripe", {
    method: "POST",
    body: payload,
    headers: { "Content-Type": "application/json", ...(signature !== null ? { "Stripe-Signature": signature } : {}) },
  });
  const response = (await action({ request, params: {}, context: {} })) as Response;
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function send(event: Record<string, unknown>, secret = WEBHOOK_SECRET) {
  const payload = JSON.stringify(event);
  return post(payload, signStripePayload(payload, secret));
}

async function cardOrder(options: Parameters<typeof createTestOrder>[0] = {}) {
  const t = await createTestOrder({ paymentMethod: "CARD", ...options });
  const url = await createCardCheckout(t.order.id, urls);
  const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: t.order.id, provider: "STRIPE" } });
  return { ...t, url, sessionId: payment.providerRef! };
}

describe("card payment settings", () => {
  it("is enabled only with both the secret key and the webhook secret", () => {
    expect(isCardPaymentEnabled()).toBe(true);
    delete process.env.STRIPE_WEBHOOK_SECRET;
    expect(isCardPaymentEnabled()).toBe(false);
    process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
    delete process.env.STRIPE_SECRET_KEY;
    expect(isCardPaymentEnabled()).toBe(false);
  });
});

describe("createCardCheckout", () => {
  it("creates a Checkout Session in VND (đồng as is), one line per seller, with the order in metadata and an idempotency key", async () => {
    const t = await createTestOrder({ paymentMethod: "CARD", expiresInMinutes: 30 });
    const url = await createCardCheckout(t.order.id, urls);

    const creates = fake.requests.filter((r) => r.method === "POST" && r.path === "/v1/checkout/sessions");
    expect(creates).toHaveLength(1);
    const { body, headers } = creates[0];
    expect(headers["idempotency-key"]).toBe(`checkout-${t.order.id}`);
    expect(headers.authorization).toBe("Bearer sk_test_fake_0123456789");
    expect(body).toMatchObject({
      mode: "payment",
      currency: "vnd",
      client_reference_id: t.order.id,
      customer_email: t.buyer.email,
      locale: "vi",
      metadata: { orderId: t.order.id, orderCode: t.order.code },
      payment_intent_data: { metadata: { orderId: t.order.id, orderCode: t.order.code } },
      success_url: urls.successUrl,
      cancel_url: urls.cancelUrl,
    });
    // 2 × 45.000 + 120.000 + 25.000 shipping; 85.000 + 18.000: no ×100 for a zero-decimal currency.
    expect(body.line_items).toEqual([
      { quantity: "1", price_data: { currency: "vnd", unit_amount: "235000", product_data: { name: expect.stringMatching(/^Hợp tác xã .* · 3 sản phẩm$/) } } },
      { quantity: "1", price_data: { currency: "vnd", unit_amount: "103000", product_data: { name: expect.stringMatching(/ · 1 sản phẩm$/) } } },
    ]);
    const expiresAt = Number(body.expires_at) * 1000;
    expect(expiresAt).toBeGreaterThanOrEqual(t.order.expiresAt.getTime() - 1000);
    expect(expiresAt).toBeGreaterThanOrEqual(Date.now() + 30 * 60_000);

    const session = [...fake.sessions.values()][0];
    expect(session.amount_total).toBe(338_000);
    expect(url).toBe(session.url);
    const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: t.order.id, provider: "STRIPE" } });
    expect(payment.providerRef).toBe(session.id);
    // The order lives as long as its session.
    const order = await prisma.order.findUniqueOrThrow({ where: { id: t.order.id } });
    expect(Math.abs(order.expiresAt.getTime() - expiresAt)).toBeLessThan(1000);

    // Again (a retry, the back button): the open session is reused, nothing new is created.
    expect(await createCardCheckout(t.order.id, urls)).toBe(url);
    expect(fake.requests.filter((r) => r.method === "POST" && r.path === "/v1/checkout/sessions")).toHaveLength(1);
  });

  it("names the lines in English for an English-speaking buyer", async () => {
    const t = await createTestOrder({ paymentMethod: "CARD", buyerLocale: "en" });
    await createCardCheckout(t.order.id, urls);
    const body = fake.requests.find((r) => r.path === "/v1/checkout/sessions")!.body;
    expect(body.locale).toBe("en");
    expect(body.line_items[0].price_data.product_data.name).toMatch(/ · 3 items$/);
  });

  it("refuses when card payment is off or the order is not awaiting payment", async () => {
    const t = await createTestOrder({ paymentMethod: "CARD" });
    delete process.env.STRIPE_SECRET_KEY;
    await expect(createCardCheckout(t.order.id, urls)).rejects.toMatchObject({ code: "card_disabled" });
    process.env.STRIPE_SECRET_KEY = "sk_test_fake_0123456789";
    await prisma.order.update({ where: { id: t.order.id }, data: { status: "EXPIRED" } });
    await expect(createCardCheckout(t.order.id, urls)).rejects.toBeInstanceOf(PaymentError);
    expect(fake.requests).toHaveLength(0);
  });
});

describe("POST /webhooks/stripe", () => {
  it("checkout.session.completed pays the order once; the same event again changes nothing", async () => {
    const t = await cardOrder();
    const event = fake.completeSession(t.sessionId);
    expect(await send(event)).toEqual({ status: 200, body: { received: true, result: "paid" } });

    const order = await prisma.order.findUniqueOrThrow({ where: { id: t.order.id }, include: { payments: true, sellerOrders: true } });
    expect(order.status).toBe("PAID");
    expect(order.sellerOrders.every((s) => s.status === "PAID")).toBe(true);
    const session = fake.sessions.get(t.sessionId)!;
    expect(order.payments[0]).toMatchObject({ provider: "STRIPE", status: "SUCCEEDED", amountReceived: 338_000, providerRef: session.payment_intent });
    expect(await prisma.inventoryMovement.count({ where: { orderId: t.order.id, reason: "SALE" } })).toBe(t.lines.length);
    expect(await prisma.emailMessage.count({ where: { to: t.buyer.email } })).toBe(1);
    expect(await prisma.webhookEvent.findUniqueOrThrow({ where: { provider_eventId: { provider: "stripe", eventId: event.id } } })).toMatchObject({
      type: "checkout.session.completed",
    });

    expect(await send(event)).toEqual({ status: 200, body: { received: true, duplicate: true } });
    // Stripe may also send a second, different event for the same payment.
    const other = { ...event, id: `${event.id}_again` };
    expect((await send(other)).body).toMatchObject({ result: "already_paid" });
    expect(await prisma.inventoryMovement.count({ where: { orderId: t.order.id, reason: "SALE" } })).toBe(t.lines.length);
    expect(await prisma.refund.count({ where: { orderId: t.order.id } })).toBe(0);
    expect(await prisma.emailMessage.count({ where: { to: t.buyer.email } })).toBe(1);
    expect(await ledgerMismatches(prisma)).toEqual([]);
  });

  it("the same event delivered five times at once is processed once", async () => {
    const t = await cardOrder();
    const event = fake.completeSession(t.sessionId);
    const results = await Promise.all(Array.from({ length: 5 }, () => send(event)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.body.result === "paid")).toHaveLength(1);
    expect(results.filter((r) => r.body.duplicate === true)).toHaveLength(4);
    expect(await prisma.inventoryMovement.count({ where: { orderId: t.order.id, reason: "SALE" } })).toBe(t.lines.length);
    expect(await ledgerMismatches(prisma)).toEqual([]);
  });

  it("refuses forged, missing or stale signatures with 401 and records nothing", async () => {
    const t = await cardOrder();
    const event = fake.completeSession(t.sessionId);
    const payload = JSON.stringify(event);
    const before = await prisma.webhookEvent.count();
    expect((await post(payload, signStripePayload(payload, "whsec_someone_else"))).status).toBe(401);
    expect((await post(payload, null)).status).toBe(401);
    expect((await post(payload, "t=1,v1=deadbeef")).status).toBe(401);
    expect((await post(payload.replace("338000", "1"), signStripePayload(payload, WEBHOOK_SECRET))).status).toBe(401);
    const stale = `t=${Math.floor(Date.now() / 1000) - 3600},v1=x`;
    expect((await post(payload, stale)).status).toBe(401);
    expect(await prisma.webhookEvent.count()).toBe(before);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: t.order.id } })).status).toBe("PENDING_PAYMENT");
  });

  it("answers 404 when card payment is not configured", async () => {
    const t = await cardOrder();
    const event = fake.completeSession(t.sessionId);
    delete process.env.STRIPE_SECRET_KEY;
    expect((await send(event)).status).toBe(404);
    expect(await prisma.webhookEvent.count({ where: { provider: "stripe", eventId: event.id } })).toBe(0);
  });

  it("does not pay an order when the currency or amount is wrong", async () => {
    const usd = await cardOrder();
    expect((await send(fake.completeSession(usd.sessionId, { currency: "usd", amount_total: 1400 }))).body).toMatchObject({ result: "rejected" });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: usd.order.id } })).status).toBe("PENDING_PAYMENT");

    const short = await cardOrder();
    expect((await send(fake.completeSession(short.sessionId, { amount_total: 100_000 }))).body).toMatchObject({ result: "underpaid" });
    const order = await prisma.order.findUniqueOrThrow({ where: { id: short.order.id } });
    expect(order.status).toBe("UNDERPAID");
    expect(await prisma.inventoryMovement.count({ where: { orderId: short.order.id, reason: "SALE" } })).toBe(0);
  });

  it("ignores a completed session that is not paid yet (delayed payment methods)", async () => {
    const t = await cardOrder();
    const event = fake.completeSession(t.sessionId, { payment_status: "unpaid" });
    expect(await send(event)).toEqual({ status: 200, body: { received: true } });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: t.order.id } })).status).toBe("PENDING_PAYMENT");
  });

  it("checkout.session.expired marks the payment expired and makes the order due for release", async () => {
    const t = await cardOrder();
    expect((await send(fake.expireSession(t.sessionId))).status).toBe(200);
    const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: t.order.id, provider: "STRIPE" } });
    expect(payment.status).toBe("EXPIRED");
    const order = await prisma.order.findUniqueOrThrow({ where: { id: t.order.id } });
    expect(order.status).toBe("PENDING_PAYMENT");
    expect(order.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("refundCardPayment refunds through Stripe, and charge.refunded marks payment and order refunded", async () => {
    const t = await cardOrder();
    await send(fake.completeSession(t.sessionId));
    const pi = fake.sessions.get(t.sessionId)!.payment_intent as string;

    const refund = await refundCardPayment(t.order.id, t.order.total, "Khách huỷ đơn");
    expect(refund).toMatchObject({ status: "ISSUED", amount: 338_000 });
    expect(refund.providerRef).toMatch(/^re_/);
    const call = fake.requests.find((r) => r.path === "/v1/refunds")!;
    expect(call.body).toMatchObject({ payment_intent: pi, amount: "338000", reason: "requested_by_customer", metadata: { orderId: t.order.id, refundId: refund.id } });
    expect(call.headers["idempotency-key"]).toBe(`refund-${refund.id}`);

    const event = fake.chargeRefunded(pi, { amount: 338_000, amountRefunded: 338_000 });
    expect((await send(event)).status).toBe(200);
    const order = await prisma.order.findUniqueOrThrow({ where: { id: t.order.id }, include: { payments: true, refunds: true, sellerOrders: true, events: true } });
    expect(order.status).toBe("REFUNDED");
    expect(order.payments[0].status).toBe("REFUNDED");
    expect(order.sellerOrders.every((s) => s.status === "REFUNDED")).toBe(true);
    expect(order.refunds).toHaveLength(1); // ours, not a second one
    expect(order.events.some((e) => e.status === "refunded" && e.sellerOrderId === null)).toBe(true);
  });

  it("a refund made in Stripe's dashboard is recorded; a partial one leaves the order paid", async () => {
    const t = await cardOrder();
    await send(fake.completeSession(t.sessionId));
    const pi = fake.sessions.get(t.sessionId)!.payment_intent as string;
    await send(fake.chargeRefunded(pi, { amount: 338_000, amountRefunded: 100_000 }));
    let order = await prisma.order.findUniqueOrThrow({ where: { id: t.order.id }, include: { refunds: true, payments: true } });
    expect(order.status).toBe("PAID");
    expect(order.payments[0].status).toBe("SUCCEEDED");
    expect(order.refunds).toMatchObject([{ amount: 100_000, status: "ISSUED" }]);

    await send(fake.chargeRefunded(pi, { amount: 338_000, amountRefunded: 338_000 }));
    order = await prisma.order.findUniqueOrThrow({ where: { id: t.order.id }, include: { refunds: true, payments: true } });
    expect(order.status).toBe("REFUNDED");
    expect(order.refunds.reduce((n, r) => n + r.amount, 0)).toBe(338_000);
  });

  it("a failed Stripe refund is recorded as FAILED with the error", async () => {
    const t = await cardOrder();
    await send(fake.completeSession(t.sessionId));
    fake.failNext(400, { type: "invalid_request_error", code: "charge_already_refunded", message: "Charge has already been refunded." });
    const refund = await refundCardPayment(t.order.id, 50_000, "Khách huỷ đơn");
    expect(refund.status).toBe("FAILED");
    expect(refund.reason).toContain("Charge has already been refunded.");
  });

  it("card money for an order that already expired goes straight back", async () => {
    const t = await cardOrder();
    await prisma.order.update({ where: { id: t.order.id }, data: { status: "EXPIRED" } });
    expect((await send(fake.completeSession(t.sessionId))).body).toMatchObject({ result: "late" });
    const refunds = await prisma.refund.findMany({ where: { orderId: t.order.id } });
    expect(refunds).toMatchObject([{ amount: 338_000, status: "ISSUED" }]);
    expect(fake.requests.filter((r) => r.path === "/v1/refunds")).toHaveLength(1);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: t.order.id } })).status).toBe("EXPIRED");
  });

  it("records and ignores event types it does not handle", async () => {
    const event = stripeEvent("customer.created", { id: "cus_123", object: "customer" });
    expect(await send(event)).toEqual({ status: 200, body: { received: true } });
    expect(await prisma.webhookEvent.count({ where: { eventId: event.id } })).toBe(1);
  });
});

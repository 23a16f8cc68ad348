// Card payments through Stripe Checkout, for buyers without a Vietnamese bank
// app. Shown only when STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are set.
// VND is a zero-decimal currency for Stripe: amounts go over the wire in đồng as is.
//
// Payment.providerRef holds the Checkout Session id (cs_…) while the order waits
// for payment, then the PaymentIntent id (pi_…) once paid, which is what refunds
// and `charge.refunded` events refer to.
import Stripe from "stripe";
import type { Refund } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";
import { isLocale } from "~/lib/i18n/config";
import { getFixedT } from "~/lib/i18n/i18n";
import { stripeConfig, type StripeConfig } from "./config.server";
import { afterConfirmation, confirmOrderPaymentInTx, lockOrder, type ConfirmPaymentResult } from "./confirm.server";
import type { WebhookResponse } from "./bank-transfer.server";

/** Stripe requires a Checkout Session to live at least 30 minutes (and at most 24 hours). */
const MIN_SESSION_MS = 30 * 60_000 + 60_000;
const MAX_SESSION_MS = 24 * 60 * 60_000 - 60_000;

export class PaymentError extends Error {
  constructor(
    readonly code: "card_disabled" | "not_found" | "not_payable" | "no_card_payment",
    message?: string,
  ) {
    super(message ?? code);
    this.name = "PaymentError";
  }
}

export function isCardPaymentEnabled(): boolean {
  return stripeConfig() !== null;
}

let cached: { key: string; client: Stripe } | null = null;

function clientFor(config: StripeConfig): Stripe {
  const key = JSON.stringify(config);
  if (cached?.key !== key) {
    cached = {
      key,
      client: new Stripe(config.secretKey, {
        maxNetworkRetries: 2,
        timeout: 20_000,
        telemetry: false,
        appInfo: { name: "cho-ocop" },
        ...(config.api ? { protocol: config.api.protocol, host: config.api.host, port: config.api.port } : {}),
      }),
    };
  }
  return cached.client;
}

/** The Stripe client, or null when card payment is off. */
export function getStripe(): Stripe | null {
  const config = stripeConfig();
  return config ? clientFor(config) : null;
}

function requireStripe(): { stripe: Stripe; config: StripeConfig } {
  const config = stripeConfig();
  if (!config) throw new PaymentError("card_disabled", "Card payment is not enabled (STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET)");
  return { stripe: clientFor(config), config };
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === "string" ? value : value.id;
}

/**
 * Starts card payment for an order: a Checkout Session in VND with one line per
 * seller's part (its items and shipping), the order in metadata, expiring with
 * the order. Safe to call again (same idempotency key; an open session is reused).
 * Returns the URL to send the shopper to.
 */
export async function createCardCheckout(orderId: string, urls: { successUrl: string; cancelUrl: string }): Promise<string> {
  const { stripe } = requireStripe();
  const order = await prisma.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      code: true,
      status: true,
      total: true,
      expiresAt: true,
      buyer: { select: { email: true, locale: true } },
      payments: { where: { provider: "STRIPE" }, orderBy: { createdAt: "asc" }, select: { id: true, providerRef: true } },
      sellerOrders: {
        orderBy: { createdAt: "asc" },
        select: { subtotal: true, shippingFee: true, seller: { select: { name: true } }, lines: { select: { quantity: true } } },
      },
    },
  });
  if (!order) throw new PaymentError("not_found");
  if (order.status !== "PENDING_PAYMENT") throw new PaymentError("not_payable", `order ${order.code} is ${order.status}`);

  const payment = order.payments[0] ?? (await prisma.payment.create({ data: { orderId: order.id, provider: "STRIPE", amount: order.total }, select: { id: true, providerRef: true } }));
  if (payment.providerRef?.startsWith("cs_")) {
    const existing = await stripe.checkout.sessions.retrieve(payment.providerRef);
    if (existing.status === "open" && existing.url) return existing.url;
  }

  const locale = isLocale(order.buyer.locale) ? order.buyer.locale : "vi";
  const t = getFixedT(locale, "payments");
  const lineItems = order.sellerOrders.map((so) => ({
    quantity: 1,
    price_data: {
      currency: "vnd",
      unit_amount: so.subtotal + so.shippingFee,
      product_data: { name: t("card.lineItem", { seller: so.seller.name, count: so.lines.reduce((n, l) => n + l.quantity, 0) }) as string },
    },
  }));
  const sum = lineItems.reduce((n, item) => n + item.price_data.unit_amount, 0);
  if (sum !== order.total) throw new Error(`order ${order.code}: seller parts add up to ${sum}, total is ${order.total}`);

  const now = Date.now();
  const expiresAtMs = Math.min(Math.max(order.expiresAt.getTime(), now + MIN_SESSION_MS), now + MAX_SESSION_MS);
  const metadata = { orderId: order.id, orderCode: order.code };
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      line_items: lineItems,
      currency: "vnd",
      client_reference_id: order.id,
      customer_email: order.buyer.email,
      locale: locale === "en" ? "en" : "vi",
      metadata,
      payment_intent_data: { metadata, description: `Chợ OCOP ${order.code}` },
      expires_at: Math.floor(expiresAtMs / 1000),
      success_url: urls.successUrl,
      cancel_url: urls.cancelUrl,
    },
    { idempotencyKey: `checkout-${order.id}` },
  );
  if (!session.url) throw new Error(`Stripe returned no URL for session ${session.id}`);

  await prisma.$transaction(async (tx) => {
    await tx.payment.update({ where: { id: payment.id }, data: { providerRef: session.id } });
    // The order lives as long as its session (Stripe's 30-minute minimum may be longer than the order's TTL).
    const sessionExpiry = new Date((session.expires_at ?? Math.floor(expiresAtMs / 1000)) * 1000);
    await tx.order.updateMany({ where: { id: order.id, status: "PENDING_PAYMENT", expiresAt: { lt: sessionExpiry } }, data: { expiresAt: sessionExpiry } });
  });
  return session.url;
}

async function paymentIntentOf(stripe: Stripe, providerRef: string | null): Promise<string | null> {
  if (!providerRef) return null;
  if (providerRef.startsWith("pi_")) return providerRef;
  if (providerRef.startsWith("cs_")) return idOf((await stripe.checkout.sessions.retrieve(providerRef)).payment_intent);
  return null;
}

/**
 * Gives card money back through Stripe: a Refund row (created first, or the given
 * DUE one) becomes ISSUED with Stripe's refund id, or FAILED with the error.
 * Call after your transaction has committed (it makes an HTTP request).
 */
export async function refundCardPayment(orderId: string, amount: number, reason: string, options: { refundId?: string } = {}): Promise<Refund> {
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new RangeError(`refund amount must be a positive integer number of đồng, got ${amount}`);
  const payment = await prisma.payment.findFirst({
    where: { orderId, provider: "STRIPE", amountReceived: { gt: 0 } },
    orderBy: { createdAt: "asc" },
    select: { id: true, providerRef: true },
  });
  if (!payment) throw new PaymentError("no_card_payment", `order ${orderId} has no card payment`);

  const refund = options.refundId
    ? await prisma.refund.findUniqueOrThrow({ where: { id: options.refundId } })
    : await prisma.refund.create({ data: { orderId, paymentId: payment.id, amount, reason } });
  if (refund.status === "ISSUED") return refund;

  const stripe = getStripe();
  try {
    if (!stripe) throw new PaymentError("card_disabled", "Stripe is not configured");
    const paymentIntent = await paymentIntentOf(stripe, payment.providerRef);
    if (!paymentIntent) throw new Error(`no payment intent recorded for payment ${payment.id}`);
    const issued = await stripe.refunds.create(
      { payment_intent: paymentIntent, amount: refund.amount, reason: "requested_by_customer", metadata: { orderId, refundId: refund.id } },
      { idempotencyKey: `refund-${refund.id}` },
    );
    return await prisma.refund.update({ where: { id: refund.id }, data: { status: "ISSUED", providerRef: issued.id, issuedAt: new Date(), paymentId: payment.id } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[payments] refund ${refund.id} of order ${orderId} failed: ${message}`);
    return prisma.refund.update({
      where: { id: refund.id },
      data: { status: "FAILED", reason: `${refund.reason} — Stripe: ${message}`.slice(0, 1000), paymentId: payment.id },
    });
  }
}

// ───────────────────────────── webhook ─────────────────────────────

type Handled = { confirmation?: ConfirmPaymentResult; note?: string };

async function onSessionCompleted(tx: Tx, session: Stripe.Checkout.Session): Promise<Handled> {
  // Delayed methods complete the session unpaid and send async_payment_succeeded later.
  if (session.payment_status !== "paid" && session.payment_status !== "no_payment_required") return { note: `payment_status ${session.payment_status}` };
  const orderId = session.metadata?.orderId ?? session.client_reference_id;
  if (!orderId) return { note: "no order in metadata" };
  if (session.amount_total == null || !session.currency) return { note: "no amount" };
  const confirmation = await confirmOrderPaymentInTx(tx, {
    orderId,
    provider: "STRIPE",
    amount: session.amount_total,
    currency: session.currency,
    reference: idOf(session.payment_intent) ?? session.id,
  });
  return { confirmation };
}

async function onSessionExpired(tx: Tx, session: Stripe.Checkout.Session): Promise<Handled> {
  const payment = await tx.payment.findFirst({ where: { provider: "STRIPE", providerRef: session.id }, select: { id: true, orderId: true, status: true } });
  if (!payment) return { note: "unknown session" };
  const order = await lockOrder(tx, payment.orderId);
  if (payment.status === "PENDING") await tx.payment.update({ where: { id: payment.id }, data: { status: "EXPIRED" } });
  // The session is over, so is the order: due now, the expiry job releases its stock on its next pass.
  if (order?.status === "PENDING_PAYMENT") await tx.order.update({ where: { id: order.id }, data: { expiresAt: new Date() } });
  return {};
}

async function onChargeRefunded(tx: Tx, charge: Stripe.Charge): Promise<Handled> {
  const paymentIntent = idOf(charge.payment_intent);
  if (!paymentIntent) return { note: "no payment intent" };
  const payment = await tx.payment.findFirst({ where: { provider: "STRIPE", providerRef: paymentIntent } });
  if (!payment) return { note: "unknown payment intent" };
  const order = await lockOrder(tx, payment.orderId);
  if (!order) return { note: "order gone" };

  // Our ISSUED refunds must add up to what Stripe says was refunded: mark a waiting
  // refund of the missing amount issued, or record one made in Stripe's dashboard.
  const issued = await tx.refund.aggregate({ where: { paymentId: payment.id, status: "ISSUED" }, _sum: { amount: true } });
  const missing = charge.amount_refunded - (issued._sum.amount ?? 0);
  const now = new Date();
  if (missing > 0) {
    const waiting = await tx.refund.findFirst({ where: { paymentId: payment.id, status: { in: ["DUE", "FAILED"] }, amount: missing }, orderBy: { createdAt: "asc" } });
    if (waiting) await tx.refund.update({ where: { id: waiting.id }, data: { status: "ISSUED", issuedAt: now } });
    else await tx.refund.create({ data: { orderId: order.id, paymentId: payment.id, amount: missing, reason: "Hoàn tiền trên Stripe", status: "ISSUED", issuedAt: now } });
  }

  const fully = charge.refunded || charge.amount_refunded >= payment.amountReceived;
  if (fully && payment.status !== "REFUNDED") {
    await tx.payment.update({ where: { id: payment.id }, data: { status: "REFUNDED" } });
    if (order.status === "PAID" || order.status === "CANCELLED" || order.status === "UNDERPAID") {
      await tx.order.update({ where: { id: order.id }, data: { status: "REFUNDED" } });
      // Parts a seller cancelled keep that status; the order's REFUNDED says the money went back.
      const parts = await tx.sellerOrder.findMany({ where: { orderId: order.id, status: { in: ["PAID", "CONFIRMED", "SHIPPED", "DELIVERED"] } }, select: { id: true } });
      await tx.sellerOrder.updateMany({ where: { id: { in: parts.map((p) => p.id) } }, data: { status: "REFUNDED" } });
      await tx.orderEvent.createMany({
        data: [
          { orderId: order.id, status: "refunded", note: null, createdAt: now },
          ...parts.map((p) => ({ orderId: order.id, sellerOrderId: p.id, status: "refunded", note: null, createdAt: now })),
        ],
      });
    }
  }
  return {};
}

/**
 * POST /webhooks/stripe. 404 when card payment is off; 401 for a missing or
 * forged signature (nothing recorded); each event id is processed once.
 */
export async function handleStripeWebhook(rawBody: Uint8Array, signature: string | null): Promise<WebhookResponse> {
  const config = stripeConfig();
  if (!config) return { status: 404, body: { error: "not_found" } };
  const stripe = clientFor(config);
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(Buffer.from(rawBody), signature ?? "", config.webhookSecret);
  } catch (error) {
    const forged = error instanceof Stripe.errors.StripeSignatureVerificationError;
    return { status: forged ? 401 : 400, body: { error: forged ? "invalid_signature" : "invalid_payload" } };
  }

  const handled = await prisma.$transaction(
    async (tx): Promise<Handled | null> => {
      const claimed = await tx.webhookEvent.createMany({
        data: [{ provider: "stripe", eventId: event.id, type: event.type, payload: JSON.parse(JSON.stringify(event)) }],
        skipDuplicates: true,
      });
      if (claimed.count === 0) return null;
      let result: Handled = {};
      switch (event.type) {
        case "checkout.session.completed":
        case "checkout.session.async_payment_succeeded":
          result = await onSessionCompleted(tx, event.data.object);
          break;
        case "checkout.session.expired":
          result = await onSessionExpired(tx, event.data.object);
          break;
        case "charge.refunded":
          result = await onChargeRefunded(tx, event.data.object);
          break;
        default:
          result = { note: "ignored" };
      }
      await tx.webhookEvent.update({ where: { provider_eventId: { provider: "stripe", eventId: event.id } }, data: { processedAt: new Date() } });
      return result;
    },
    { maxWait: 20_000, timeout: 20_000 },
  );
  if (handled === null) return { status: 200, body: { received: true, duplicate: true } };
  if (handled.note) console.info(`[payments] stripe ${event.type} ${event.id}: ${handled.note}`);

  const confirmation = handled.confirmation;
  if (confirmation) {
    await afterConfirmation(confirmation);
    // Card money for an order that can no longer be fulfilled (expired, cancelled,
    // or paid twice) goes straight back.
    if (confirmation.result === "late" || confirmation.result === "already_paid") {
      for (const refundId of confirmation.refundIds) {
        const refund = await prisma.refund.findUniqueOrThrow({ where: { id: refundId } });
        await refundCardPayment(refund.orderId, refund.amount, refund.reason, { refundId });
      }
    }
  }
  return { status: 200, body: { received: true, ...(confirmation ? { result: confirmation.result } : {}) } };
}

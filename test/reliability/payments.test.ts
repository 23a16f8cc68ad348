// Payment replay, over real HTTP (issue 8): N orders, then E webhook requests sent concurrently
// to the built production server in another process — signed bank notifications (exact,
// duplicated, split in two, over- and under-paid, paid twice) and Stripe events (duplicated,
// redelivered under a new event id, irrelevant types, a wrong currency), all shuffled, plus
// forged ones (wrong secret, tampered body, no signature, a stale Stripe timestamp) from other
// loopback addresses. Then: every order is paid exactly once (or stays as its legit events
// say), forged requests were 401 and left no trace, no request got 429 or 5xx (a rate limit is
// not coverage), and a snapshot diff of every table shows nothing but what the legit events explain.
// The last test checks the webhook rate limit itself: a forger is throttled, signed traffic is not.
import crypto from "node:crypto";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { ledgerMismatches } from "~/modules/inventory/index.server";
import { signBankPayload } from "~/modules/payments/bank-signature.server";
import { REFUND_REASON_DUPLICATE, REFUND_REASON_OVERPAID } from "~/modules/payments/confirm.server";
import { createTestOrder, type TestOrder } from "~/modules/payments/testing.server";
import { WEBHOOK_FORGED_SCOPE, webhookForgedRule } from "~/modules/payments/webhook-rate-limit.server";
import { HARNESS_BANK_WEBHOOK_SECRET, HARNESS_STRIPE_WEBHOOK_SECRET, startAppServer, type AppServer } from "../http/app-server";
import { closeAgents, http, latency, mapConcurrent, statusCounts, type HttpResponse } from "../http/client";
import { paymentScale, timeoutFor } from "./scale";
import { diffSnapshots, snapshotDatabase, type Snapshot } from "./snapshot";

const { orders: ORDERS, events: EVENTS, concurrency: CONCURRENCY } = paymentScale;
const ACCOUNT = "1029384756"; // the harness's VietQR account (the demo one)

// A seeded shuffle, so a failure can be replayed: RELIABILITY_SEED=<printed seed>.
const SEED = Number(process.env.RELIABILITY_SEED) || crypto.randomInt(1, 2 ** 31);
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** What should become of an order once every legit event has arrived. */
type Plan =
  | { kind: "bank_exact" | "bank_split" | "bank_overpaid" | "bank_paid_twice" | "card_paid" | "card_redelivered"; final: "PAID" }
  | { kind: "bank_underpaid"; final: "UNDERPAID" }
  | { kind: "card_wrong_currency" | "forged_only"; final: "PENDING_PAYMENT" };

type Delivery = {
  provider: "bank" | "stripe";
  /** The event id the provider would use (a forged one never lands anywhere). */
  eventId: string;
  orderId: string;
  forged: boolean;
  /** The exact bytes sent; signed at send time (Stripe signatures carry a timestamp). */
  payload: string;
  sign: () => string | null;
  from: string;
};

const bankSign = (payload: string) => () => signBankPayload(payload, HARNESS_BANK_WEBHOOK_SECRET);
const stripeSign = (payload: string, secret = HARNESS_STRIPE_WEBHOOK_SECRET, ageSeconds = 0) => () =>
  Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: Math.floor(Date.now() / 1000) - ageSeconds });

function bankPayload(id: string, order: TestOrder, amount: number) {
  return JSON.stringify({ id, amount, content: `CHUYEN KHOAN ${order.order.code} thanh toan`, accountNumber: ACCOUNT, transactionAt: new Date().toISOString() });
}

function stripePayload(eventId: string, type: string, order: TestOrder, fields: { currency?: string; paymentIntent: string; sessionId: string }) {
  return JSON.stringify({
    id: eventId,
    object: "event",
    api_version: "2026-10-28.endive",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: {
      object:
        type === "payment_intent.created"
          ? { id: fields.paymentIntent, object: "payment_intent", amount: order.order.total, currency: "vnd", metadata: { orderId: order.order.id } }
          : {
              id: fields.sessionId,
              object: "checkout.session",
              mode: "payment",
              status: "complete",
              payment_status: "paid",
              amount_total: order.order.total,
              currency: fields.currency ?? "vnd",
              client_reference_id: order.order.id,
              metadata: { orderId: order.order.id, orderCode: order.order.code },
              payment_intent: fields.paymentIntent,
            },
    },
  });
}

let app: AppServer;
let bankOrders: TestOrder[] = [];
let cardOrders: TestOrder[] = [];
const plans = new Map<string, Plan>();
const deliveries: Delivery[] = [];
let before: Snapshot;
let responses: HttpResponse[] = [];

// Forgeries come from their own loopback addresses, at most half the per-address limit each,
// so the forged-signature limit never answers for them here (the last test trips it on purpose).
const FORGED_PER_ADDRESS = Math.max(1, Math.floor(webhookForgedRule().limit / 2));
let forgedSent = 0;
const forgerAddress = () => `127.0.${10 + Math.floor(forgedSent / FORGED_PER_ADDRESS / 250)}.${1 + (Math.floor(forgedSent++ / FORGED_PER_ADDRESS) % 250)}`;

beforeAll(async () => {
  // Legit traffic at this suite's volume comes from one address: above the default cap of
  // 3,000 a minute (the stress scale), the server gets a higher one.
  const cap = EVENTS > 2_500 ? { WEBHOOK_MAX_REQUESTS_PER_IP_PER_MINUTE: String(EVENTS * 2) } : {};
  // No background work: nothing but the webhooks may touch the database during the replay.
  [app] = await Promise.all([startAppServer({ backgroundWork: false, env: cap }), makeOrders()]);
  makeDeliveries();
}, 300_000);

afterAll(async () => {
  await closeAgents();
  await app?.stop();
});

async function makeOrders() {
  const half = Math.ceil(ORDERS / 2);
  const made = await mapConcurrent(Array.from({ length: ORDERS }, (_, i) => i), 8, (i) =>
    createTestOrder({
      paymentMethod: i < half ? "VIETQR" : "CARD",
      parts: [{ shippingFee: 20_000 + (i % 7) * 1_000, lines: [{ price: 40_000 + i * 100, quantity: 1 + (i % 3) }] }],
    }),
  );
  bankOrders = made.slice(0, half);
  cardOrders = made.slice(half);
}

/** The legit deliveries and the forgeries, before duplicates are added. */
function makeDeliveries() {
  const legit: Delivery[] = [];
  const forged: Delivery[] = [];
  const bank = (order: TestOrder, amount: number) => {
    const id = `FT${crypto.randomBytes(6).toString("hex").toUpperCase()}`;
    const payload = bankPayload(id, order, amount);
    legit.push({ provider: "bank", eventId: id, orderId: order.order.id, forged: false, payload, sign: bankSign(payload), from: "127.0.0.1" });
  };
  const stripe = (order: TestOrder, type: string, fields: { currency?: string; paymentIntent: string; sessionId: string }) => {
    const id = `evt_${crypto.randomBytes(12).toString("hex")}`;
    const payload = stripePayload(id, type, order, fields);
    legit.push({ provider: "stripe", eventId: id, orderId: order.order.id, forged: false, payload, sign: stripeSign(payload), from: "127.0.0.1" });
  };

  // Bank orders: most exact; some split in two transfers, over- or under-paid, or paid twice; a few get only forgeries.
  bankOrders.forEach((order, i) => {
    const total = order.order.total;
    const kind = (["bank_exact", "bank_exact", "bank_exact", "bank_split", "bank_overpaid", "bank_underpaid", "bank_paid_twice", "forged_only", "bank_exact", "bank_split"] as const)[i % 10];
    if (kind === "bank_exact") bank(order, total);
    if (kind === "bank_split") {
      bank(order, total - 30_000);
      bank(order, 30_000);
    }
    if (kind === "bank_overpaid") bank(order, total + 7_000);
    if (kind === "bank_underpaid") bank(order, total - 10_000);
    if (kind === "bank_paid_twice") {
      bank(order, total);
      bank(order, total);
    }
    plans.set(order.order.id, kind === "bank_underpaid" ? { kind, final: "UNDERPAID" } : kind === "forged_only" ? { kind, final: "PENDING_PAYMENT" } : { kind, final: "PAID" });
  });
  // Card orders: completed (often duplicated), some redelivered under a new event id with an
  // irrelevant event besides, a wrong currency, a few get only forgeries.
  cardOrders.forEach((order, i) => {
    const fields = { paymentIntent: `pi_${crypto.randomBytes(10).toString("hex")}`, sessionId: `cs_test_${crypto.randomBytes(10).toString("hex")}` };
    const kind = (["card_paid", "card_paid", "card_redelivered", "card_paid", "card_wrong_currency", "card_paid", "forged_only", "card_paid", "card_redelivered", "card_paid"] as const)[i % 10];
    if (kind === "card_paid") stripe(order, "checkout.session.completed", fields);
    if (kind === "card_redelivered") {
      stripe(order, "checkout.session.completed", fields);
      stripe(order, "checkout.session.async_payment_succeeded", fields);
      stripe(order, "payment_intent.created", fields);
    }
    if (kind === "card_wrong_currency") stripe(order, "checkout.session.completed", { ...fields, currency: "usd" });
    plans.set(order.order.id, kind === "card_wrong_currency" || kind === "forged_only" ? { kind, final: "PENDING_PAYMENT" } : { kind, final: "PAID" });
  });

  // Forgeries: about a tenth of all requests, aimed at orders that are not (fully) paid by legit
  // events most of all — a forgery that worked would show there.
  const targetsBank = bankOrders.filter((o) => ["forged_only", "bank_underpaid"].includes(plans.get(o.order.id)!.kind));
  const targetsCard = cardOrders.filter((o) => ["forged_only", "card_wrong_currency"].includes(plans.get(o.order.id)!.kind));
  const forgedCount = Math.max(8, Math.round(EVENTS / 10));
  for (let i = 0; i < forgedCount; i++) {
    const useBank = i % 2 === 0;
    const order = useBank ? pick(random() < 0.7 ? targetsBank : bankOrders) : pick(random() < 0.7 ? targetsCard : cardOrders);
    const style = i % 8 < 4 ? (["wrong_secret", "tampered", "unsigned", "wrong_secret"] as const)[i % 4] : (["wrong_secret", "tampered", "stale", "unsigned"] as const)[(i >> 1) % 4];
    if (useBank) {
      const id = `FORGED${crypto.randomBytes(6).toString("hex").toUpperCase()}`;
      const honest = bankPayload(id, order, order.order.total);
      const payload = style === "tampered" ? bankPayload(id, order, order.order.total + 1) : honest;
      const sign = style === "unsigned" ? () => null : style === "tampered" ? bankSign(honest) : () => signBankPayload(payload, "not-the-bank-secret-0123456789");
      forged.push({ provider: "bank", eventId: id, orderId: order.order.id, forged: true, payload, sign, from: forgerAddress() });
    } else {
      const id = `evt_forged_${crypto.randomBytes(10).toString("hex")}`;
      const fields = { paymentIntent: `pi_forged_${crypto.randomBytes(8).toString("hex")}`, sessionId: `cs_forged_${crypto.randomBytes(8).toString("hex")}` };
      const honest = stripePayload(id, "checkout.session.completed", order, fields);
      const payload = style === "tampered" ? honest.replace(`"amount_total":${order.order.total}`, `"amount_total":${order.order.total * 10}`) : honest;
      const sign =
        style === "unsigned" ? () => null : style === "tampered" ? stripeSign(honest) : style === "stale" ? stripeSign(payload, HARNESS_STRIPE_WEBHOOK_SECRET, 3_600) : stripeSign(payload, "whsec_not_the_secret_0123456789");
      forged.push({ provider: "stripe", eventId: id, orderId: order.order.id, forged: true, payload, sign, from: forgerAddress() });
    }
  }

  // Replays: the rest of the budget is exact redeliveries of legit events, then everything is shuffled.
  const all = [...legit, ...forged];
  while (all.length < EVENTS) all.push({ ...pick(legit) });
  deliveries.push(...shuffle(all));
}

function send(d: Delivery): Promise<HttpResponse> {
  const signature = d.sign();
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (signature) headers[d.provider === "bank" ? "X-Signature" : "Stripe-Signature"] = signature;
  return http(`${app.url}/webhooks/${d.provider === "bank" ? "bank-transfer" : "stripe"}`, { method: "POST", body: d.payload, headers, from: d.from });
}

describe(`payment replay over HTTP: ${ORDERS} orders, ${EVENTS} webhook requests, ${CONCURRENCY} at a time`, () => {
  it(
    "every order is paid exactly once; forgeries are refused and leave no trace; nothing else changes",
    async () => {
      before = await snapshotDatabase();
      const started = performance.now();
      responses = await mapConcurrent(deliveries, CONCURRENCY, send);
      const elapsed = performance.now() - started;
      console.info(
        `[payments] seed ${SEED}: ${deliveries.length} requests in ${Math.round(elapsed)} ms (${Math.round((deliveries.length / elapsed) * 1000)}/s), statuses ${JSON.stringify(statusCounts(responses))}, latency ${JSON.stringify(latency(responses))}`,
      );

      // 1. Every response is the one its request deserves: 200 for legit, 401 for forged.
      // No 429 and no 5xx anywhere (a throttled request proves nothing).
      const wrong = deliveries
        .map((d, i) => ({ d, r: responses[i] }))
        .filter(({ d, r }) => r.status !== (d.forged ? 401 : 200))
        .map(({ d, r }) => `${d.provider} ${d.forged ? "forged" : "legit"} ${d.eventId} from ${d.from}: ${r.status} ${r.body.slice(0, 200)}`);
      expect(wrong, `seed ${SEED}\n${app.output().slice(-6000)}`).toEqual([]);
      expect(responses.some((r) => r.status === 429)).toBe(false);

      // Coverage, counted only from the answers themselves: duplicates were seen as duplicates.
      const legitBodies = deliveries.map((d, i) => ({ d, body: JSON.parse(responses[i].body) as Record<string, unknown> })).filter(({ d }) => !d.forged);
      const distinct = new Set(deliveries.filter((d) => !d.forged).map((d) => `${d.provider}:${d.eventId}`));
      const duplicates = legitBodies.filter(({ body }) => body.duplicate === true).length;
      expect(duplicates).toBe(legitBodies.length - distinct.size);
      expect(duplicates).toBeGreaterThan(0);
      expect(legitBodies.filter(({ d }) => d.provider === "bank").length).toBeGreaterThan(0);
      expect(legitBodies.filter(({ d }) => d.provider === "stripe").length).toBeGreaterThan(0);
      expect(deliveries.filter((d) => d.forged).length).toBeGreaterThan(0);

      // 2. Each order ends as its legit events say, paid at most once.
      const all = [...bankOrders, ...cardOrders];
      const orders = await prisma.order.findMany({
        where: { id: { in: all.map((o) => o.order.id) } },
        include: { payments: true, refunds: true, events: true, lines: true, sellerOrders: true, bankTransfers: true },
      });
      expect(orders).toHaveLength(all.length);
      const legitByOrder = new Map<string, Delivery[]>();
      for (const d of deliveries) if (!d.forged) legitByOrder.set(d.orderId, [...(legitByOrder.get(d.orderId) ?? []), d]);
      const problems: string[] = [];
      const check = (ok: boolean, what: string) => ok || problems.push(what);
      for (const order of orders) {
        const plan = plans.get(order.id)!;
        const label = `${order.code} (${plan.kind})`;
        const paidEvents = order.events.filter((e) => e.status === "paid" && e.sellerOrderId === null).length;
        const sales = await prisma.inventoryMovement.count({ where: { orderId: order.id, reason: "SALE" } });
        const uniqueLegit = [...new Map((legitByOrder.get(order.id) ?? []).map((d) => [d.eventId, d])).values()];
        check(order.status === plan.final, `${label}: status ${order.status}, expected ${plan.final}`);
        check(paidEvents === (plan.final === "PAID" ? 1 : 0), `${label}: ${paidEvents} "paid" events`);
        check(sales === (plan.final === "PAID" ? order.lines.length : 0), `${label}: ${sales} SALE movements for ${order.lines.length} lines`);
        check(order.sellerOrders.every((so) => so.status === (plan.final === "PAID" ? "PAID" : "PENDING_PAYMENT")), `${label}: seller orders ${order.sellerOrders.map((so) => so.status)}`);
        const bankIds = uniqueLegit.filter((d) => d.provider === "bank").map((d) => d.eventId).sort();
        check(JSON.stringify(order.bankTransfers.map((t) => t.notificationId).sort()) === JSON.stringify(bankIds), `${label}: bank transfers ${order.bankTransfers.length}, expected ${bankIds.length}`);
        const refunds = order.refunds.map((r) => `${r.amount} ${r.reason}`);
        const expectedRefunds =
          plan.kind === "bank_overpaid" ? [`7000 ${REFUND_REASON_OVERPAID}`] : plan.kind === "bank_paid_twice" ? [`${order.total} ${REFUND_REASON_DUPLICATE}`] : [];
        check(JSON.stringify(refunds) === JSON.stringify(expectedRefunds), `${label}: refunds ${JSON.stringify(refunds)}`);
        const payment = order.payments.find((p) => p.provider === (order.paymentMethod === "CARD" ? "STRIPE" : "VIETQR"))!;
        check(order.payments.length === 1, `${label}: ${order.payments.length} payments`);
        if (plan.final === "PAID") {
          check(payment.status === "SUCCEEDED" && order.paidAt !== null, `${label}: payment ${payment.status}`);
          const expectedReceived = plan.kind === "bank_overpaid" ? order.total + 7_000 : plan.kind === "bank_paid_twice" ? order.total * 2 : order.total;
          check(payment.amountReceived === expectedReceived, `${label}: received ${payment.amountReceived}, expected ${expectedReceived}`);
          if (order.paymentMethod === "CARD") check(payment.providerRef?.startsWith("pi_") === true && !payment.providerRef.startsWith("pi_forged"), `${label}: providerRef ${payment.providerRef}`);
        } else if (plan.final === "UNDERPAID") {
          check(payment.status === "UNDERPAID" && payment.amountReceived === order.total - 10_000, `${label}: payment ${payment.status} ${payment.amountReceived}`);
          check(order.events.filter((e) => e.status === "underpaid").length === 1, `${label}: underpaid events`);
        } else {
          check(payment.status === "PENDING" && payment.amountReceived === 0 && order.paidAt === null, `${label}: payment ${payment.status} ${payment.amountReceived}`);
        }
      }
      expect(problems, `seed ${SEED}`).toEqual([]);
      // No card refund went to (fake) Stripe: nothing was paid twice by card.
      expect(app.fakeStripe.requests.filter((r) => r.path === "/v1/refunds")).toEqual([]);
      expect(await ledgerMismatches(prisma)).toEqual([]);

      // 3. Forgeries left no trace; every legit event was recorded once.
      const forgedIds = deliveries.filter((d) => d.forged).map((d) => d.eventId);
      expect(await prisma.webhookEvent.count({ where: { eventId: { in: forgedIds } } })).toBe(0);
      expect(await prisma.bankTransfer.count({ where: { notificationId: { in: forgedIds } } })).toBe(0);
      expect(await prisma.webhookEvent.count()).toBe(distinct.size);

      // 4. Every table: nothing changed but what the legit events explain.
      const diffs = diffSnapshots(before, await snapshotDatabase());
      const paid = orders.filter((o) => o.status === "PAID");
      const touched = orders.filter((o) => o.status !== "PENDING_PAYMENT");
      const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
      const sorted = (values: string[] | undefined) => [...(values ?? [])].sort();
      const summary = Object.fromEntries([...diffs].map(([t, d]) => [t, { inserted: d.inserted.length, updated: d.updated.length, deleted: d.deleted.length }]));
      const allowed = new Set(["orders", "seller_orders", "order_events", "payments", "refunds", "bank_transfers", "webhook_events", "inventory_movements", "product_variants", "products", "search_outbox", "email_messages", "rate_limit_events"]);
      expect([...diffs.keys()].filter((t) => !allowed.has(t)), JSON.stringify(summary)).toEqual([]);
      for (const diff of diffs.values()) expect(diff.deleted).toEqual([]);
      expect(sorted(diffs.get("orders")?.updated)).toEqual(ids(touched));
      expect(diffs.get("orders")?.inserted ?? []).toEqual([]);
      expect(sorted(diffs.get("seller_orders")?.updated)).toEqual(ids(paid.flatMap((o) => o.sellerOrders)));
      expect(sorted(diffs.get("payments")?.updated)).toEqual(ids(touched.flatMap((o) => o.payments)));
      expect(diffs.get("payments")?.inserted ?? []).toEqual([]);
      expect(sorted(diffs.get("refunds")?.inserted)).toEqual(ids(orders.flatMap((o) => o.refunds)));
      expect(sorted(diffs.get("bank_transfers")?.inserted)).toEqual(ids(orders.flatMap((o) => o.bankTransfers)));
      expect(diffs.get("webhook_events")?.inserted.length).toBe(distinct.size);
      expect(diffs.get("order_events")?.inserted.length).toBe(
        paid.reduce((n, o) => n + 1 + o.sellerOrders.length, 0) + touched.reduce((n, o) => n + o.events.filter((e) => e.status === "underpaid").length, 0),
      );
      expect(diffs.get("inventory_movements")?.inserted.length).toBe(paid.reduce((n, o) => n + o.lines.length, 0));
      expect(sorted(diffs.get("product_variants")?.updated)).toEqual([...new Set(paid.flatMap((o) => o.lines.map((l) => l.variantId)))].sort());
      expect(sorted(diffs.get("products")?.updated)).toEqual([...new Set(paid.flatMap((o) => o.lines.map((l) => l.productId)))].sort());
      // A confirmation per paid order, and a "still missing" notice per partial payment.
      expect(diffs.get("email_messages")?.inserted.length).toBe(paid.length + touched.reduce((n, o) => n + o.events.filter((e) => e.status === "underpaid").length, 0));
      for (const table of ["order_events", "refunds", "bank_transfers", "webhook_events", "inventory_movements", "email_messages", "rate_limit_events"]) {
        expect(diffs.get(table)?.updated ?? [], table).toEqual([]);
      }
      console.info(`[payments] changed rows: ${JSON.stringify(summary)}`);
    },
    timeoutFor(EVENTS),
  );

  it("a forger is throttled with 429 after the limit; signed traffic from the same address still gets through", async () => {
    const limit = webhookForgedRule().limit;
    const from = "127.0.9.9";
    const order = bankOrders.find((o) => plans.get(o.order.id)!.kind === "forged_only")!;
    const forgedBank = () => {
      const payload = bankPayload(`FORGED-LIMIT-${crypto.randomUUID()}`, order, order.order.total);
      return http(`${app.url}/webhooks/bank-transfer`, { method: "POST", body: payload, headers: { "Content-Type": "application/json", "X-Signature": signBankPayload(payload, "guessed-secret-0123456789abc") }, from });
    };
    const first: HttpResponse[] = [];
    for (let i = 0; i < limit; i++) first.push(await forgedBank());
    expect(statusCounts(first)).toEqual({ 401: limit });

    const throttled = await forgedBank();
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers["retry-after"])).toBeGreaterThan(0);
    expect(JSON.parse(throttled.body)).toEqual({ error: "rate_limited" });
    // The limit is per address and shared by both webhooks.
    const stripeForged = JSON.stringify({ id: "evt_forged_limit", type: "checkout.session.completed", data: { object: {} } });
    const stripeThrottled = await http(`${app.url}/webhooks/stripe`, { method: "POST", body: stripeForged, headers: { "Content-Type": "application/json", "Stripe-Signature": stripeSign(stripeForged, "whsec_guess_0123456789")() }, from });
    expect(stripeThrottled.status).toBe(429);
    const counted = await prisma.rateLimitEvent.groupBy({ by: ["key", "outcome"], where: { scope: WEBHOOK_FORGED_SCOPE }, _count: true });
    expect(counted.filter((c) => c.key.endsWith(from) && c.outcome !== "refused").reduce((n, c) => n + c._count, 0), JSON.stringify(counted)).toBe(limit);

    // A correctly signed notification proves its sender: it is never refused by the forgery limit.
    const legit = bankPayload(`FT-AFTER-LIMIT-${crypto.randomUUID()}`, order, order.order.total);
    const accepted = await http(`${app.url}/webhooks/bank-transfer`, { method: "POST", body: legit, headers: { "Content-Type": "application/json", "X-Signature": signBankPayload(legit, HARNESS_BANK_WEBHOOK_SECRET) }, from });
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.body)).toMatchObject({ ok: true, duplicate: false, match: "matched" });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.order.id }, select: { status: true } })).toEqual({ status: "PAID" });
    // Other addresses are not affected.
    const elsewhere = await http(`${app.url}/webhooks/bank-transfer`, { method: "POST", body: "{}", headers: { "Content-Type": "application/json", "X-Signature": "sha256=00" }, from: "127.0.9.10" });
    expect(elsewhere.status).toBe(401);
  });
});

// The payment webhooks' rate limits (PostgreSQL, per source address), through the routes'
// actions: the overall cap, the forged-signature limit, and that signed traffic at a bank
// feed's volume is never refused. The same limits over real HTTP: test/reliability/payments.test.ts.
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { hitApproximate } from "~/modules/accounts/rate-limit.server";
import { action as bankAction } from "~/routes/webhooks.bank-transfer";
import { action as stripeAction } from "~/routes/webhooks.stripe";
import { signBankPayload } from "./bank-signature.server";
import { bankWebhookSecret, DEMO_VIETQR } from "./config.server";
import { bankNotification, createTestOrder, signedBankRequest } from "./testing.server";
import { WEBHOOK_FORGED_SCOPE, WEBHOOK_REQUEST_SCOPE, webhookForgedRule, webhookRequestRule } from "./webhook-rate-limit.server";

const saved = { ...process.env };
afterEach(() => {
  for (const name of ["WEBHOOK_MAX_FORGED_PER_IP", "WEBHOOK_FORGED_WINDOW_MINUTES", "WEBHOOK_MAX_REQUESTS_PER_IP_PER_MINUTE", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"]) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

async function post(action: typeof bankAction, request: Request, ip: string) {
  const response = (await action({ request, params: {}, context: { clientIp: ip } })) as Response;
  return { status: response.status, retryAfter: response.headers.get("Retry-After"), body: (await response.json()) as Record<string, unknown> };
}

const forgedBank = () => signedBankRequest(bankNotification({ amount: 100_000, content: "OCOPAAAAAA", accountNumber: DEMO_VIETQR.accountNo }), "guessed-secret-0123456789");
const signedBank = (content = "no order here") => signedBankRequest(bankNotification({ amount: 100_000, content, accountNumber: DEMO_VIETQR.accountNo }), bankWebhookSecret());

describe("hitApproximate", () => {
  it("allows up to the limit in one statement, then refuses with a retry time; refusals do not count", async () => {
    const rule = { scope: "test:approx", limit: 3, windowMs: 10 * 60_000 };
    expect(await hitApproximate(rule, "k")).toEqual({ allowed: true, count: 1, retryAfterSeconds: 0 });
    await hitApproximate(rule, "k");
    expect(await hitApproximate(rule, "k")).toEqual({ allowed: true, count: 3, retryAfterSeconds: 0 });
    const refused = await hitApproximate(rule, "k");
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(9 * 60);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(10 * 60);
    expect((await hitApproximate(rule, "k")).count).toBe(3);
    expect((await hitApproximate(rule, "other")).allowed).toBe(true);
    expect(await prisma.rateLimitEvent.count({ where: { scope: "test:approx", key: "k", outcome: "refused" } })).toBe(2);
  });
});

describe("webhook rate limits", () => {
  it("defaults: 20 forged signatures per address per 15 minutes, 3,000 requests per address per minute", () => {
    expect(webhookForgedRule()).toEqual({ scope: WEBHOOK_FORGED_SCOPE, limit: 20, windowMs: 15 * 60_000 });
    expect(webhookRequestRule()).toEqual({ scope: WEBHOOK_REQUEST_SCOPE, limit: 3000, windowMs: 60_000 });
    process.env.WEBHOOK_MAX_FORGED_PER_IP = "abc";
    expect(webhookForgedRule().limit).toBe(20);
  });

  it("a forger gets 401 up to the limit, then 429 on both webhooks; a signed request from the same address still passes", async () => {
    process.env.WEBHOOK_MAX_FORGED_PER_IP = "3";
    process.env.STRIPE_SECRET_KEY = "sk_test_limits";
    process.env.STRIPE_WEBHOOK_SECRET = "whsec_limits_0123456789";
    const ip = "203.0.113.5";
    for (let i = 0; i < 3; i++) expect((await post(bankAction, forgedBank(), ip)).status).toBe(401);
    const throttled = await post(bankAction, forgedBank(), ip);
    expect(throttled).toMatchObject({ status: 429, body: { error: "rate_limited" } });
    expect(Number(throttled.retryAfter)).toBeGreaterThan(0);
    const stripeForged = new Request("http://localhost/webhooks/stripe", { method: "POST", body: "{}", headers: { "Stripe-Signature": "t=1,v1=00" } });
    expect((await post(stripeAction, stripeForged, ip)).status).toBe(429);

    // The signature proves the sender: never refused by the forgery limit.
    expect((await post(bankAction, signedBank(), ip)).status).toBe(200);
    // Another address is not affected; a malformed but signed body is no forgery (400, not counted).
    expect((await post(bankAction, forgedBank(), "203.0.113.6")).status).toBe(401);
    const signedGarbage = new Request("http://localhost/webhooks/bank-transfer", { method: "POST", body: "not json", headers: { "X-Signature": signBankPayload("not json", bankWebhookSecret()) } });
    expect((await post(bankAction, signedGarbage, "203.0.113.7")).status).toBe(400);
    expect(await prisma.rateLimitEvent.count({ where: { scope: WEBHOOK_FORGED_SCOPE, key: "203.0.113.7" } })).toBe(0);
  });

  it("the overall cap refuses even signed requests from an address past it, and counts per address", async () => {
    process.env.WEBHOOK_MAX_REQUESTS_PER_IP_PER_MINUTE = "4";
    const ip = "203.0.113.9";
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(bankAction, signedBank(), ip)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    expect((await post(bankAction, signedBank(), "203.0.113.10")).status).toBe(200);
  });

  it("signed traffic at a bank feed's burst volume never gets 429 with the default limits", async () => {
    const order = await createTestOrder();
    const ip = "203.0.113.20";
    const notification = bankNotification({ amount: order.order.total, content: `TT ${order.order.code}`, accountNumber: DEMO_VIETQR.accountNo });
    const statuses: number[] = [];
    // 60 deliveries (the same notification redelivered, as a feed catching up does), 10 at a time.
    for (let round = 0; round < 6; round++) {
      const batch = await Promise.all(Array.from({ length: 10 }, () => post(bankAction, signedBankRequest(notification, bankWebhookSecret()), ip)));
      statuses.push(...batch.map((r) => r.status));
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.order.id }, select: { status: true } })).toEqual({ status: "PAID" });
    expect(await prisma.bankTransfer.count({ where: { orderId: order.order.id } })).toBe(1);
  });
});

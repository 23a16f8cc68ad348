// Oversell, over real HTTP (issue 8): N shoppers, each a separate HTTP request through the real
// routes of the built production server in another process, race for a variant with fewer units.
// Exactly `units` orders are placed; every other buyer gets the checkout page's clear "sold out"
// answer (409, the line marked insufficient) — never 429, never 5xx. Stock equals the inventory
// ledger's sum before and after the winners pay. Repeated `rounds` times, a fresh variant each
// (test/reliability/scale.ts: smaller in `npm test`, larger under `npm run test:stress`).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { ledgerMismatches } from "~/modules/inventory/index.server";
import { signBankPayload } from "~/modules/payments/bank-signature.server";
import { createProduct, createSeller } from "../../prisma/factories";
import { HARNESS_BANK_WEBHOOK_SECRET, startAppServer, type AppServer } from "../http/app-server";
import { addToCart, checkout, createBuyers, deliveryAddress, placedOrderId } from "../http/buyers";
import { closeAgents, http, latency, mapConcurrent, statusCounts } from "../http/client";
import { oversellScale, timeoutFor } from "./scale";

const { buyers: BUYERS, units: UNITS, rounds: ROUNDS, inFlight: IN_FLIGHT } = oversellScale;

let app: AppServer;

beforeAll(async () => {
  app = await startAppServer();
  // One buyer walks the path first, so the first round does not also pay for a cold server.
  const seller = await createSeller({ status: "APPROVED" });
  const product = await createProduct({ sellerId: seller.id, variants: [{ label: "Gói thử", price: 10_000, onHand: 1 }] });
  const [buyer] = await createBuyers(1, "warm-up");
  expect((await addToCart(app.url, buyer, product.variants[0].id)).status).toBe(302);
  expect(placedOrderId(await checkout(app.url, buyer, await deliveryAddress("92")))).not.toBeNull();
}, 300_000);

afterAll(async () => {
  await closeAgents();
  await app?.stop();
});

async function ledgerOf(variantId: string) {
  const [variant, sums, byReason] = await Promise.all([
    prisma.productVariant.findUniqueOrThrow({ where: { id: variantId }, select: { onHand: true, reserved: true } }),
    prisma.inventoryMovement.aggregate({ where: { variantId }, _sum: { onHandDelta: true, reservedDelta: true } }),
    prisma.inventoryMovement.groupBy({ by: ["reason"], where: { variantId }, _count: true }),
  ]);
  return {
    onHand: variant.onHand,
    reserved: variant.reserved,
    ledgerOnHand: sums._sum.onHandDelta ?? 0,
    ledgerReserved: sums._sum.reservedDelta ?? 0,
    movements: Object.fromEntries(byReason.map((r) => [r.reason, r._count])),
  };
}

describe(`oversell over HTTP: ${BUYERS} buyers (${Math.min(IN_FLIGHT, BUYERS)} at once) for ${UNITS} units, ${ROUNDS} rounds`, () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(
      `round ${round}: exactly ${UNITS} orders, ${BUYERS - UNITS} clear sold-out answers, ledger consistent`,
      async () => {
        const seller = await createSeller({ status: "APPROVED" });
        const product = await createProduct({ sellerId: seller.id, variants: [{ label: "Hộp 500 g", price: 65_000, onHand: UNITS }] });
        const variantId = product.variants[0].id;
        const buyers = await createBuyers(BUYERS, `oversell-r${round}`);
        const address = await deliveryAddress("92");

        // Every buyer puts one unit in the cart (nothing is reserved yet, so all succeed)…
        const t0 = performance.now();
        const added = await mapConcurrent(buyers, IN_FLIGHT, (b) => addToCart(app.url, b, variantId));
        console.info(`[oversell] setup+cart: ${Math.round(performance.now() - t0)} ms, latency ${JSON.stringify(latency(added))}`);
        expect(statusCounts(added), app.output()).toEqual({ 302: BUYERS });

        // …then all of them press "Đặt hàng" at the same moment.
        const started = performance.now();
        const placed = await mapConcurrent(buyers, IN_FLIGHT, (b) => checkout(app.url, b, address));
        const elapsed = performance.now() - started;

        const winners = placed.map((r, i) => ({ buyer: buyers[i], orderId: placedOrderId(r) })).filter((w) => w.orderId !== null);
        const losers = placed.filter((r) => placedOrderId(r) === null);
        // Nothing but orders and sold-out answers: no 429 (a rate limit is not coverage), no 5xx.
        expect(statusCounts(placed), app.output().slice(-4000)).toEqual({ 302: UNITS, 409: BUYERS - UNITS });
        expect(winners).toHaveLength(UNITS);
        for (const loser of losers) {
          // The checkout page names the line and says it is sold out.
          expect(loser.body).toContain(`data-variant-id="${variantId}" data-reason="insufficient"`);
          expect(loser.body).toContain("đã hết hàng");
        }

        // The database agrees: UNITS orders, one per winner, each holding one reserved unit.
        const orders = await prisma.order.findMany({
          where: { sellerOrders: { some: { sellerId: seller.id } } },
          select: { id: true, code: true, total: true, status: true, buyerId: true, lines: { select: { variantId: true, quantity: true } } },
        });
        expect(orders).toHaveLength(UNITS);
        expect(new Set(orders.map((o) => o.id))).toEqual(new Set(winners.map((w) => w.orderId)));
        expect(new Set(orders.map((o) => o.buyerId)).size).toBe(UNITS);
        for (const order of orders) {
          expect(order.status).toBe("PENDING_PAYMENT");
          expect(order.lines).toEqual([{ variantId, quantity: 1 }]);
        }
        expect(await ledgerOf(variantId)).toEqual({ onHand: UNITS, reserved: UNITS, ledgerOnHand: UNITS, ledgerReserved: UNITS, movements: { INITIAL: 1, RESERVE: UNITS } });
        // Losers keep their cart line (they may change it); winners' carts are empty.
        expect(await prisma.cartLine.count({ where: { variantId } })).toBe(BUYERS - UNITS);

        // The winners pay (signed bank notifications over HTTP): the units are sold, the shelf is empty.
        const paid = await mapConcurrent(orders, 10, (order) => {
          const raw = JSON.stringify({ id: `FT-OVERSELL-${order.code}`, amount: order.total, content: `Thanh toan ${order.code}`, accountNumber: "1029384756", transactionAt: new Date().toISOString() });
          return http(`${app.url}/webhooks/bank-transfer`, { method: "POST", body: raw, headers: { "Content-Type": "application/json", "X-Signature": signBankPayload(raw, HARNESS_BANK_WEBHOOK_SECRET) } });
        });
        expect(statusCounts(paid), app.output().slice(-6000)).toEqual({ 200: UNITS });
        expect(await prisma.order.count({ where: { id: { in: orders.map((o) => o.id) }, status: "PAID" } })).toBe(UNITS);
        expect(await ledgerOf(variantId)).toEqual({ onHand: 0, reserved: 0, ledgerOnHand: 0, ledgerReserved: 0, movements: { INITIAL: 1, RESERVE: UNITS, SALE: UNITS } });
        expect(await ledgerMismatches(prisma)).toEqual([]);

        console.info(
          `[oversell] round ${round}: ${BUYERS} checkouts in ${Math.round(elapsed)} ms (${JSON.stringify(statusCounts(placed))}), latency ${JSON.stringify(latency(placed))}`,
        );
      },
      timeoutFor(BUYERS * 3),
    );
  }
});

// Fault: the app is killed with SIGKILL in the middle of a burst of checkouts (issue 8).
// After a restart no order is half-written — every order has its seller orders, lines,
// payment and exactly its lines' reservation in the ledger (test/invariants.ts) and no row
// points at nothing — and a retried submit (same idempotency key) places no second order.
// Then the unpaid orders expire: every reservation is released with a ledger row and the
// stock is back where it started.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { expireUnpaidOrders } from "~/modules/orders/index.server";
import { createProduct, createSeller, type CreatedProduct } from "../../prisma/factories";
import { startAppServer, type AppServer } from "../http/app-server";
import { addToCart, checkout, createBuyers, deliveryAddress, placedOrderId, type Buyer } from "../http/buyers";
import { closeAgents, mapConcurrent, statusCounts } from "../http/client";
import { checkInvariants, orphanRows } from "../invariants";

const SERVER_PORT = 3262;
const STRESS = process.env.STRESS === "1";
const BUYERS = STRESS ? 400 : 48;
const STOCK = STRESS ? 300 : 40;

let app: AppServer;
let products: CreatedProduct[];
let buyers: Buyer[];
let address: Awaited<ReturnType<typeof deliveryAddress>>;
const keys = new Map<string, string>();
let initial: Map<string, number>;

beforeAll(async () => {
  const [a, b] = await Promise.all([createSeller({ status: "APPROVED" }), createSeller({ status: "APPROVED", provinceCode: "79" })]);
  products = [
    await createProduct({ sellerId: a.id, name: "Mật ong hoa tràm", variants: [{ label: "Chai 500 ml", price: 185_000, onHand: STOCK }] }),
    await createProduct({ sellerId: a.id, name: "Gạo ST25", variants: [{ label: "Túi 5 kg", price: 210_000, onHand: STOCK }, { label: "Túi 2 kg", price: 95_000, onHand: STOCK }] }),
    await createProduct({ sellerId: b.id, name: "Kẹo dừa Bến Tre", variants: [{ label: "Hộp 400 g", price: 60_000, onHand: Math.floor(STOCK / 2) }] }),
  ];
  initial = new Map(products.flatMap((p) => p.variants.map((v) => [v.id, v.onHand] as const)));
  buyers = await createBuyers(BUYERS, "sigkill");
  address = await deliveryAddress("92");
  app = await startAppServer({ env: { HARNESS_PORT: String(SERVER_PORT) } });
  // Every buyer's cart holds lines of both sellers (two seller orders per order).
  const variants = products.flatMap((p) => p.variants);
  const added = await mapConcurrent(buyers, 16, async (buyer, i) => {
    const r1 = await addToCart(app.url, buyer, variants[i % variants.length].id, 1 + (i % 2));
    const r2 = await addToCart(app.url, buyer, products[2].variants[0].id, 1);
    return [r1, r2];
  });
  expect(statusCounts(added.flat())).not.toHaveProperty("500");
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await closeAgents();
});

describe("SIGKILL mid-checkout", () => {
  it("leaves no half-written order, and a retried submit places none twice", async () => {
    for (const buyer of buyers) keys.set(buyer.id, crypto.randomUUID());
    let answered = 0;
    let killedAt = -1;
    const killAfter = Math.floor(BUYERS / 4);
    const results = await mapConcurrent(buyers, 16, async (buyer) => {
      try {
        const res = await checkout(app.url, buyer, address, { idempotencyKey: keys.get(buyer.id) });
        answered++;
        if (answered === killAfter && killedAt < 0) {
          killedAt = answered;
          process.kill(app.pid, "SIGKILL");
        }
        return { buyer, status: res.status, orderId: placedOrderId(res) };
      } catch (error) {
        return { buyer, status: 0, orderId: null, error: String(error) };
      }
    });
    await app.stop();
    const placed = results.filter((r) => r.orderId).length;
    const cut = results.filter((r) => r.status === 0).length;
    console.info(`[faults] SIGKILL after ${killedAt} answers: ${placed} orders confirmed, ${cut} requests cut, statuses ${JSON.stringify(statusCounts(results))}`);
    expect(killedAt).toBeGreaterThan(0);
    expect(cut, "the kill must land while checkouts are in flight").toBeGreaterThan(0);
    expect(results.filter((r) => r.status >= 500)).toEqual([]);

    // Restart: the database is whole, whatever the kill interrupted.
    app = await startAppServer({ env: { HARNESS_PORT: String(SERVER_PORT) } });
    expect(await orphanRows(prisma)).toEqual([]);
    expect(await checkInvariants(prisma, { expiryGraceSeconds: Infinity })).toEqual([]);
    const orders = await prisma.order.count();
    expect(orders).toBeGreaterThanOrEqual(placed);

    // The cut submits again with the same keys: each buyer ends with at most one order.
    const retried = await mapConcurrent(
      results.filter((r) => r.status === 0),
      16,
      async (r) => checkout(app.url, r.buyer, address, { idempotencyKey: keys.get(r.buyer.id) }),
    );
    expect(retried.filter((r) => r.status >= 500)).toEqual([]);
    const perBuyer = await prisma.order.groupBy({ by: ["buyerId"], _count: { _all: true } });
    expect(perBuyer.filter((g) => g._count._all > 1)).toEqual([]);
    expect(await checkInvariants(prisma, { expiryGraceSeconds: Infinity })).toEqual([]);
    // Nothing oversold: reserved never exceeds what was there.
    for (const v of await prisma.productVariant.findMany({ where: { id: { in: [...initial.keys()] } } })) {
      expect(v.onHand).toBe(initial.get(v.id));
      expect(v.reserved).toBeLessThanOrEqual(v.onHand);
    }
  }, 240_000);

  it("releases every reservation when the unpaid orders expire, with a ledger row each", async () => {
    const pending = await prisma.order.findMany({ where: { status: "PENDING_PAYMENT" }, select: { id: true, lines: { select: { variantId: true } } } });
    expect(pending.length).toBeGreaterThan(0);
    // Time passes: the orders' payment window closed a minute ago.
    await prisma.order.updateMany({ where: { status: "PENDING_PAYMENT" }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const expired = await expireUnpaidOrders(new Date());
    // The server's own expiry worker may have taken some of them first.
    expect(expired).toBeLessThanOrEqual(pending.length);
    expect(await prisma.order.count({ where: { status: "PENDING_PAYMENT" } })).toBe(0);
    expect(await prisma.order.count({ where: { id: { in: pending.map((o) => o.id) }, status: "EXPIRED" } })).toBe(pending.length);
    const releases = await prisma.inventoryMovement.count({ where: { reason: "RELEASE", orderId: { in: pending.map((o) => o.id) } } });
    expect(releases).toBe(pending.reduce((n, o) => n + o.lines.length, 0));
    for (const v of await prisma.productVariant.findMany({ where: { id: { in: [...initial.keys()] } } })) {
      expect({ id: v.id, onHand: v.onHand, reserved: v.reserved }).toEqual({ id: v.id, onHand: initial.get(v.id), reserved: 0 });
    }
    expect(await checkInvariants(prisma)).toEqual([]);
    expect(await orphanRows(prisma)).toEqual([]);
  }, 60_000);
});

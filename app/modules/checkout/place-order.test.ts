// Placing orders against real PostgreSQL: totals, snapshots, the ledger,
// all-or-nothing, idempotency and truly concurrent checkouts.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { ledgerMismatches, reserveStock } from "~/modules/inventory/index.server";
import { ORDER_CODE_PATTERN } from "~/modules/orders/code";
import { createProduct, createSeller, createUser } from "../../../prisma/factories";
import { IdempotencyKeyConflict, placeOrder, type DeliveryAddress, type PlaceOrderInput } from "./index.server";

async function addressIn(provinceCode: string): Promise<DeliveryAddress> {
  const ward = await prisma.ward.findFirstOrThrow({ where: { provinceCode }, orderBy: { code: "asc" } });
  return { fullName: "Nguyễn Thị Lan", phone: "0912345678", provinceCode, wardCode: ward.code, addressLine: "Số 126 đường 30 Tháng 4" };
}

async function cartWith(userId: string, lines: { variantId: string; quantity: number; priceSeen: number }[]) {
  return prisma.cart.create({ data: { userId, lines: { create: lines } } });
}

async function variant(onHand: number, options: { price?: number; weightGrams?: number; provinceCode?: string; sellerStatus?: "APPROVED" | "SUSPENDED"; commissionRateBps?: number } = {}) {
  const seller = await createSeller({ provinceCode: options.provinceCode ?? "92", status: options.sellerStatus ?? "APPROVED", commissionRateBps: options.commissionRateBps });
  const product = await createProduct({ sellerId: seller.id, variants: [{ label: "Hộp 500 g", price: options.price ?? 50_000, onHand, weightGrams: options.weightGrams ?? 500 }] });
  return { seller, product, variant: product.variants[0] };
}

const key = () => crypto.randomUUID();

/** Backends of this database waiting for a row lock. */
async function lockWaiters(): Promise<number> {
  const rows = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
  return rows[0].n;
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}
const counts = async () => ({
  orders: await prisma.order.count(),
  sellerOrders: await prisma.sellerOrder.count(),
  lines: await prisma.orderLine.count(),
  payments: await prisma.payment.count(),
  events: await prisma.orderEvent.count(),
  movements: await prisma.inventoryMovement.count(),
});

describe("placeOrder", () => {
  it("places one order across two sellers: seller orders, snapshots, shipping, payment, reservations, cart emptied", async () => {
    const buyer = await createUser();
    // Cần Thơ seller (same province as the buyer) with its own commission; Hà Nội seller (elsewhere).
    const a = await variant(10, { price: 50_000, weightGrams: 500, provinceCode: "92", commissionRateBps: 300 });
    const b = await variant(5, { price: 120_000, weightGrams: 1_500, provinceCode: "01" });
    const cart = await cartWith(buyer.id, [
      { variantId: a.variant.id, quantity: 2, priceSeen: 50_000 },
      { variantId: b.variant.id, quantity: 1, priceSeen: 120_000 },
    ]);
    const before = Date.now();
    const result = await placeOrder({ userId: buyer.id, cartId: cart.id, idempotencyKey: key(), address: await addressIn("92"), paymentMethod: "VIETQR" });
    if (!result.ok) throw new Error(`expected an order, got ${JSON.stringify(result)}`);
    expect(result.replayed).toBe(false);

    const order = await prisma.order.findUniqueOrThrow({
      where: { id: result.order.id },
      include: { sellerOrders: { include: { lines: true } }, payments: true, events: true },
    });
    // 2 × 50.000 (1 kg, same province: 18.000) + 120.000 (1,5 kg, elsewhere: 35.000 + 9.000).
    expect(order).toMatchObject({ status: "PENDING_PAYMENT", subtotal: 220_000, shippingTotal: 62_000, total: 282_000, paymentMethod: "VIETQR", buyerId: buyer.id });
    expect(result.order).toEqual({ id: order.id, code: order.code, total: 282_000, paymentMethod: "VIETQR", status: "PENDING_PAYMENT" });
    expect(order.code).toMatch(ORDER_CODE_PATTERN);
    const ttl = order.expiresAt.getTime() - before;
    expect(ttl).toBeGreaterThan(29 * 60_000);
    expect(ttl).toBeLessThanOrEqual(30 * 60_000 + 5_000);

    const bySeller = new Map(order.sellerOrders.map((so) => [so.sellerId, so]));
    expect(bySeller.get(a.seller.id)).toMatchObject({ status: "PENDING_PAYMENT", subtotal: 100_000, shippingFee: 18_000, commissionRateBps: 300 });
    expect(bySeller.get(b.seller.id)).toMatchObject({ status: "PENDING_PAYMENT", subtotal: 120_000, shippingFee: 44_000, commissionRateBps: 500 });
    // Totals add up: the lines plus each seller's shipping.
    const lines = order.sellerOrders.flatMap((so) => so.lines);
    expect(lines.reduce((s, l) => s + l.lineTotal, 0)).toBe(order.subtotal);
    expect(order.sellerOrders.reduce((s, so) => s + so.shippingFee, 0)).toBe(order.shippingTotal);
    expect(bySeller.get(a.seller.id)!.lines[0]).toMatchObject({
      variantId: a.variant.id,
      productId: a.product.id,
      title: a.product.name,
      variantLabel: "Hộp 500 g",
      sku: a.variant.sku,
      sellerName: a.seller.name,
      unitPrice: 50_000,
      quantity: 2,
      lineTotal: 100_000,
      weightGrams: 500,
    });

    expect(order.payments).toHaveLength(1);
    expect(order.payments[0]).toMatchObject({ provider: "VIETQR", status: "PENDING", amount: 282_000, transferContent: order.code });
    expect(order.events.map((e) => e.status)).toEqual(["pending_payment"]);

    // Stock: reserved, not sold; each reservation in the ledger with the order.
    expect(await prisma.productVariant.findUniqueOrThrow({ where: { id: a.variant.id } })).toMatchObject({ onHand: 10, reserved: 2 });
    expect(await prisma.productVariant.findUniqueOrThrow({ where: { id: b.variant.id } })).toMatchObject({ onHand: 5, reserved: 1 });
    const reserves = await prisma.inventoryMovement.findMany({ where: { orderId: order.id } });
    expect(reserves.map((m) => [m.variantId, m.reason, m.reservedDelta, m.onHandDelta]).sort()).toEqual(
      [
        [a.variant.id, "RESERVE", 2, 0],
        [b.variant.id, "RESERVE", 1, 0],
      ].sort(),
    );
    expect(await ledgerMismatches(prisma)).toEqual([]);
    expect(await prisma.cartLine.count({ where: { cartId: cart.id } })).toBe(0);
  });

  it("a card order gets a Stripe payment without transfer content", async () => {
    const buyer = await createUser();
    const a = await variant(3);
    const cart = await cartWith(buyer.id, [{ variantId: a.variant.id, quantity: 1, priceSeen: 50_000 }]);
    const result = await placeOrder({ userId: buyer.id, cartId: cart.id, idempotencyKey: key(), address: await addressIn("79"), paymentMethod: "CARD" });
    if (!result.ok) throw new Error("expected an order");
    const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: result.order.id } });
    expect(payment).toMatchObject({ provider: "STRIPE", amount: result.order.total, transferContent: null, status: "PENDING" });
  });

  it("one line short of stock: nothing is written, the cart stays, and the problem names the line", async () => {
    const buyer = await createUser();
    const plenty = await variant(50);
    const scarce = await variant(1, { price: 80_000 });
    const cart = await cartWith(buyer.id, [
      { variantId: plenty.variant.id, quantity: 2, priceSeen: 50_000 },
      { variantId: scarce.variant.id, quantity: 3, priceSeen: 80_000 },
    ]);
    const before = await counts();
    const result = await placeOrder({ userId: buyer.id, cartId: cart.id, idempotencyKey: key(), address: await addressIn("92"), paymentMethod: "VIETQR" });
    expect(result).toEqual({
      ok: false,
      reason: "problems",
      problems: [
        {
          variantId: scarce.variant.id,
          productName: scarce.product.name,
          variantLabel: "Hộp 500 g",
          reason: "insufficient",
          available: 1,
          quantity: 3,
          price: 80_000,
          priceSeen: 80_000,
        },
      ],
    });
    expect(await counts()).toEqual(before);
    expect(await prisma.productVariant.findUniqueOrThrow({ where: { id: plenty.variant.id } })).toMatchObject({ reserved: 0 });
    expect(await prisma.cartLine.count({ where: { cartId: cart.id } })).toBe(2);
  });

  it("a unit taken by another checkout at the last moment rolls back the whole order (the reservation is the guard)", async () => {
    const buyer = await createUser();
    const plenty = await variant(50);
    const scarce = await variant(1, { price: 80_000 });
    const cart = await cartWith(buyer.id, [
      { variantId: plenty.variant.id, quantity: 2, priceSeen: 50_000 },
      { variantId: scarce.variant.id, quantity: 1, priceSeen: 80_000 },
    ]);
    const before = await counts();
    // Another checkout holds the last unit, not yet committed: this one's early check still sees it available.
    let commitOther!: () => void;
    const gate = new Promise<void>((resolve) => (commitOther = resolve));
    const other = prisma.$transaction(async (tx) => {
      await reserveStock(tx, { variantId: scarce.variant.id, quantity: 1, orderId: "another-order" });
      await gate;
    });
    await new Promise((r) => setTimeout(r, 100)); // the other transaction has taken the row
    const placing = placeOrder({ userId: buyer.id, cartId: cart.id, idempotencyKey: key(), address: await addressIn("92"), paymentMethod: "VIETQR" });
    // Once this checkout waits on the variant's row lock, the other one commits.
    await waitUntil(async () => (await lockWaiters()) > 0);
    commitOther();
    await other;
    const result = await placing;
    expect(result).toMatchObject({ ok: false, reason: "problems", problems: [{ variantId: scarce.variant.id, reason: "insufficient", available: 0 }] });
    // Only the other checkout's reservation (and its movement) remains.
    const after = await counts();
    expect(after).toEqual({ ...before, movements: before.movements + 1 });
    expect(await prisma.productVariant.findUniqueOrThrow({ where: { id: plenty.variant.id } })).toMatchObject({ reserved: 0 });
    expect(await prisma.cartLine.count({ where: { cartId: cart.id } })).toBe(2);
    expect(await ledgerMismatches(prisma)).toEqual([]);
  });

  it("a line already sold out is answered from a plain read: it never queues behind the checkouts holding the row", async () => {
    const buyer = await createUser();
    const scarce = await variant(1, { price: 80_000 });
    await prisma.$transaction((tx) => reserveStock(tx, { variantId: scarce.variant.id, quantity: 1, orderId: "the-winner" }));
    const cart = await cartWith(buyer.id, [{ variantId: scarce.variant.id, quantity: 1, priceSeen: 80_000 }]);
    const before = await counts();
    // Another checkout holds the variant's row lock until we let it go.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const holder = prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM product_variants WHERE id = ${scarce.variant.id} FOR UPDATE`;
      await gate;
    });
    await new Promise((r) => setTimeout(r, 100));
    const result = await placeOrder({ userId: buyer.id, cartId: cart.id, idempotencyKey: key(), address: await addressIn("92"), paymentMethod: "VIETQR" });
    // Answered while the lock is still held: the shopper hears "sold out" at once.
    expect(await lockWaiters()).toBe(0);
    release();
    await holder;
    expect(result).toMatchObject({ ok: false, reason: "problems", problems: [{ variantId: scarce.variant.id, reason: "insufficient", available: 0, quantity: 1 }] });
    expect(await counts()).toEqual(before);
  });

  it("refuses archived products, suspended sellers and changed prices, naming each line", async () => {
    const buyer = await createUser();
    const ok = await variant(10);
    const archived = await variant(10);
    await prisma.product.update({ where: { id: archived.product.id }, data: { status: "ARCHIVED" } });
    const suspended = await variant(10, { sellerStatus: "SUSPENDED" });
    const repriced = await variant(10, { price: 65_000 });
    const cart = await cartWith(buyer.id, [
      { variantId: ok.variant.id, quantity: 1, priceSeen: 50_000 },
      { variantId: archived.variant.id, quantity: 1, priceSeen: 50_000 },
      { variantId: suspended.variant.id, quantity: 1, priceSeen: 50_000 },
      { variantId: repriced.variant.id, quantity: 1, priceSeen: 60_000 },
    ]);
    const before = await counts();
    const result = await placeOrder({ userId: buyer.id, cartId: cart.id, idempotencyKey: key(), address: await addressIn("92"), paymentMethod: "VIETQR" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const reasons = Object.fromEntries(result.problems.map((p) => [p.variantId, p.reason]));
    expect(reasons).toEqual({ [archived.variant.id]: "unavailable", [suspended.variant.id]: "seller_unavailable", [repriced.variant.id]: "price_changed" });
    expect(result.problems.find((p) => p.reason === "price_changed")).toMatchObject({ productName: repriced.product.name, price: 65_000, priceSeen: 60_000 });
    expect(await counts()).toEqual(before);
    expect(await prisma.cartLine.count({ where: { cartId: cart.id } })).toBe(4);
  });

  it("orders what checkout showed: capped quantities, only the shown lines, the shown prices", async () => {
    const buyer = await createUser();
    const capped = await variant(3);
    const other = await variant(10, { price: 30_000 });
    const cart = await cartWith(buyer.id, [
      { variantId: capped.variant.id, quantity: 5, priceSeen: 50_000 },
      { variantId: other.variant.id, quantity: 1, priceSeen: 30_000 },
    ]);
    const base: PlaceOrderInput = { userId: buyer.id, cartId: cart.id, idempotencyKey: key(), address: await addressIn("92"), paymentMethod: "VIETQR" };

    // The page showed a price that has changed again since: refused.
    const stale = await placeOrder({ ...base, expectedLines: [{ variantId: capped.variant.id, quantity: 3, unitPrice: 45_000 }] });
    expect(stale).toMatchObject({ ok: false, reason: "problems", problems: [{ variantId: capped.variant.id, reason: "price_changed" }] });
    // A line the page showed is no longer in the cart (removed in another tab).
    const gone = await placeOrder({ ...base, expectedLines: [{ variantId: "no-such-variant", quantity: 1, unitPrice: 1 }, { variantId: other.variant.id, quantity: 1, unitPrice: 30_000 }] });
    expect(gone).toMatchObject({ ok: false, reason: "cart_changed" });

    const result = await placeOrder({ ...base, expectedLines: [{ variantId: capped.variant.id, quantity: 3, unitPrice: 50_000 }] });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const lines = await prisma.orderLine.findMany({ where: { orderId: result.order.id } });
    expect(lines.map((l) => [l.variantId, l.quantity])).toEqual([[capped.variant.id, 3]]);
    // The line not shown stays in the cart.
    expect((await prisma.cartLine.findMany({ where: { cartId: cart.id } })).map((l) => l.variantId)).toEqual([other.variant.id]);
  });

  it("refuses a ward outside the province, an empty cart and someone else's cart", async () => {
    const buyer = await createUser();
    const stranger = await createUser();
    const a = await variant(10);
    const cart = await cartWith(buyer.id, [{ variantId: a.variant.id, quantity: 1, priceSeen: 50_000 }]);
    const hanoiWard = (await addressIn("01")).wardCode;
    const address = { ...(await addressIn("92")), wardCode: hanoiWard };
    expect(await placeOrder({ userId: buyer.id, cartId: cart.id, idempotencyKey: key(), address, paymentMethod: "VIETQR" })).toEqual({ ok: false, reason: "invalid_address", problems: [] });
    expect(await placeOrder({ userId: stranger.id, cartId: cart.id, idempotencyKey: key(), address: await addressIn("92"), paymentMethod: "VIETQR" })).toMatchObject({ ok: false, reason: "empty_cart" });
    expect(await placeOrder({ userId: buyer.id, cartId: null, idempotencyKey: key(), address: await addressIn("92"), paymentMethod: "VIETQR" })).toMatchObject({ ok: false, reason: "empty_cart" });
    const empty = await prisma.cart.create({ data: { userId: stranger.id } });
    expect(await placeOrder({ userId: stranger.id, cartId: empty.id, idempotencyKey: key(), address: await addressIn("92"), paymentMethod: "VIETQR" })).toMatchObject({ ok: false, reason: "empty_cart" });
    expect(await prisma.order.count({ where: { buyerId: { in: [buyer.id, stranger.id] } } })).toBe(0);
  });

  it("the same key twice returns the first order, even once the cart is empty; another account's key is refused", async () => {
    const buyer = await createUser();
    const a = await variant(10);
    const cart = await cartWith(buyer.id, [{ variantId: a.variant.id, quantity: 2, priceSeen: 50_000 }]);
    const input: PlaceOrderInput = { userId: buyer.id, cartId: cart.id, idempotencyKey: key(), address: await addressIn("92"), paymentMethod: "VIETQR" };
    const first = await placeOrder(input);
    const second = await placeOrder(input);
    if (!first.ok || !second.ok) throw new Error("expected orders");
    expect(second.order).toEqual(first.order);
    expect(second.replayed).toBe(true);
    expect(await prisma.order.count({ where: { buyerId: buyer.id } })).toBe(1);
    expect(await prisma.productVariant.findUniqueOrThrow({ where: { id: a.variant.id } })).toMatchObject({ reserved: 2 });

    const other = await createUser();
    await expect(placeOrder({ ...input, userId: other.id, cartId: null })).rejects.toBeInstanceOf(IdempotencyKeyConflict);
  });

  it("10 concurrent submits with the same key place one order (pool of 20, truly parallel)", async () => {
    const buyer = await createUser();
    const a = await variant(10);
    const b = await variant(10, { provinceCode: "01" });
    const cart = await cartWith(buyer.id, [
      { variantId: a.variant.id, quantity: 1, priceSeen: 50_000 },
      { variantId: b.variant.id, quantity: 2, priceSeen: 50_000 },
    ]);
    const input: PlaceOrderInput = { userId: buyer.id, cartId: cart.id, idempotencyKey: key(), address: await addressIn("92"), paymentMethod: "VIETQR" };
    const pool = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 20 }) });
    try {
      const results = await Promise.all(Array.from({ length: 10 }, () => placeOrder(input, pool)));
      const ids = new Set(results.map((r) => (r.ok ? r.order.id : `failed: ${JSON.stringify(r)}`)));
      expect(ids.size).toBe(1);
      expect(results.filter((r) => r.ok && !r.replayed)).toHaveLength(1);
      expect(await prisma.order.count({ where: { buyerId: buyer.id } })).toBe(1);
      expect(await prisma.payment.count({ where: { order: { buyerId: buyer.id } } })).toBe(1);
      expect(await prisma.productVariant.findUniqueOrThrow({ where: { id: b.variant.id } })).toMatchObject({ reserved: 2 });
      expect(await ledgerMismatches(prisma)).toEqual([]);
    } finally {
      await pool.$disconnect();
    }
  });

  it("100 shoppers at once for 40 units: exactly 40 orders, no partial order, the ledger agrees (pool of 20)", async () => {
    const scarce = await variant(40, { price: 99_000 });
    const plenty = await variant(1_000, { price: 10_000, provinceCode: "01" });
    const address = await addressIn("92");
    const shoppers = [];
    for (let i = 0; i < 100; i++) {
      const user = await createUser();
      // Each cart: one of the scarce units and one of another seller's plentiful ones.
      const cart = await cartWith(user.id, [
        { variantId: plenty.variant.id, quantity: 1, priceSeen: 10_000 },
        { variantId: scarce.variant.id, quantity: 1, priceSeen: 99_000 },
      ]);
      shoppers.push({ user, cart });
    }
    const pool = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 20 }) });
    try {
      const results = await Promise.all(
        shoppers.map(({ user, cart }) => placeOrder({ userId: user.id, cartId: cart.id, idempotencyKey: key(), address, paymentMethod: "VIETQR" }, pool)),
      );
      const placed = results.filter((r) => r.ok);
      expect(placed).toHaveLength(40);
      for (const r of results) {
        if (!r.ok) expect(r.problems).toEqual([expect.objectContaining({ variantId: scarce.variant.id, reason: "insufficient", available: 0 })]);
      }
      const buyers = { buyerId: { in: shoppers.map((s) => s.user.id) } };
      expect(await prisma.order.count({ where: buyers })).toBe(40);
      expect(await prisma.sellerOrder.count({ where: { order: buyers } })).toBe(80);
      expect(await prisma.productVariant.findUniqueOrThrow({ where: { id: scarce.variant.id } })).toMatchObject({ onHand: 40, reserved: 40 });
      // The refused shoppers' other line was rolled back with everything else.
      expect(await prisma.productVariant.findUniqueOrThrow({ where: { id: plenty.variant.id } })).toMatchObject({ onHand: 1_000, reserved: 40 });
      expect(await prisma.inventoryMovement.count({ where: { reason: "RESERVE", variantId: { in: [scarce.variant.id, plenty.variant.id] } } })).toBe(80);
      expect(await ledgerMismatches(prisma)).toEqual([]);
      // The 60 refused carts are untouched.
      expect(await prisma.cartLine.count({ where: { cartId: { in: shoppers.map((s) => s.cart.id) } } })).toBe(120);
    } finally {
      await pool.$disconnect();
    }
  });
});

// Seller stock adjustments against real PostgreSQL: the ledger always sums to
// the columns, stock never goes below what orders hold, and a seller only
// ever reaches its own variants.
import { describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { commitSale, ledgerMismatches, releaseStock, reserveStock } from "~/modules/inventory/index.server";
import { createProduct, createSeller, createUser } from "../../../prisma/factories";
import { adjustVariantStock, getInventoryVariant, listInventory, listMovements, setLowStockThreshold } from "./stock.server";

async function setup(onHand = [10, 3]) {
  const actor = await createUser();
  const seller = await createSeller({ owner: actor });
  const product = await createProduct({
    sellerId: seller.id,
    name: "Mật ong U Minh",
    variants: onHand.map((n, i) => ({ label: `Chai ${i + 1}`, sku: `MO-${i + 1}`, price: 100_000, onHand: n, lowStockThreshold: 5 })),
    actorId: actor.id,
  });
  return { actor, seller, product, variants: product.variants };
}

const onHandOf = async (id: string) => (await prisma.productVariant.findUniqueOrThrow({ where: { id } })).onHand;

/** A small deterministic PRNG, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("adjustVariantStock", () => {
  it("each reason moves stock its own way and writes one movement with actor, reason and note", async () => {
    const { actor, seller, variants } = await setup([10]);
    const v = variants[0];
    const adjust = (reason: "RESTOCK" | "DAMAGE" | "CORRECTION" | "STOCK_COUNT", quantity: number, note?: string) =>
      adjustVariantStock({ sellerId: seller.id, actorId: actor.id, input: { variantId: v.id, reason, quantity, note } });
    expect(await adjust("RESTOCK", 5, "Lô mới")).toEqual({ ok: true, onHand: 15, delta: 5 });
    expect(await adjust("DAMAGE", 2, "Vỡ 2 chai")).toEqual({ ok: true, onHand: 13, delta: -2 });
    expect(await adjust("CORRECTION", -1)).toEqual({ ok: true, onHand: 12, delta: -1 });
    expect(await adjust("STOCK_COUNT", 20)).toEqual({ ok: true, onHand: 20, delta: 8 });
    expect(await adjust("STOCK_COUNT", 20)).toEqual({ ok: false, fieldErrors: { quantity: ["errors.countMatches"] } });
    const history = await listMovements(seller.id, v.id);
    expect(history.rows.map((m) => [m.reason, m.onHandDelta, m.onHandAfter, m.note, m.actorName])).toEqual([
      ["STOCK_COUNT", 8, 20, null, actor.name],
      ["CORRECTION", -1, 12, null, actor.name],
      ["DAMAGE", -2, 13, "Vỡ 2 chai", actor.name],
      ["RESTOCK", 5, 15, "Lô mới", actor.name],
      ["INITIAL", 10, 10, "Tồn kho ban đầu", actor.name], // the factory's note
    ]);
    // Availability is in the search document: the product is queued for search.
    expect(await prisma.searchOutbox.count({ where: { productId: v.productId } })).toBeGreaterThanOrEqual(4);
  });

  it("never takes on hand below what orders have reserved", async () => {
    const { actor, seller, variants } = await setup([5]);
    const v = variants[0];
    await prisma.$transaction((tx) => reserveStock(tx, { variantId: v.id, quantity: 4, orderId: "o-1" }));
    const result = await adjustVariantStock({ sellerId: seller.id, actorId: actor.id, input: { variantId: v.id, reason: "DAMAGE", quantity: 2 } });
    expect(result).toEqual({ ok: false, fieldErrors: { quantity: ['errors.belowReserved|{"onHand":5,"reserved":4}'] } });
    const count = await adjustVariantStock({ sellerId: seller.id, actorId: actor.id, input: { variantId: v.id, reason: "STOCK_COUNT", quantity: 3 } });
    expect(count.ok).toBe(false);
    expect(await onHandOf(v.id)).toBe(5);
  });

  it("the ledger sums to on hand and reserved after a random sequence of adjustments, reservations, sales and releases", async () => {
    const { actor, seller, variants } = await setup([20, 0, 7]);
    const next = random(20261126);
    const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    let refused = 0;
    for (let i = 0; i < 120; i++) {
      const v = pick(variants);
      const roll = next();
      if (roll < 0.55) {
        const reason = pick(["RESTOCK", "DAMAGE", "CORRECTION", "STOCK_COUNT"] as const);
        const quantity = reason === "CORRECTION" ? Math.floor(next() * 13) - 6 || 1 : reason === "STOCK_COUNT" ? Math.floor(next() * 25) : 1 + Math.floor(next() * 6);
        const r = await adjustVariantStock({ sellerId: seller.id, actorId: actor.id, input: { variantId: v.id, reason, quantity } });
        if (!r.ok) refused++;
      } else {
        // Orders: reserve, then either sell or release what was reserved (as checkout does).
        const quantity = 1 + Math.floor(next() * 3);
        try {
          await prisma.$transaction((tx) => reserveStock(tx, { variantId: v.id, quantity, orderId: `o-${i}` }));
        } catch {
          refused++;
          continue;
        }
        await prisma.$transaction((tx) => (next() < 0.6 ? commitSale(tx, { variantId: v.id, quantity, orderId: `o-${i}` }) : releaseStock(tx, { variantId: v.id, quantity, orderId: `o-${i}` })));
      }
    }
    expect(refused).toBeGreaterThan(0); // the sequence did hit the limits
    expect(await ledgerMismatches(prisma)).toEqual([]);
    for (const v of variants) {
      const sums = await prisma.inventoryMovement.aggregate({ where: { variantId: v.id }, _sum: { onHandDelta: true, reservedDelta: true } });
      const row = await prisma.productVariant.findUniqueOrThrow({ where: { id: v.id } });
      expect(row.onHand).toBeGreaterThanOrEqual(0);
      expect(sums._sum.onHandDelta ?? 0).toBe(row.onHand);
      expect(sums._sum.reservedDelta ?? 0).toBe(row.reserved);
    }
  });

  it("concurrent adjustments of one variant all land (row lock), and the ledger agrees", async () => {
    const { actor, seller, variants } = await setup([0]);
    const v = variants[0];
    await Promise.all(Array.from({ length: 8 }, () => adjustVariantStock({ sellerId: seller.id, actorId: actor.id, input: { variantId: v.id, reason: "RESTOCK", quantity: 3 } })));
    expect(await onHandOf(v.id)).toBe(24);
    expect(await ledgerMismatches(prisma)).toEqual([]);
  });

  it("another seller's variant is not found: nothing changes, nothing is written", async () => {
    const a = await setup([5]);
    const b = await setup([5]);
    const before = await prisma.inventoryMovement.count();
    expect(await adjustVariantStock({ sellerId: a.seller.id, actorId: a.actor.id, input: { variantId: b.variants[0].id, reason: "RESTOCK", quantity: 100 } })).toEqual({ ok: false, notFound: true });
    expect(await setLowStockThreshold(a.seller.id, b.variants[0].id, 99)).toBe(false);
    expect(await getInventoryVariant(a.seller.id, b.variants[0].id)).toBeNull();
    expect((await listMovements(a.seller.id, b.variants[0].id)).rows).toEqual([]);
    expect(await onHandOf(b.variants[0].id)).toBe(5);
    expect(await prisma.inventoryMovement.count()).toBe(before);
  });
});

describe("listInventory", () => {
  it("shows on hand, reserved and available; the low filter keeps variants at or under their threshold", async () => {
    const { seller, variants } = await setup([10, 3]);
    await prisma.$transaction((tx) => reserveStock(tx, { variantId: variants[0].id, quantity: 6, orderId: "o" }));
    const all = await listInventory(seller.id);
    expect(all.rows.map((r) => [r.sku, r.onHand, r.reserved, r.available, r.low])).toEqual([
      ["MO-1", 10, 6, 4, true],
      ["MO-2", 3, 0, 3, true],
    ]);
    expect(all.lowCount).toBe(2);
    expect(await setLowStockThreshold(seller.id, variants[1].id, 2)).toBe(true);
    const low = await listInventory(seller.id, { low: true });
    expect(low.rows.map((r) => r.sku)).toEqual(["MO-1"]);
    expect((await listInventory(seller.id, { q: "mat ong" })).total).toBe(2);
    expect((await listInventory(seller.id, { q: "MO-2" })).rows.map((r) => r.sku)).toEqual(["MO-2"]);
  });
});

// The batch adjustment the CSV import uses, against real PostgreSQL: one movement per variant in
// the order given, and all or nothing — a variant that would drop below its reservation (or is
// another seller's) is named and nothing at all is written, even inside a transaction that goes on.
import { describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { createProduct, createSeller, createUser } from "../../../prisma/factories";
import { adjustStockMany, ledgerMismatches, reserveStock, StockError } from "./index.server";

async function shop() {
  const actor = await createUser();
  const seller = await createSeller({ status: "APPROVED", owner: actor });
  const product = await createProduct({
    sellerId: seller.id,
    variants: [
      { label: "Gói 250 g", price: 50_000, onHand: 5 },
      { label: "Gói 500 g", price: 90_000, onHand: 5 },
      { label: "Gói 1 kg", price: 170_000, onHand: 5 },
    ],
  });
  return { actor, seller, variants: product.variants };
}

const stock = (ids: string[]) => prisma.productVariant.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" }, select: { id: true, onHand: true } });

describe("adjustStockMany", () => {
  it("changes every variant with one movement each, in the order given", async () => {
    const { actor, seller, variants } = await shop();
    const [a, b, c] = variants;
    const n = await prisma.$transaction((tx) =>
      adjustStockMany(tx, { sellerId: seller.id, reason: "IMPORT", actorId: actor.id, items: [{ variantId: c.id, delta: 7 }, { variantId: a.id, delta: -5 }, { variantId: b.id, delta: 1 }] }),
    );
    expect(n).toBe(3);
    expect(Object.fromEntries((await stock([a.id, b.id, c.id])).map((v) => [v.id, v.onHand]))).toEqual({ [a.id]: 0, [b.id]: 6, [c.id]: 12 });
    const movements = await prisma.inventoryMovement.findMany({ where: { sellerId: seller.id, reason: "IMPORT" }, orderBy: { id: "asc" } });
    expect(movements.map((m) => [m.variantId, m.onHandDelta, m.reservedDelta, m.actorId])).toEqual([
      [c.id, 7, 0, actor.id],
      [a.id, -5, 0, actor.id],
      [b.id, 1, 0, actor.id],
    ]);
    expect(await ledgerMismatches(prisma)).toEqual([]);
  });

  it("all or nothing: below a reservation, or another seller's variant, is named and nothing is written", async () => {
    const { actor, seller, variants } = await shop();
    const [a, b] = variants;
    await prisma.$transaction((tx) => reserveStock(tx, { variantId: b.id, quantity: 3, orderId: "o-many" }));
    const before = await stock([a.id, b.id]);
    const movementsBefore = await prisma.inventoryMovement.count({ where: { sellerId: seller.id } });
    // The caller even catches the error and commits: nothing of the batch is in.
    const caught = await prisma.$transaction(async (tx) => {
      try {
        await adjustStockMany(tx, { sellerId: seller.id, reason: "IMPORT", actorId: actor.id, items: [{ variantId: a.id, delta: 4 }, { variantId: b.id, delta: -3 }] });
        return null;
      } catch (error) {
        return error;
      }
    });
    expect(caught).toBeInstanceOf(StockError);
    expect(caught).toMatchObject({ code: "negative", variantId: b.id, available: 2 });
    expect(await stock([a.id, b.id])).toEqual(before);
    expect(await prisma.inventoryMovement.count({ where: { sellerId: seller.id } })).toBe(movementsBefore);

    const other = await createSeller({ status: "APPROVED" });
    await expect(prisma.$transaction((tx) => adjustStockMany(tx, { sellerId: other.id, reason: "IMPORT", actorId: null, items: [{ variantId: a.id, delta: 1 }] }))).rejects.toMatchObject({ code: "not_found" });
    await expect(prisma.$transaction((tx) => adjustStockMany(tx, { sellerId: seller.id, reason: "IMPORT", actorId: null, items: [{ variantId: a.id, delta: 1 }, { variantId: a.id, delta: 1 }] }))).rejects.toBeInstanceOf(RangeError);
    expect(await stock([a.id, b.id])).toEqual(before);
    expect(await ledgerMismatches(prisma)).toEqual([]);
  });
});

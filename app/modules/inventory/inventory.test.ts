// Stock rules against real PostgreSQL, including truly concurrent reservations.
import { describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";
import { createProduct, createSeller, createUser } from "../../../prisma/factories";
import { adjustStock, commitSale, ledgerMismatches, releaseStock, reserveStock, StockError } from "./index.server";

async function variantWith(onHand: number) {
  const seller = await createSeller({ status: "APPROVED" });
  const product = await createProduct({ sellerId: seller.id, variants: [{ label: "Hộp", price: 50_000, onHand }] });
  return { seller, variant: product.variants[0] };
}

const fresh = (id: string) => prisma.productVariant.findUniqueOrThrow({ where: { id } });

describe("inventory", () => {
  it("reserve → sell keeps the columns and the ledger in step", async () => {
    const { variant } = await variantWith(10);
    await prisma.$transaction((tx) => reserveStock(tx, { variantId: variant.id, quantity: 3, orderId: "o1" }));
    await prisma.$transaction((tx) => commitSale(tx, { variantId: variant.id, quantity: 2, orderId: "o1" }));
    await prisma.$transaction((tx) => releaseStock(tx, { variantId: variant.id, quantity: 1, orderId: "o1" }));
    expect(await fresh(variant.id)).toMatchObject({ onHand: 8, reserved: 0 });
    expect(await ledgerMismatches(prisma)).toEqual([]);
  });

  it("refuses to reserve more than is available and writes nothing", async () => {
    const { variant } = await variantWith(2);
    await expect(prisma.$transaction((tx) => reserveStock(tx, { variantId: variant.id, quantity: 3, orderId: "o" }))).rejects.toMatchObject({ code: "insufficient", available: 2 });
    expect(await fresh(variant.id)).toMatchObject({ onHand: 2, reserved: 0 });
    expect(await prisma.inventoryMovement.count({ where: { variantId: variant.id } })).toBe(1); // INITIAL only
  });

  it("an adjustment cannot take on hand below what is reserved, nor touch another seller's variant", async () => {
    const { seller, variant } = await variantWith(5);
    const other = await createSeller({ status: "APPROVED" });
    const actor = await createUser();
    await prisma.$transaction((tx) => reserveStock(tx, { variantId: variant.id, quantity: 4, orderId: "o" }));
    await expect(prisma.$transaction((tx) => adjustStock(tx, { sellerId: seller.id, variantId: variant.id, delta: -2, reason: "DAMAGE", actorId: actor.id }))).rejects.toBeInstanceOf(StockError);
    await expect(prisma.$transaction((tx) => adjustStock(tx, { sellerId: other.id, variantId: variant.id, delta: 10, reason: "RESTOCK", actorId: actor.id }))).rejects.toMatchObject({ code: "not_found" });
    await prisma.$transaction((tx) => adjustStock(tx, { sellerId: seller.id, variantId: variant.id, delta: -1, reason: "DAMAGE", actorId: actor.id, note: "Vỡ chai" }));
    expect(await fresh(variant.id)).toMatchObject({ onHand: 4, reserved: 4 });
    expect(await ledgerMismatches(prisma)).toEqual([]);
  });

  it("100 concurrent reservations for 40 units sell exactly 40 (pool of 20, truly parallel)", async () => {
    const { variant } = await variantWith(40);
    const pool = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 20 }) });
    try {
      const results = await Promise.allSettled(
        Array.from({ length: 100 }, (_, i) => pool.$transaction((tx) => reserveStock(tx as Tx, { variantId: variant.id, quantity: 1, orderId: `o${i}` }))),
      );
      const ok = results.filter((r) => r.status === "fulfilled").length;
      expect(ok).toBe(40);
      expect(results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason instanceof StockError)).toBe(true);
      expect(await fresh(variant.id)).toMatchObject({ onHand: 40, reserved: 40 });
      expect(await ledgerMismatches(prisma)).toEqual([]);
    } finally {
      await pool.$disconnect();
    }
  });

  it("the same race against a read-then-write version oversells (why the update is conditional)", async () => {
    const { variant } = await variantWith(40);
    const pool = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 20 }) });
    // The naive version: read the availability, decide in JS, write the new value.
    const naiveReserve = (tx: Tx) =>
      (async () => {
        const v = await tx.productVariant.findUniqueOrThrow({ where: { id: variant.id } });
        if (v.onHand - v.reserved < 1) throw new Error("sold out");
        await new Promise((r) => setTimeout(r, 5)); // the gap every real request has
        await tx.$executeRaw`UPDATE product_variants SET reserved = ${v.reserved + 1} WHERE id = ${variant.id}`;
      })();
    try {
      const results = await Promise.allSettled(Array.from({ length: 100 }, () => pool.$transaction((tx) => naiveReserve(tx as Tx))));
      const ok = results.filter((r) => r.status === "fulfilled").length;
      const after = await fresh(variant.id);
      // More "successful" reservations than units, and a reserved count that lost updates.
      expect(ok).toBeGreaterThan(40);
      expect(after.reserved).toBeLessThan(ok);
    } finally {
      await pool.$disconnect();
    }
  });
});

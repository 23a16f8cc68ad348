// The seller ledger: commission rounding, balance = credits − payouts, entries scoped by seller.
import { describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { createTestOrder } from "~/modules/payments/testing.server";
import { createUser } from "../../../prisma/factories";
import { commissionFor, creditDeliveredSellerOrder, listLedgerEntries, sellerBalance } from "./index.server";

describe("commissionFor", () => {
  it("rounds to whole đồng", () => {
    expect(commissionFor(210_000, 500)).toBe(10_500);
    expect(commissionFor(33_333, 500)).toBe(1_667); // 1 666.65
    expect(commissionFor(10_010, 250)).toBe(250); // 250.25
    expect(commissionFor(50_000, 0)).toBe(0);
  });
});

describe("seller ledger", () => {
  it("credits a delivered part once, subtracts payouts, and shows only the seller's own entries", async () => {
    const { sellerOrders, order } = await createTestOrder();
    const [a, b] = sellerOrders;
    // Only a delivered seller order may be credited.
    await expect(prisma.$transaction((tx) => creditDeliveredSellerOrder(tx, a.id))).rejects.toThrow(/not DELIVERED/);
    await prisma.sellerOrder.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { status: "DELIVERED", deliveredAt: new Date() } });

    const credit = await prisma.$transaction((tx) => creditDeliveredSellerOrder(tx, a.id));
    expect(credit).toMatchObject({ sellerId: a.sellerId, gross: 210_000, commission: 10_500, amount: 199_500 });
    expect(await prisma.$transaction((tx) => creditDeliveredSellerOrder(tx, a.id))).toBeNull();
    await prisma.$transaction((tx) => creditDeliveredSellerOrder(tx, b.id));

    const admin = await createUser({ role: "ADMIN" });
    const payout = await prisma.payout.create({ data: { sellerId: a.sellerId, amount: 150_000, bankReference: "FT2611001", paidOn: new Date("2026-11-20"), recordedById: admin.id } });
    await prisma.sellerLedgerEntry.create({ data: { sellerId: a.sellerId, type: "PAYOUT", amount: -150_000, payoutId: payout.id } });

    expect(await sellerBalance(a.sellerId)).toBe(49_500);
    expect(await sellerBalance(b.sellerId)).toBe(85_000 - 4_250);
    const page = await listLedgerEntries(a.sellerId);
    expect(page.entries.map((e) => e.type).sort()).toEqual(["PAYOUT", "SALE"]);
    expect(page.entries.find((e) => e.type === "SALE")).toMatchObject({ orderCode: order.code, gross: 210_000, commission: 10_500 });
    expect(page.entries.find((e) => e.type === "PAYOUT")).toMatchObject({ amount: -150_000, payout: { bankReference: "FT2611001" } });
    expect(page.totals).toEqual({ sales: 199_500, commission: 10_500, payouts: 150_000 });
  });
});

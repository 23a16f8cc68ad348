// Test helpers for commission and payouts.
import { prisma } from "~/lib/db.server";
import { creditDeliveredSellerOrder } from "~/modules/ledger/index.server";
import { createTestOrder } from "~/modules/payments/testing.server";

/**
 * A seller credited with delivered sales (real SALE entries through the ledger, 5 % commission):
 * one test order with a part per sale, each part delivered and credited, then the
 * entries gathered on the first part's seller and dated.
 */
export async function sellerWithSales(sales: { gross: number; commission: number; at?: Date }[], kind: "COOPERATIVE" | "HOUSEHOLD" = "COOPERATIVE") {
  const { sellerOrders } = await createTestOrder({ parts: sales.map((s) => ({ lines: [{ price: s.gross, quantity: 1 }] })) });
  const sellerId = sellerOrders[0].sellerId;
  await prisma.sellerOrder.updateMany({ where: { id: { in: sellerOrders.map((so) => so.id) } }, data: { status: "DELIVERED", deliveredAt: new Date() } });
  for (const [i, so] of sellerOrders.entries()) {
    const credit = await prisma.$transaction((tx) => creditDeliveredSellerOrder(tx, so.id));
    if (!credit || credit.gross !== sales[i].gross || credit.commission !== sales[i].commission) throw new Error(`unexpected credit ${JSON.stringify(credit)}`);
    await prisma.sellerLedgerEntry.update({ where: { id: BigInt(credit.id) }, data: { sellerId, ...(sales[i].at ? { createdAt: sales[i].at } : {}) } });
  }
  return prisma.seller.update({ where: { id: sellerId }, data: { kind } });
}

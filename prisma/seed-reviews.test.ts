// The demo reviews: each on a delivered order line of its author, the whole seeded database
// still obeying the domain rules (test/invariants.ts), and every product's rating sums exactly
// its visible reviews'.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { checkInvariants } from "../test/invariants";
import { seed } from "./seed";
import { DEMO_REVIEWS } from "./seed-reviews";

beforeAll(async () => {
  await seed(prisma, { base: new Date("2026-01-15T00:00:00Z"), images: false, reindex: false, log: () => {} });
}, 120_000);

describe("demo reviews", () => {
  it("are on delivered lines of their authors' orders, dated after delivery, with orders that obey every rule", async () => {
    const reviews = await prisma.review.findMany({ include: { orderLine: { include: { order: true, sellerOrder: true } } } });
    expect(reviews).toHaveLength(DEMO_REVIEWS.length);
    for (const r of reviews) {
      expect(r.orderLine.sellerOrder.status).toBe("DELIVERED");
      expect(r.orderLine.order.buyerId).toBe(r.authorId);
      expect(r.createdAt.getTime()).toBeGreaterThan(r.orderLine.sellerOrder.deliveredAt!.getTime());
      expect(r.orderLine.order.createdAt.getTime()).toBeLessThan(r.orderLine.sellerOrder.deliveredAt!.getTime());
    }
    expect(await checkInvariants(prisma)).toEqual([]);
  });

  it("every product's rating_sum / rating_count are its visible reviews'", async () => {
    const drift = await prisma.$queryRaw<unknown[]>`
      SELECT p.id FROM products p LEFT JOIN reviews r ON r.product_id = p.id AND r.status = 'VISIBLE'
      GROUP BY p.id HAVING p.rating_sum <> coalesce(sum(r.rating), 0) OR p.rating_count <> count(r.id)`;
    expect(drift).toEqual([]);
    expect(await prisma.product.count({ where: { ratingCount: { gt: 0 } } })).toBe(new Set(DEMO_REVIEWS.map((r) => r.product)).size);
  });
});

// Reviews against real PostgreSQL: only a delivered line of one's own order can be reviewed, once;
// edits for 30 days; the product's rating sums stay exactly the visible reviews' (compared with SQL
// after every create, edit, hide and unhide); photos go through the product upload pipeline; the
// seller answers its own reviews only; hide/unhide are audited; per-user rate limits.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import type { ProductVariant, User } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { confirmSellerOrder, markDelivered, markShipped } from "~/modules/orders/index.server";
import { confirmOrderPayment } from "~/modules/payments/index.server";
import { createTestOrder, createTestVariant } from "~/modules/payments/testing.server";
import { createReview as createReviewRow, createUser } from "../../../prisma/factories";
import {
  createReview,
  getReviewFormData,
  hideReview,
  listProductReviews,
  listSellerReviews,
  replyToReview,
  REVIEW_CREATE_RULE,
  reviewStatesForLines,
  unhideReview,
  updateReview,
  voteHelpful,
} from "./index.server";
import { reviewerDisplayName } from "./schemas";

const uploads = await fs.mkdtemp(path.join(os.tmpdir(), "ocop-reviews-"));
const previousUploads = process.env.UPLOADS_DIR;
let admin: User;

beforeAll(async () => {
  process.env.UPLOADS_DIR = uploads;
  admin = await createUser({ role: "ADMIN", name: "Quản Trị Đánh Giá" });
});

afterAll(async () => {
  process.env.UPLOADS_DIR = previousUploads;
  await fs.rm(uploads, { recursive: true, force: true });
});

type Stage = "paid" | "shipped" | "delivered";

/** An order of `variant` for `buyer`, taken to `stage` through the real payment and fulfilment code. */
async function orderLine(variant: ProductVariant, { buyer, stage = "delivered" }: { buyer?: User; stage?: Stage } = {}) {
  const t = await createTestOrder({ buyer, parts: [{ lines: [{ price: variant.price, quantity: 1, variant }] }] });
  const paid = await confirmOrderPayment({ orderId: t.order.id, provider: "VIETQR", amount: t.order.total, currency: "VND", reference: `rv-${t.order.code}` });
  expect(paid.result).toBe("paid");
  const so = t.sellerOrders[0];
  const actor = { sellerId: so.sellerId, sellerOrderId: so.id, actorId: admin.id };
  if (stage !== "paid") {
    expect(await confirmSellerOrder(actor)).toMatchObject({ ok: true });
    expect(await markShipped({ ...actor, carrier: "GHN", trackingNumber: "GHN-RV-1" })).toMatchObject({ ok: true });
  }
  if (stage === "delivered") expect(await markDelivered(actor)).toMatchObject({ ok: true });
  return { line: t.lines[0], buyer: t.buyer, sellerId: so.sellerId };
}

/** The product's stored sums next to what SQL computes from its visible reviews. */
async function sums(productId: string) {
  const product = await prisma.product.findUniqueOrThrow({ where: { id: productId }, select: { ratingSum: true, ratingCount: true } });
  const [sql] = await prisma.$queryRaw<{ sum: number; count: number; avg: number | null }[]>`
    SELECT coalesce(sum(rating), 0)::int AS sum, count(*)::int AS count, avg(rating)::float AS avg
    FROM reviews WHERE product_id = ${productId} AND status = 'VISIBLE'`;
  return { stored: { sum: product.ratingSum, count: product.ratingCount }, sql: { sum: sql.sum, count: sql.count }, avg: sql.avg, storedAvg: product.ratingCount ? product.ratingSum / product.ratingCount : null };
}

async function expectSumsExact(productId: string) {
  const s = await sums(productId);
  expect(s.stored).toEqual(s.sql);
  expect(s.storedAvg).toBe(s.avg);
  return s;
}

async function photo(width = 800, height = 600, format: "jpeg" | "png" = "jpeg"): Promise<File> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } });
  const buffer = await (format === "jpeg" ? image.jpeg() : image.png()).toBuffer();
  return new File([buffer], `anh.${format === "jpeg" ? "jpg" : "png"}`, { type: `image/${format}` });
}

describe("who may review", () => {
  it("refuses a line that was not delivered, and another person's line; accepts the buyer's delivered line", async () => {
    const variant = await createTestVariant(150_000, 50);
    const paid = await orderLine(variant, { stage: "paid" });
    const shipped = await orderLine(variant, { stage: "shipped" });
    expect(await createReview({ userId: paid.buyer.id, lineId: paid.line.id, input: { rating: 5 } })).toEqual({ ok: false, error: "not_delivered" });
    expect(await createReview({ userId: shipped.buyer.id, lineId: shipped.line.id, input: { rating: 5 } })).toEqual({ ok: false, error: "not_delivered" });

    const delivered = await orderLine(variant);
    const stranger = await createUser();
    expect(await createReview({ userId: stranger.id, lineId: delivered.line.id, input: { rating: 1 } })).toEqual({ ok: false, error: "not_found" });
    expect(await createReview({ userId: delivered.buyer.id, lineId: "khong-co", input: { rating: 1 } })).toEqual({ ok: false, error: "not_found" });
    expect(await getReviewFormData(stranger.id, delivered.line.id)).toBeNull();
    expect(await prisma.review.count({ where: { productId: variant.productId } })).toBe(0);

    const ok = await createReview({ userId: delivered.buyer.id, lineId: delivered.line.id, input: { rating: 4, body: "  Gạo thơm, dẻo.  " } });
    expect(ok).toMatchObject({ ok: true });
    const row = await prisma.review.findFirstOrThrow({ where: { orderLineId: delivered.line.id } });
    expect(row).toMatchObject({ authorId: delivered.buyer.id, productId: variant.productId, sellerId: delivered.sellerId, rating: 4, body: "Gạo thơm, dẻo.", status: "VISIBLE" });
    // The search document is queued in the same transaction.
    expect(await prisma.searchOutbox.count({ where: { productId: variant.productId } })).toBeGreaterThan(0);
  });

  it("one review per line: a second one is refused with a clear error, also when two race", async () => {
    const variant = await createTestVariant(90_000, 20);
    const { line, buyer } = await orderLine(variant);
    expect(await createReview({ userId: buyer.id, lineId: line.id, input: { rating: 5 } })).toMatchObject({ ok: true });
    expect(await createReview({ userId: buyer.id, lineId: line.id, input: { rating: 1 } })).toEqual({ ok: false, error: "already_reviewed" });

    const second = await orderLine(variant);
    const results = await Promise.all([1, 2, 3].map((n) => createReview({ userId: second.buyer.id, lineId: second.line.id, input: { rating: n } })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error === "already_reviewed")).toBe(true);
    expect(await prisma.review.count({ where: { productId: variant.productId } })).toBe(2);
    await expectSumsExact(variant.productId);
  });

  it("validates the rating and the text length", async () => {
    const variant = await createTestVariant(90_000, 5);
    const { line, buyer } = await orderLine(variant);
    expect(await createReview({ userId: buyer.id, lineId: line.id, input: { rating: 6 } })).toMatchObject({ ok: false, error: "invalid", fieldErrors: { rating: ["errors.ratingRequired"] } });
    expect(await createReview({ userId: buyer.id, lineId: line.id, input: { rating: 3, body: "a".repeat(2001) } })).toMatchObject({ ok: false, fieldErrors: { body: ["errors.bodyTooLong"] } });
    expect(await prisma.review.count({ where: { orderLineId: line.id } })).toBe(0);
  });
});

describe("editing", () => {
  it("the author edits within 30 days; not after, and nobody else", async () => {
    const variant = await createTestVariant(120_000, 10);
    const { line, buyer } = await orderLine(variant);
    const created = await createReview({ userId: buyer.id, lineId: line.id, input: { rating: 2, body: "Giao chậm." } });
    if (!created.ok) throw new Error("not created");
    const review = await prisma.review.findUniqueOrThrow({ where: { id: created.reviewId } });
    const day29 = new Date(review.createdAt.getTime() + 29 * 86_400_000);
    const day31 = new Date(review.createdAt.getTime() + 31 * 86_400_000);

    const other = await createUser();
    expect(await updateReview({ userId: other.id, reviewId: review.id, input: { rating: 5 } })).toEqual({ ok: false, error: "not_found" });
    expect(await updateReview({ userId: buyer.id, reviewId: review.id, input: { rating: 4, body: "Giao chậm nhưng gạo ngon." }, now: day29 })).toMatchObject({ ok: true });
    expect(await updateReview({ userId: buyer.id, reviewId: review.id, input: { rating: 1 }, now: day31 })).toEqual({ ok: false, error: "edit_window_closed" });
    expect(await prisma.review.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({ rating: 4, body: "Giao chậm nhưng gạo ngon." });
    expect(await getReviewFormData(buyer.id, line.id, day31)).toMatchObject({ review: { canEdit: false } });
    expect(await reviewStatesForLines(buyer.id, [line.id], day29)).toEqual({ [line.id]: { reviewId: review.id, rating: 4, canEdit: true, hidden: false } });
    await expectSumsExact(variant.productId);
  });
});

describe("the product's rating", () => {
  it("stays exactly the visible reviews' after creates, edits, hides and unhides (compared with SQL AVG)", async () => {
    const variant = await createTestVariant(200_000, 30);
    const productId = variant.productId;
    const lines = [];
    for (let i = 0; i < 4; i++) lines.push(await orderLine(variant));
    const ids: string[] = [];
    for (const [i, rating] of [5, 4, 2, 5].entries()) {
      const r = await createReview({ userId: lines[i].buyer.id, lineId: lines[i].line.id, input: { rating } });
      if (!r.ok) throw new Error(JSON.stringify(r));
      ids.push(r.reviewId);
      await expectSumsExact(productId);
    }
    expect((await sums(productId)).stored).toEqual({ sum: 16, count: 4 });

    // Edit 2 → 3: the sum moves by the difference.
    expect(await updateReview({ userId: lines[2].buyer.id, reviewId: ids[2], input: { rating: 3 } })).toMatchObject({ ok: true });
    expect((await expectSumsExact(productId)).stored).toEqual({ sum: 17, count: 4 });

    // Hide the 5: out of the average; a second hide is refused; a hidden review edited stays out.
    const actor = { id: admin.id, ipAddress: "203.0.113.9" };
    expect(await hideReview(ids[0], "", actor)).toEqual({ ok: false, error: "reason_required" });
    expect(await hideReview(ids[0], "Quảng cáo sản phẩm khác", actor)).toEqual({ ok: true });
    expect(await hideReview(ids[0], "lần nữa", actor)).toEqual({ ok: false, error: "invalid_transition" });
    expect((await expectSumsExact(productId)).stored).toEqual({ sum: 12, count: 3 });
    expect(await updateReview({ userId: lines[0].buyer.id, reviewId: ids[0], input: { rating: 1 } })).toMatchObject({ ok: true });
    expect((await expectSumsExact(productId)).stored).toEqual({ sum: 12, count: 3 });

    // The author sees the reason; the public list leaves the review out.
    expect(await getReviewFormData(lines[0].buyer.id, lines[0].line.id)).toMatchObject({ review: { status: "HIDDEN", hiddenReason: "Quảng cáo sản phẩm khác" } });
    const list = await listProductReviews(productId, { sort: "newest", page: 1 });
    expect(list.total).toBe(3);
    expect(list.reviews.map((r) => r.id)).not.toContain(ids[0]);

    // Unhide: back in with its edited rating.
    expect(await unhideReview(ids[0], actor, "Đã xác minh lại")).toEqual({ ok: true });
    expect((await expectSumsExact(productId)).stored).toEqual({ sum: 13, count: 4 });
    expect(await unhideReview(ids[0], actor)).toEqual({ ok: false, error: "invalid_transition" });

    // Both moderation steps are audited with the admin and the reason.
    const audit = await prisma.auditLog.findMany({ where: { entityId: ids[0] }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["review.hide", "review.unhide"]);
    expect(audit[0]).toMatchObject({ actorId: admin.id, entityType: "review", reason: "Quảng cáo sản phẩm khác", ipAddress: "203.0.113.9" });
    expect(audit[1]).toMatchObject({ reason: "Đã xác minh lại" });
  });

  it("concurrent edits and a hide on one review leave the sums exact", async () => {
    const variant = await createTestVariant(80_000, 10);
    const { line, buyer } = await orderLine(variant);
    const r = await createReview({ userId: buyer.id, lineId: line.id, input: { rating: 1 } });
    if (!r.ok) throw new Error("not created");
    await Promise.all([
      updateReview({ userId: buyer.id, reviewId: r.reviewId, input: { rating: 5 } }),
      hideReview(r.reviewId, "Kiểm tra", { id: admin.id }),
      updateReview({ userId: buyer.id, reviewId: r.reviewId, input: { rating: 3 } }),
    ]);
    await expectSumsExact(variant.productId);
  });
});

describe("photos", () => {
  it("up to 4, sniffed and re-encoded to WebP; a fifth or a fake is refused next to the field; removed photos are deleted", async () => {
    const variant = await createTestVariant(60_000, 10);
    const { line, buyer } = await orderLine(variant);
    const fake = new File([Buffer.from("<script>alert(1)</script>")], "anh.jpg", { type: "image/jpeg" });
    expect(await createReview({ userId: buyer.id, lineId: line.id, input: { rating: 5, photos: [fake] } })).toMatchObject({
      ok: false,
      fieldErrors: { photos: ['errors.imageType|{"name":"anh.jpg"}'] },
    });
    const five = await Promise.all([1, 2, 3, 4, 5].map(() => photo(400, 300)));
    expect(await createReview({ userId: buyer.id, lineId: line.id, input: { rating: 5, photos: five } })).toMatchObject({
      ok: false,
      fieldErrors: { photos: ['errors.photosTooMany|{"max":4,"free":4}'] },
    });

    const created = await createReview({ userId: buyer.id, lineId: line.id, input: { rating: 5, photos: [await photo(), await photo(300, 300, "png")] } });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const review = await prisma.review.findUniqueOrThrow({ where: { id: created.reviewId } });
    expect(review.photoKeys).toHaveLength(2);
    for (const key of review.photoKeys) {
      expect(key.startsWith(`reviews/${variant.productId}/`)).toBe(true);
      const meta = await sharp(path.join(uploads, `${key}-640.webp`)).metadata();
      expect(meta.format).toBe("webp");
    }

    // Edit: remove one, add three → 4; one more would be five.
    const [removed, kept] = review.photoKeys;
    const three = await Promise.all([1, 2, 3].map(() => photo(500, 500)));
    expect(await updateReview({ userId: buyer.id, reviewId: review.id, input: { rating: 5, photos: [...three, await photo()] }, removePhotos: [removed] })).toMatchObject({
      ok: false,
      fieldErrors: { photos: ['errors.photosTooMany|{"max":4,"free":3}'] },
    });
    expect(await updateReview({ userId: buyer.id, reviewId: review.id, input: { rating: 5, photos: three }, removePhotos: [removed] })).toMatchObject({ ok: true });
    const after = await prisma.review.findUniqueOrThrow({ where: { id: review.id } });
    expect(after.photoKeys).toHaveLength(4);
    expect(after.photoKeys[0]).toBe(kept);
    await expect(fs.access(path.join(uploads, `${removed}-640.webp`))).rejects.toThrow();
  });
});

describe("seller answers, helpful votes, lists", () => {
  it("the seller answers its own reviews once (editable); another seller cannot", async () => {
    const variant = await createTestVariant(70_000, 10);
    const { line, buyer, sellerId } = await orderLine(variant);
    const r = await createReview({ userId: buyer.id, lineId: line.id, input: { rating: 3, body: "Hơi ngọt." } });
    if (!r.ok) throw new Error("not created");
    const otherSeller = (await createTestVariant(10_000, 1)).sellerId;
    expect(await replyToReview({ sellerId: otherSeller, reviewId: r.reviewId, reply: "Chen ngang" })).toEqual({ ok: false, error: "not_found" });
    expect(await replyToReview({ sellerId, reviewId: r.reviewId, reply: "   " })).toEqual({ ok: false, error: "invalid" });
    const first = new Date("2026-03-01T03:00:00Z");
    expect(await replyToReview({ sellerId, reviewId: r.reviewId, reply: "Cảm ơn anh/chị!", now: first })).toEqual({ ok: true });
    expect(await replyToReview({ sellerId, reviewId: r.reviewId, reply: "Cảm ơn anh/chị, lần sau HTX giảm đường." })).toEqual({ ok: true });
    expect(await prisma.review.findUniqueOrThrow({ where: { id: r.reviewId } })).toMatchObject({ reply: "Cảm ơn anh/chị, lần sau HTX giảm đường.", repliedAt: first });
    const mine = await listSellerReviews(sellerId, { filter: "unanswered" });
    expect(mine.total).toBe(0);
    const all = await listSellerReviews(sellerId);
    expect(all.rows.map((x) => x.id)).toEqual([r.reviewId]);
    expect(all.average).toBe(3);
    expect((await listSellerReviews(otherSeller)).total).toBe(0);
  });

  it("helpful: once per user, not on one's own review; 'most helpful' orders by it; stars filter; short author names", async () => {
    const variant = await createTestVariant(50_000, 20);
    const a = await orderLine(variant, { buyer: await createUser({ name: "Nguyễn Thị Lan" }) });
    const b = await orderLine(variant, { buyer: await createUser({ name: "Trần Văn Bình" }) });
    const ra = await createReview({ userId: a.buyer.id, lineId: a.line.id, input: { rating: 4 } });
    const rb = await createReview({ userId: b.buyer.id, lineId: b.line.id, input: { rating: 5 } });
    if (!ra.ok || !rb.ok) throw new Error("not created");
    const voter = await createUser();
    expect(await voteHelpful({ userId: a.buyer.id, reviewId: ra.reviewId })).toEqual({ ok: false, error: "own_review" });
    expect(await voteHelpful({ userId: voter.id, reviewId: ra.reviewId })).toEqual({ ok: true, counted: true });
    expect(await voteHelpful({ userId: voter.id, reviewId: ra.reviewId })).toEqual({ ok: true, counted: false });
    expect(await voteHelpful({ userId: b.buyer.id, reviewId: ra.reviewId })).toEqual({ ok: true, counted: true });

    const newest = await listProductReviews(variant.productId, { sort: "newest", page: 1 }, voter.id);
    expect(newest.reviews.map((r) => r.id)).toEqual([rb.reviewId, ra.reviewId]);
    const helpful = await listProductReviews(variant.productId, { sort: "helpful", page: 1 }, voter.id);
    expect(helpful.reviews.map((r) => [r.id, r.helpfulCount, r.votedByViewer])).toEqual([
      [ra.reviewId, 2, true],
      [rb.reviewId, 0, false],
    ]);
    expect(helpful.reviews.map((r) => r.author)).toEqual(["Lan N.", "Bình T."]);
    const fours = await listProductReviews(variant.productId, { sort: "newest", stars: 4, page: 1 });
    expect(fours.reviews.map((r) => r.id)).toEqual([ra.reviewId]);
    const paged = await listProductReviews(variant.productId, { sort: "newest", page: 9 }, null, 1);
    expect(paged).toMatchObject({ total: 2, page: 2, pageCount: 2 });
    expect(reviewerDisplayName("Lan")).toBe("Lan");
  });
});

describe("rate limits", () => {
  it("a user who wrote too many reviews in the last hour is refused (and nothing is stored)", async () => {
    const variant = await createTestVariant(40_000, 5);
    const { line, buyer } = await orderLine(variant);
    await prisma.rateLimitEvent.createMany({ data: Array.from({ length: REVIEW_CREATE_RULE.limit }, () => ({ scope: REVIEW_CREATE_RULE.scope, key: buyer.id })) });
    const refused = await createReview({ userId: buyer.id, lineId: line.id, input: { rating: 5 } });
    expect(refused).toMatchObject({ ok: false, error: "rate_limited" });
    expect(await prisma.review.count({ where: { orderLineId: line.id } })).toBe(0);
    await expectSumsExact(variant.productId);
  });
});

describe("the factory", () => {
  it("counts a visible review in its product's sums and refuses an undelivered line", async () => {
    const variant = await createTestVariant(40_000, 5);
    const delivered = await orderLine(variant);
    const paid = await orderLine(variant, { stage: "paid" });
    await createReviewRow({ orderLineId: delivered.line.id, rating: 4 });
    await expect(createReviewRow({ orderLineId: paid.line.id, rating: 4 })).rejects.toThrow(/not delivered/);
    expect((await expectSumsExact(variant.productId)).stored).toEqual({ sum: 4, count: 1 });
  });
});

// What the review pages read: the shopper's own review of a line (form and order page), a
// product's visible reviews (sorted, filtered, paged), a seller's reviews to answer and the
// operator's search. Writes are in reviews.server.ts.
import { Prisma, type ReviewStatus } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { editableUntil, findBuyerLine, reviewPhotoUrl, type ReviewableLine } from "./reviews.server";
import { REVIEWS_PAGE_SIZE, reviewerDisplayName, type ReviewListParams, type SellerReviewFilter } from "./schemas";


export type ReviewPhoto = { key: string; src: string };

export type OwnReview = {
  id: string;
  rating: number;
  body: string;
  photos: ReviewPhoto[];
  status: ReviewStatus;
  hiddenReason: string | null;
  reply: string | null;
  createdAt: Date;
  editableUntil: Date;
  canEdit: boolean;
};

export type ReviewFormData = { line: ReviewableLine; delivered: boolean; review: OwnReview | null };

/** What the shopper's review page needs: the line (null when it is not theirs) and their review of it. */
export async function getReviewFormData(userId: string, lineId: string, now = new Date()): Promise<ReviewFormData | null> {
  const found = await findBuyerLine(userId, lineId);
  if (!found) return null;
  const review = await prisma.review.findFirst({ where: { orderLineId: found.line.id, authorId: userId } });
  return {
    line: found.line,
    delivered: found.delivered,
    review: review
      ? {
          id: review.id,
          rating: review.rating,
          body: review.body,
          photos: review.photoKeys.map((key) => ({ key, src: reviewPhotoUrl(key) })),
          status: review.status,
          hiddenReason: review.status === "HIDDEN" ? review.hiddenReason : null,
          reply: review.reply,
          createdAt: review.createdAt,
          editableUntil: editableUntil(review.createdAt),
          canEdit: now.getTime() <= editableUntil(review.createdAt).getTime(),
        }
      : null,
  };
}

export type LineReviewState = { reviewId: string; rating: number; canEdit: boolean; hidden: boolean };

/** For the order page: the user's review of each of these lines, if any. */
export async function reviewStatesForLines(userId: string, lineIds: string[], now = new Date()): Promise<Record<string, LineReviewState>> {
  if (lineIds.length === 0) return {};
  const rows = await prisma.review.findMany({ where: { authorId: userId, orderLineId: { in: lineIds } }, select: { id: true, orderLineId: true, rating: true, status: true, createdAt: true } });
  return Object.fromEntries(
    rows.map((r) => [r.orderLineId, { reviewId: r.id, rating: r.rating, canEdit: now.getTime() <= editableUntil(r.createdAt).getTime(), hidden: r.status === "HIDDEN" }]),
  );
}

export type PublicReview = {
  id: string;
  rating: number;
  body: string;
  photos: ReviewPhoto[];
  author: string;
  createdAt: Date;
  reply: string | null;
  repliedAt: Date | null;
  helpfulCount: number;
  votedByViewer: boolean;
  byViewer: boolean;
};

export type ReviewPage = { reviews: PublicReview[]; total: number; page: number; pageCount: number; params: ReviewListParams };

/** A product's visible reviews: newest or most helpful first, optionally one star value, a page at a time. */
type PublicReviewRow = {
  id: string;
  rating: number;
  body: string;
  photo_keys: string[];
  author_id: string;
  author_name: string;
  created_at: Date;
  reply: string | null;
  replied_at: Date | null;
  helpful_count: number;
  voted: boolean;
  total: number;
};

/**
 * One page of a product's visible reviews, with their total and whether the viewer voted each
 * helpful: one statement (the product page runs it on every view; as two Prisma queries plus the
 * votes it was ~10 % of the page's server CPU). A page past the end answers the last page.
 */
export async function listProductReviews(productId: string, params: ReviewListParams, viewerId?: string | null, pageSize = REVIEWS_PAGE_SIZE): Promise<ReviewPage> {
  const stars = params.stars ?? null;
  const order = params.sort === "helpful" ? Prisma.sql`r.helpful_count DESC, r.created_at DESC, r.id ASC` : Prisma.sql`r.created_at DESC, r.id ASC`;
  const pageRows = (page: number) => prisma.$queryRaw<PublicReviewRow[]>`
    SELECT r.id, r.rating, r.body, r.photo_keys, r.author_id, u.name AS author_name, r.created_at, r.reply, r.replied_at, r.helpful_count,
           (${viewerId ?? null}::text IS NOT NULL AND EXISTS (SELECT 1 FROM review_helpful_votes v WHERE v.review_id = r.id AND v.user_id = ${viewerId ?? null}::text)) AS voted,
           count(*) OVER ()::int AS total
    FROM reviews r JOIN users u ON u.id = r.author_id
    WHERE r.product_id = ${productId} AND r.status = 'VISIBLE'::"ReviewStatus" AND (${stars}::int IS NULL OR r.rating = ${stars}::int)
    ORDER BY ${order}
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  let page = Math.max(Math.trunc(params.page) || 1, 1);
  let rows = await pageRows(page);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page > 1) {
    // Past the end: count, then answer the last page.
    total = await prisma.review.count({ where: { productId, status: "VISIBLE", ...(stars ? { rating: stars } : {}) } });
    page = Math.max(1, Math.ceil(total / pageSize));
    rows = total > 0 ? await pageRows(page) : [];
  }
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return {
    reviews: rows.map((r) => ({
      id: r.id,
      rating: r.rating,
      body: r.body,
      photos: r.photo_keys.map((key) => ({ key, src: reviewPhotoUrl(key) })),
      author: reviewerDisplayName(r.author_name),
      createdAt: r.created_at,
      reply: r.reply,
      repliedAt: r.replied_at,
      helpfulCount: r.helpful_count,
      votedByViewer: r.voted,
      byViewer: Boolean(viewerId && r.author_id === viewerId),
    })),
    total,
    page,
    pageCount,
    params: { ...params, page },
  };
}

export type SellerReviewRow = {
  id: string;
  rating: number;
  body: string;
  photos: ReviewPhoto[];
  author: string;
  createdAt: Date;
  status: ReviewStatus;
  reply: string | null;
  repliedAt: Date | null;
  product: { id: string; name: string; slug: string };
};

type ReviewRowSource = {
  id: string;
  rating: number;
  body: string;
  photoKeys: string[];
  author: { name: string };
  createdAt: Date;
  status: ReviewStatus;
  reply: string | null;
  repliedAt: Date | null;
  product: SellerReviewRow["product"];
};

/** A review as the seller's and the admin's lists show it (photo URLs, the author's short name). */
function reviewRow(r: ReviewRowSource): SellerReviewRow {
  return {
    id: r.id,
    rating: r.rating,
    body: r.body,
    photos: r.photoKeys.map((key) => ({ key, src: reviewPhotoUrl(key) })),
    author: reviewerDisplayName(r.author.name),
    createdAt: r.createdAt,
    status: r.status,
    reply: r.reply,
    repliedAt: r.repliedAt,
    product: r.product,
  };
}

/** The reviews of a seller's products (hidden ones too, marked), newest first. */
export async function listSellerReviews(sellerId: string, { filter = "all", page = 1, pageSize = 20 }: { filter?: SellerReviewFilter; page?: number; pageSize?: number } = {}) {
  const base: Prisma.ReviewWhereInput = { sellerId };
  const where: Prisma.ReviewWhereInput = filter === "unanswered" ? { ...base, reply: null } : base;
  const [total, unanswered, rating] = await Promise.all([
    prisma.review.count({ where }),
    prisma.review.count({ where: { sellerId, reply: null } }),
    prisma.product.aggregate({ where: { sellerId }, _sum: { ratingSum: true, ratingCount: true } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(Math.trunc(page) || 1, 1), pageCount);
  const rows = await prisma.review.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
    select: { id: true, rating: true, body: true, photoKeys: true, author: { select: { name: true } }, createdAt: true, status: true, reply: true, repliedAt: true, product: { select: { id: true, name: true, slug: true } } },
  });
  const count = rating._sum.ratingCount ?? 0;
  return {
    rows: rows.map(reviewRow),
    total,
    unanswered,
    average: count > 0 ? Math.round(((rating._sum.ratingSum ?? 0) / count) * 10) / 10 : null,
    ratingCount: count,
    page: current,
    pageCount,
  };
}

export type AdminReviewRow = SellerReviewRow & { hiddenReason: string | null; authorName: string; authorEmail: string; seller: { id: string; name: string } };
export const ADMIN_REVIEWS_PAGE_SIZE = 30;

/** Every review: words of the text, the product, the seller, the author (name or email) or an exact id; by status. */
export async function searchReviewsForAdmin({ q, status, page = 1, pageSize = ADMIN_REVIEWS_PAGE_SIZE }: { q?: string; status?: ReviewStatus; page?: number; pageSize?: number } = {}) {
  const words = q?.trim().slice(0, 200);
  const where: Prisma.ReviewWhereInput = {
    ...(status ? { status } : {}),
    ...(words
      ? {
          OR: [
            { id: words },
            { body: { contains: words, mode: "insensitive" } },
            { product: { name: { contains: words, mode: "insensitive" } } },
            { product: { seller: { name: { contains: words, mode: "insensitive" } } } },
            { author: { email: { contains: words.toLowerCase() } } },
            { author: { name: { contains: words, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
  const total = await prisma.review.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(Math.trunc(page) || 1, 1), pageCount);
  const rows = await prisma.review.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      rating: true,
      body: true,
      photoKeys: true,
      author: { select: { name: true, email: true } },
      createdAt: true,
      status: true,
      hiddenReason: true,
      reply: true,
      repliedAt: true,
      product: { select: { id: true, name: true, slug: true, seller: { select: { id: true, name: true } } } },
    },
  });
  return {
    reviews: rows.map(
      (r): AdminReviewRow => ({
        ...reviewRow({ ...r, product: { id: r.product.id, name: r.product.name, slug: r.product.slug } }),
        authorName: r.author.name,
        authorEmail: r.author.email,
        hiddenReason: r.hiddenReason,
        seller: r.product.seller,
      }),
    ),
    total,
    page: current,
    pageCount,
  };
}

// Verified-purchase reviews: a shopper reviews an order line that was delivered to them, once per
// line; edits for 30 days; the seller answers once (editable); the operator hides with a reason
// (audited). The product's rating_sum / rating_count count VISIBLE reviews only and change in the
// same transaction as the review, together with the search outbox row, so search documents carry
// the new rating. Each write locks the review row (SELECT … FOR UPDATE), so an edit racing a hide
// adjusts the sums from the values it actually replaces. docs/decisions/0019-reviews.md.
import { Prisma, type ReviewStatus } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";
import { hit, type RateLimitRule } from "~/modules/accounts/index.server";
import { recordAudit, type AuditActor } from "~/modules/audit/index.server";
import { discardImages, filesOfKey, inspectImage, storeImages, type InspectedImage, type StoredImage } from "~/modules/products/index.server";
import { enqueueProducts } from "~/modules/search/index.server";
import {
  EDIT_WINDOW_DAYS,
  HIDE_REASON_MAX,
  REPLY_MAX,
  REVIEW_BODY_MAX,
  REVIEW_PHOTOS_MAX,
} from "./schemas";

const DAY_MS = 86_400_000;
/** Review photos are stored in one width: the list shows them small, a click opens the same file. */
export const REVIEW_PHOTO_WIDTHS = [640] as const;

/** Per-user limits (PostgreSQL-backed, so they hold across web processes). */
export const REVIEW_CREATE_RULE: RateLimitRule = { scope: "review:user", limit: 10, windowMs: 60 * 60 * 1000 };
export const REVIEW_VOTE_RULE: RateLimitRule = { scope: "review-vote:user", limit: 60, windowMs: 60 * 60 * 1000 };

export type FieldErrors = Record<string, string[]>;

export type ReviewWriteError = "not_found" | "not_delivered" | "already_reviewed" | "edit_window_closed" | "rate_limited";
export type ReviewWriteResult =
  | { ok: true; reviewId: string }
  | { ok: false; error: ReviewWriteError; retryAfterSeconds?: number }
  | { ok: false; error: "invalid"; fieldErrors: FieldErrors };

export function reviewPhotoUrl(key: string): string {
  return `/media/${key}-${REVIEW_PHOTO_WIDTHS[0]}.webp`;
}

function photoFiles(keys: string[]): { files: string[] }[] {
  return keys.map((key) => ({ files: filesOfKey(key, REVIEW_PHOTO_WIDTHS) }));
}

export function editableUntil(createdAt: Date): Date {
  return new Date(createdAt.getTime() + EDIT_WINDOW_DAYS * DAY_MS);
}

/** Moves the product's visible-review sums; called in the transaction that changes the review. */
async function adjustRating(tx: Tx, productId: string, sumDelta: number, countDelta: number): Promise<void> {
  if (sumDelta === 0 && countDelta === 0) return;
  await tx.$executeRaw`UPDATE products SET rating_sum = rating_sum + ${sumDelta}, rating_count = rating_count + ${countDelta} WHERE id = ${productId}`;
  await enqueueProducts(tx, [productId]);
}

type LockedReview = { id: string; author_id: string; product_id: string; seller_id: string; rating: number; status: ReviewStatus; photo_keys: string[]; created_at: Date; hidden_reason: string | null; reply: string | null; replied_at: Date | null };

async function lockReview(tx: Tx, reviewId: string): Promise<LockedReview | null> {
  const rows = await tx.$queryRaw<LockedReview[]>`
    SELECT id, author_id, product_id, seller_id, rating, status::text AS status, photo_keys, created_at, hidden_reason, reply, replied_at
    FROM reviews WHERE id = ${reviewId} FOR UPDATE`;
  return rows[0] ?? null;
}

// ───────────────────────────── eligibility ─────────────────────────────

export type ReviewableLine = {
  id: string;
  orderId: string;
  title: string;
  variantLabel: string;
  productId: string;
  productSlug: string;
  sellerId: string;
  deliveredAt: Date | null;
};

/**
 * The line if it belongs to an order of `userId` (null otherwise: another person's line is not
 * found, not "forbidden"), and whether its seller order was delivered.
 */
export async function findBuyerLine(userId: string, lineId: string): Promise<{ line: ReviewableLine; delivered: boolean } | null> {
  if (!lineId || lineId.length > 64) return null;
  const line = await prisma.orderLine.findFirst({
    where: { id: lineId, order: { buyerId: userId } },
    select: {
      id: true,
      orderId: true,
      title: true,
      variantLabel: true,
      productId: true,
      sellerId: true,
      product: { select: { slug: true } },
      sellerOrder: { select: { status: true, deliveredAt: true } },
    },
  });
  if (!line) return null;
  return {
    line: {
      id: line.id,
      orderId: line.orderId,
      title: line.title,
      variantLabel: line.variantLabel,
      productId: line.productId,
      productSlug: line.product.slug,
      sellerId: line.sellerId,
      deliveredAt: line.sellerOrder.deliveredAt,
    },
    delivered: line.sellerOrder.status === "DELIVERED",
  };
}

async function checkPhotos(photos: File[], keptCount: number): Promise<{ ok: true; images: InspectedImage[] } | { ok: false; errors: string[] }> {
  const files = photos.filter((f) => f.size > 0);
  if (keptCount + files.length > REVIEW_PHOTOS_MAX) {
    return { ok: false, errors: [withParams("errors.photosTooMany", { max: REVIEW_PHOTOS_MAX, free: Math.max(0, REVIEW_PHOTOS_MAX - keptCount) })] };
  }
  const images: InspectedImage[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const inspected = await inspectImage(file);
    if (inspected.ok) images.push(inspected);
    else errors.push(withParams(inspected.problem, { name: inspected.name }));
  }
  return errors.length ? { ok: false, errors } : { ok: true, images };
}

/** "key|{json}": a message key with its parameters (the form translates it). */
export function withParams(key: string, params: Record<string, string | number>): string {
  return `${key}|${JSON.stringify(params)}`;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

// ───────────────────────────── shopper writes ─────────────────────────────

export type ReviewInput = { rating: number; body?: string; photos?: File[] };

/** A review of a delivered line of the user's order: one per line, photos re-encoded, the rating counted. */
export async function createReview({ userId, lineId, input, now = new Date() }: { userId: string; lineId: string; input: ReviewInput; now?: Date }): Promise<ReviewWriteResult> {
  const found = await findBuyerLine(userId, lineId);
  if (!found) return { ok: false, error: "not_found" };
  if (!found.delivered) return { ok: false, error: "not_delivered" };
  const { line } = found;
  if (await prisma.review.findUnique({ where: { orderLineId: line.id }, select: { id: true } })) return { ok: false, error: "already_reviewed" };
  const invalid = validateInput(input);
  if (invalid) return invalid;
  const photos = await checkPhotos(input.photos ?? [], 0);
  if (!photos.ok) return { ok: false, error: "invalid", fieldErrors: { photos: photos.errors } };

  const limit = await hit(REVIEW_CREATE_RULE, userId);
  if (!limit.allowed) return { ok: false, error: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };

  const stored: StoredImage[] = photos.images.length ? await storeImages(`reviews/${line.productId}`, photos.images, REVIEW_PHOTO_WIDTHS) : [];
  try {
    const reviewId = await prisma.$transaction(
      async (tx) => {
        const review = await tx.review.create({
          data: {
            orderLineId: line.id,
            productId: line.productId,
            sellerId: line.sellerId,
            authorId: userId,
            rating: input.rating,
            body: (input.body ?? "").trim(),
            photoKeys: stored.map((s) => s.key),
            createdAt: now,
          },
          select: { id: true },
        });
        await adjustRating(tx, line.productId, input.rating, 1);
        return review.id;
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
    return { ok: true, reviewId };
  } catch (error) {
    await discardImages(stored);
    // Two submits of the same line at once: the unique index on order_line_id keeps one.
    if (isUniqueViolation(error)) return { ok: false, error: "already_reviewed" };
    throw error;
  }
}

function validateInput(input: ReviewInput): { ok: false; error: "invalid"; fieldErrors: FieldErrors } | null {
  const fieldErrors: FieldErrors = {};
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) fieldErrors.rating = ["errors.ratingRequired"];
  if ((input.body ?? "").trim().length > REVIEW_BODY_MAX) fieldErrors.body = ["errors.bodyTooLong"];
  return Object.keys(fieldErrors).length ? { ok: false, error: "invalid", fieldErrors } : null;
}

/**
 * The author's edit, within EDIT_WINDOW_DAYS of writing: rating, text, photos removed and added
 * (at most REVIEW_PHOTOS_MAX in all). A visible review moves the product's sum by the difference.
 */
export async function updateReview({
  userId,
  reviewId,
  input,
  removePhotos = [],
  now = new Date(),
}: {
  userId: string;
  reviewId: string;
  input: ReviewInput;
  removePhotos?: string[];
  now?: Date;
}): Promise<ReviewWriteResult> {
  const current = await prisma.review.findFirst({ where: { id: reviewId, authorId: userId }, select: { id: true, photoKeys: true, createdAt: true } });
  if (!current) return { ok: false, error: "not_found" };
  if (now.getTime() > editableUntil(current.createdAt).getTime()) return { ok: false, error: "edit_window_closed" };
  const invalid = validateInput(input);
  if (invalid) return invalid;
  const removing = new Set(removePhotos.filter((k) => current.photoKeys.includes(k)));
  const kept = current.photoKeys.filter((k) => !removing.has(k));
  const photos = await checkPhotos(input.photos ?? [], kept.length);
  if (!photos.ok) return { ok: false, error: "invalid", fieldErrors: { photos: photos.errors } };

  const product = await prisma.review.findUniqueOrThrow({ where: { id: reviewId }, select: { productId: true } });
  const stored: StoredImage[] = photos.images.length ? await storeImages(`reviews/${product.productId}`, photos.images, REVIEW_PHOTO_WIDTHS) : [];
  try {
    const outcome = await prisma.$transaction(
      async (tx) => {
        const locked = await lockReview(tx, reviewId);
        if (!locked || locked.author_id !== userId) return { ok: false as const, error: "not_found" as const };
        if (now.getTime() > editableUntil(locked.created_at).getTime()) return { ok: false as const, error: "edit_window_closed" as const };
        const keys = [...locked.photo_keys.filter((k) => !removing.has(k)), ...stored.map((s) => s.key)];
        if (keys.length > REVIEW_PHOTOS_MAX) {
          return { ok: false as const, error: "invalid" as const, fieldErrors: { photos: [withParams("errors.photosTooMany", { max: REVIEW_PHOTOS_MAX, free: 0 })] } };
        }
        await tx.review.update({ where: { id: reviewId }, data: { rating: input.rating, body: (input.body ?? "").trim(), photoKeys: keys } });
        if (locked.status === "VISIBLE") await adjustRating(tx, locked.product_id, input.rating - locked.rating, 0);
        return { ok: true as const, removed: locked.photo_keys.filter((k) => removing.has(k)) };
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
    if (!outcome.ok) {
      await discardImages(stored);
      return outcome;
    }
    await discardImages(photoFiles(outcome.removed));
    return { ok: true, reviewId };
  } catch (error) {
    await discardImages(stored);
    throw error;
  }
}

/** One "helpful" vote per user and visible review (not on one's own); a second vote changes nothing. */
export async function voteHelpful({ userId, reviewId }: { userId: string; reviewId: string }): Promise<{ ok: true; counted: boolean } | { ok: false; error: "not_found" | "own_review" | "rate_limited" }> {
  const review = await prisma.review.findFirst({ where: { id: reviewId, status: "VISIBLE" }, select: { authorId: true } });
  if (!review) return { ok: false, error: "not_found" };
  if (review.authorId === userId) return { ok: false, error: "own_review" };
  const limit = await hit(REVIEW_VOTE_RULE, userId);
  if (!limit.allowed) return { ok: false, error: "rate_limited" };
  return prisma.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO review_helpful_votes (review_id, user_id) VALUES (${reviewId}, ${userId})
      ON CONFLICT (review_id, user_id) DO NOTHING`;
    if (inserted === 0) return { ok: true as const, counted: false };
    await tx.$executeRaw`UPDATE reviews SET helpful_count = helpful_count + 1 WHERE id = ${reviewId}`;
    return { ok: true as const, counted: true };
  });
}

// ───────────────────────────── seller and admin writes ─────────────────────────────

/** The seller's answer to a review of its product; saving again replaces it (repliedAt keeps the first answer's time). */
export async function replyToReview({ sellerId, reviewId, reply, now = new Date() }: { sellerId: string; reviewId: string; reply: string; now?: Date }): Promise<{ ok: true } | { ok: false; error: "not_found" | "invalid" }> {
  const text = reply.trim();
  if (!text || text.length > REPLY_MAX) return { ok: false, error: "invalid" };
  const current = await prisma.review.findFirst({ where: { id: reviewId, sellerId }, select: { repliedAt: true } });
  if (!current) return { ok: false, error: "not_found" };
  const { count } = await prisma.review.updateMany({ where: { id: reviewId, sellerId }, data: { reply: text, repliedAt: current.repliedAt ?? now } });
  return count === 1 ? { ok: true } : { ok: false, error: "not_found" };
}

export type ReviewModerationResult = { ok: true } | { ok: false; error: "not_found" | "invalid_transition" | "reason_required" };

async function auditSnapshot(tx: Tx, locked: LockedReview) {
  const product = await tx.product.findUnique({ where: { id: locked.product_id }, select: { name: true } });
  return { name: product?.name ?? locked.product_id, rating: locked.rating };
}

/** VISIBLE → HIDDEN with a reason the author sees; the rating leaves the product's average. Audited. */
export async function hideReview(reviewId: string, reasonInput: string, actor: AuditActor): Promise<ReviewModerationResult> {
  const reason = reasonInput?.trim().slice(0, HIDE_REASON_MAX) || null;
  if (!reason) return { ok: false, error: "reason_required" };
  return setVisibility(reviewId, "HIDDEN", reason, actor);
}

/** HIDDEN → VISIBLE; the rating counts again. An optional note goes to the audit log. */
export async function unhideReview(reviewId: string, actor: AuditActor, note?: string | null): Promise<ReviewModerationResult> {
  return setVisibility(reviewId, "VISIBLE", note?.trim().slice(0, HIDE_REASON_MAX) || null, actor);
}

/** The one moderation transition: lock, check the review is in the other state, move the rating, audit. */
async function setVisibility(reviewId: string, to: ReviewStatus, reason: string | null, actor: AuditActor): Promise<ReviewModerationResult> {
  const from: ReviewStatus = to === "HIDDEN" ? "VISIBLE" : "HIDDEN";
  const hiddenReason = to === "HIDDEN" ? reason : null;
  return prisma.$transaction(
    async (tx) => {
      const locked = await lockReview(tx, reviewId);
      if (!locked) return { ok: false as const, error: "not_found" as const };
      if (locked.status !== from) return { ok: false as const, error: "invalid_transition" as const };
      await tx.review.update({ where: { id: reviewId }, data: { status: to, hiddenReason } });
      const sign = to === "VISIBLE" ? 1 : -1;
      await adjustRating(tx, locked.product_id, sign * locked.rating, sign);
      const snapshot = await auditSnapshot(tx, locked);
      await recordAudit(tx, {
        actorId: actor.id,
        action: to === "HIDDEN" ? "review.hide" : "review.unhide",
        entityType: "review",
        entityId: reviewId,
        before: { ...snapshot, status: from, hiddenReason: locked.hidden_reason },
        after: { ...snapshot, status: to, hiddenReason },
        reason,
        ipAddress: actor.ipAddress,
      });
      return { ok: true as const };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}

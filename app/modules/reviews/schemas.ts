// Review forms and list parameters, shared by the server and the browser. Messages are keys of the
// "reviews" dictionary, translated where they are shown. Rules: docs/decisions/0019-reviews.md.
import { z } from "zod";

export const RATING_MIN = 1;
export const RATING_MAX = 5;
/** The database refuses longer bodies too (reviews_body_check). */
export const REVIEW_BODY_MAX = 2000;
export const REVIEW_PHOTOS_MAX = 4;
export const REPLY_MAX = 2000;
export const HIDE_REASON_MAX = 1000;
/** The author may edit a review for this many days after writing it. */
export const EDIT_WINDOW_DAYS = 30;
export const REVIEWS_PAGE_SIZE = 10;

export const SELLER_REVIEW_FILTERS = ["all", "unanswered"] as const;
export type SellerReviewFilter = (typeof SELLER_REVIEW_FILTERS)[number];

export const REVIEW_SORTS = ["newest", "helpful"] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

/** The shopper's form (create and edit). Photos are checked on the server (sniffed, ≤ 5 MB). */
export const reviewFormSchema = z.object({
  rating: z
    .number({ error: "errors.ratingRequired" })
    .int("errors.ratingRequired")
    .min(RATING_MIN, "errors.ratingRequired")
    .max(RATING_MAX, "errors.ratingRequired"),
  body: z.string().trim().max(REVIEW_BODY_MAX, "errors.bodyTooLong").optional().default(""),
  photos: z.array(z.instanceof(File)).optional(),
  /** Keys of current photos to remove (edit only). */
  removePhotos: z.array(z.string().max(200)).optional(),
});
export type ReviewFormInput = z.output<typeof reviewFormSchema>;

/** The seller's answer (one per review; saving again replaces it). */
export const replySchema = z.object({
  reviewId: z.string().min(1).max(40),
  reply: z.string({ error: "errors.replyRequired" }).trim().min(1, "errors.replyRequired").max(REPLY_MAX, "errors.replyTooLong"),
});

/** Product page parameters: ?reviewSort=helpful&reviewStars=4&reviewPage=2 (nonsense is dropped). */
export const reviewListParamsSchema = z.object({
  sort: z.enum(REVIEW_SORTS).catch("newest"),
  stars: z.coerce.number().int().min(RATING_MIN).max(RATING_MAX).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type ReviewListParams = z.output<typeof reviewListParamsSchema>;

export const REVIEW_PARAM_NAMES = { sort: "reviewSort", stars: "reviewStars", page: "reviewPage" } as const;

export function parseReviewListParams(search: URLSearchParams): ReviewListParams {
  return reviewListParamsSchema.parse({
    sort: search.get(REVIEW_PARAM_NAMES.sort) ?? undefined,
    stars: search.get(REVIEW_PARAM_NAMES.stars) || undefined,
    page: search.get(REVIEW_PARAM_NAMES.page) ?? undefined,
  });
}

/**
 * What a shopper sees as the author: the given name (the last word of a Vietnamese name) and the
 * family name's initial, "Nguyễn Thị Lan" → "Lan N.". Never the full name or the email.
 */
export function reviewerDisplayName(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "";
  if (words.length === 1) return words[0];
  return `${words[words.length - 1]} ${words[0].charAt(0).toLocaleUpperCase("vi")}.`;
}

// Review forms and list parameters, shared by the server and the browser. Messages are keys of the
// "reviews" dictionary, translated where they are shown. Rules: docs/decisions/0019-reviews.md.
// Components import the constants from ./constants (zod-free); they are re-exported here for server code.
import { z } from "zod";
import { RATING_MAX, RATING_MIN, REPLY_MAX, REVIEW_BODY_MAX, REVIEW_PARAM_NAMES, REVIEW_SORTS } from "./constants";

export {
  EDIT_WINDOW_DAYS,
  HIDE_REASON_MAX,
  RATING_MAX,
  RATING_MIN,
  REPLY_MAX,
  REVIEW_BODY_MAX,
  REVIEW_PARAM_NAMES,
  REVIEW_PHOTOS_MAX,
  REVIEW_SORTS,
  REVIEWS_PAGE_SIZE,
  SELLER_REVIEW_FILTERS,
  type ReviewSort,
  type SellerReviewFilter,
} from "./constants";

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

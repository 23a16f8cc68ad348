// Review limits and list parameters the browser needs, apart from the zod schemas in schemas.ts
// (importing those would put zod into the product page's bundle). Rules: docs/decisions/0019-reviews.md.

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

/** Product page parameters: ?reviewSort=helpful&reviewStars=4&reviewPage=2. */
export const REVIEW_PARAM_NAMES = { sort: "reviewSort", stars: "reviewStars", page: "reviewPage" } as const;

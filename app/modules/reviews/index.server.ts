// Public entry of the reviews module: verified-purchase reviews of delivered order lines, the
// seller's answer, the operator's hide/unhide, helpful votes, and the lists the pages show.
export {
  createReview,
  updateReview,
  voteHelpful,
  replyToReview,
  hideReview,
  unhideReview,
  getReviewFormData,
  reviewStatesForLines,
  listProductReviews,
  listSellerReviews,
  searchReviewsForAdmin,
  editableUntil,
  reviewPhotoUrl,
  REVIEW_CREATE_RULE,
  REVIEW_VOTE_RULE,
  REVIEW_PHOTO_WIDTHS,
  ADMIN_REVIEWS_PAGE_SIZE,
  type ReviewWriteResult,
  type ReviewWriteError,
  type ReviewModerationResult,
  type ReviewFormData,
  type OwnReview,
  type LineReviewState,
  type PublicReview,
  type ReviewPage,
  type ReviewPhoto,
  type SellerReviewRow,
  type AdminReviewRow,
} from "./reviews.server";
export * from "./schemas";
// Status values the routes render (re-exported so route files never import Prisma).
export type { ReviewStatus } from "@prisma/client";

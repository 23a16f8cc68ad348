// Public entry of the reviews module: verified-purchase reviews of delivered order lines, the
// seller's answer, the operator's hide/unhide, helpful votes (reviews.server.ts), and the lists
// the pages show (reads.server.ts).
export {
  createReview,
  updateReview,
  voteHelpful,
  replyToReview,
  hideReview,
  unhideReview,
  editableUntil,
  reviewPhotoUrl,
  REVIEW_CREATE_RULE,
  REVIEW_VOTE_RULE,
  REVIEW_PHOTO_WIDTHS,
  type ReviewWriteResult,
  type ReviewWriteError,
  type ReviewModerationResult,
} from "./reviews.server";
export {
  getReviewFormData,
  reviewStatesForLines,
  listProductReviews,
  listSellerReviews,
  searchReviewsForAdmin,
  ADMIN_REVIEWS_PAGE_SIZE,
  type ReviewFormData,
  type OwnReview,
  type LineReviewState,
  type PublicReview,
  type ReviewPage,
  type ReviewPhoto,
  type SellerReviewRow,
  type AdminReviewRow,
} from "./reads.server";
export * from "./schemas";
// Status values the routes render (re-exported so route files never import Prisma).
export type { ReviewStatus } from "@prisma/client";

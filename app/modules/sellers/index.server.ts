// Public entry of the sellers module: applying to sell, the seller portal's
// choice of seller and its dashboard. (Moderation by admins: moderation.server.ts.)
export { getOwnApplication, listProvinces, listWards, submitApplication, type ApplicationResult, type OwnApplication, type PlaceOption } from "./application.server";
export {
  EXPIRY_WARNING_DAYS,
  getSellerDashboard,
  lowStockVariants,
  portalHeaders,
  requirePortal,
  requirePortalWrite,
  sellerSuspended,
  SELLER_COOKIE,
  portalView,
  type LowStockVariant,
  type PortalView,
  type Portal,
  type PortalSeller,
  type SellerDashboard,
} from "./portal.server";
export { approveSeller, rejectSeller, suspendSeller, reinstateSeller, decideSeller, sellerDecisionsFor, listSellersForAdmin, countSellersByStatus, listWaitingSellers, getSellerForAdmin, SELLER_DECISIONS, ADMIN_SELLERS_PAGE_SIZE, type SellerDecision, type SellerDecisionError, type SellerDecisionResult, type AdminSellerRow, type AdminSellerDetail } from "./moderation.server";
// Status values the routes render (re-exported so route files never import Prisma).
export type { SellerStatus } from "@prisma/client";

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
// The seller's team (members, invitations) and settings (profile, payout bank account).
export {
  acceptInvitation,
  getInvitation,
  hashInvitationToken,
  invitationExpiresAt,
  inviteMember,
  listTeam,
  newInvitationToken,
  removeMember,
  revokeInvitation,
  type AcceptRefusal,
  type AcceptResult,
  type InvitationState,
  type InvitationView,
  type InviteResult,
  type PendingInvitation,
  type Team,
  type TeamMember,
  type TeamRefusal,
} from "./team.server";
export { getSellerSettings, updateSellerBank, updateSellerProfile, type SellerSettings, type SettingsResult } from "./settings.server";
export type { SellerRole } from "@prisma/client";

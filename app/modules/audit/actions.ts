// The audit log's vocabulary, shared by the server (writing, filtering) and the
// browser (filter menus, labels). An action is "<entity>.<verb>"; new actions add
// their name here so the audit page can filter and label them. Besides every admin
// action, the log keeps sellers' own account changes (team, payout bank account,
// contact details): an operator investigating a payout sees who changed what.
export const AUDIT_ENTITY_TYPES = ["seller", "certificate", "product", "user", "bank_transfer", "refund", "payout", "platform_setting", "review"] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const AUDIT_ACTIONS = [
  "seller.approve",
  "seller.reject",
  "seller.suspend",
  "seller.reinstate",
  "certificate.verify",
  "certificate.reject",
  "certificate.revoke",
  "product.hide",
  "product.unhide",
  "user.grant_admin",
  "user.remove_admin",
  "user.revoke_sessions",
  // Payments reconciliation (app/modules/payments/admin.server.ts; tested there).
  "payment.confirm_transfer",
  "refund.mark_issued",
  "refund.issue_card",
  // Commission and payouts (app/modules/payouts/index.server.ts; tested there).
  "payout.record",
  "commission.set",
  // Review moderation (app/modules/reviews; tested there).
  "review.hide",
  "review.unhide",
  // A seller's own account changes (app/modules/sellers settings and team; tested there).
  "seller.update_bank",
  "seller.update_profile",
  "team.invite",
  "team.revoke_invitation",
  "team.remove_member",
  "team.accept_invitation",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

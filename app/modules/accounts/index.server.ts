// Public entry of the accounts module: users, passwords, sessions, guards, throttling.
export {
  getCurrentUser,
  requireUser,
  requireAnonymous,
  requireAdmin,
  requireSellerMember,
  requireAnySellerMembership,
  canSellerWrite,
  forbidden,
  notFound,
  PORTAL_SELLER_STATUSES,
  type CurrentUser,
  type CurrentUserSeller,
  type ForbiddenReason,
} from "./guards.server";
export {
  getSessionId,
  createSession,
  clearSessionCookie,
  revokeSession,
  revokeAllSessions,
  revokeOwnSession,
  sessionHandle,
  listActiveSessions,
  type ActiveSession,
} from "./session.server";
export { registerUser, loginUser, loginIpRule, REGISTER_IP_RULE, REGISTER_MAX_PER_IP_PER_HOUR, type LoginResult, type RegisterResult } from "./auth.server";
export { hashPassword, verifyPassword } from "./password.server";
export { hit, count, pruneRateLimitEvents, type RateLimitRule, type RateLimitResult } from "./rate-limit.server";
export { safeRedirect, loginUrlFor, withRedirectTo } from "./redirect";
export { normalizeEmail } from "./schemas";

/** The client's address from Remix's load context (server.js sets it from Express's req.ip). */
export function clientIp(context: unknown): string {
  const ip = (context as { clientIp?: unknown } | null | undefined)?.clientIp;
  return typeof ip === "string" && ip.length > 0 ? ip.slice(0, 100) : "unknown";
}

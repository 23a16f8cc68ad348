// Public entry of the users module: the operator's account management (find
// users, the admin role, ending sessions). Logging in, sessions and guards stay
// in the accounts module.
export {
  findUsers,
  countAdmins,
  grantAdmin,
  removeAdmin,
  revokeUserSessions,
  ADMIN_USERS_PAGE_SIZE,
  type AdminUserRow,
  type RoleChangeError,
  type RoleChangeResult,
  type RevokeSessionsResult,
} from "./admin-users.server";
// Role values the routes render (re-exported so route files never import Prisma).
export type { UserRole } from "@prisma/client";

// The operator's view of accounts: find users, grant or remove the admin role,
// end a user's sessions. The platform never loses its last admin: role changes
// take one transaction-scoped advisory lock, so they run one at a time, and a
// removal counts the admins after the lock is held (two admins demoting each
// other at the same moment leave one). Every change writes an audit row in its
// transaction.
import { Prisma, type UserRole } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";
import { recordAudit, type AuditActor } from "~/modules/audit/index.server";

export const ADMIN_USERS_PAGE_SIZE = 30;

export type AdminUserRow = {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  createdAt: Date;
  activeSessions: number;
  sellers: { id: string; name: string; role: string }[];
};

/** Users by words of the name or email (diacritics optional), an exact id, and role; newest first. */
export async function findUsers({ q, role, page = 1, pageSize = ADMIN_USERS_PAGE_SIZE }: { q?: string; role?: UserRole; page?: number; pageSize?: number } = {}) {
  const conditions: Prisma.Sql[] = [];
  if (role) conditions.push(Prisma.sql`u.role = ${role}::"UserRole"`);
  const words = q?.trim();
  if (words) {
    const p = words.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
    conditions.push(Prisma.sql`(u.id = ${words} OR lower(u.email) LIKE '%' || ${p} || '%' OR lower(f_unaccent(u.name)) LIKE '%' || lower(f_unaccent(${p})) || '%')`);
  }
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const [{ total }] = await prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM users u ${where}`;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(Math.trunc(page) || 1, 1), pageCount);
  const rows = await prisma.$queryRaw<{ id: string; name: string; email: string; role: UserRole; created_at: Date; active_sessions: number }[]>`
    SELECT u.id, u.name, u.email, u.role::text AS role, u.created_at,
           (SELECT count(*)::int FROM sessions se WHERE se.user_id = u.id AND se.revoked_at IS NULL AND se.expires_at > now()) AS active_sessions
    FROM users u
    ${where}
    ORDER BY (u.role = 'ADMIN') DESC, u.created_at DESC, u.id
    LIMIT ${pageSize} OFFSET ${(current - 1) * pageSize}`;
  const memberships = rows.length
    ? await prisma.sellerMember.findMany({
        where: { userId: { in: rows.map((r) => r.id) } },
        select: { userId: true, role: true, seller: { select: { id: true, name: true } } },
        orderBy: { createdAt: "asc" },
      })
    : [];
  const users: AdminUserRow[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    createdAt: r.created_at,
    activeSessions: Number(r.active_sessions),
    sellers: memberships.filter((m) => m.userId === r.id).map((m) => ({ id: m.seller.id, name: m.seller.name, role: m.role })),
  }));
  return { users, total, page: current, pageCount };
}

export async function countAdmins(): Promise<{ users: number; admins: number }> {
  const [users, admins] = await Promise.all([prisma.user.count(), prisma.user.count({ where: { role: "ADMIN" } })]);
  return { users, admins };
}

export type RoleChangeError = "not_found" | "already" | "last_admin";
export type RoleChangeResult = { ok: true; user: { id: string; role: UserRole } } | { ok: false; error: RoleChangeError };

// One key for every admin-role change: they queue behind each other.
const ROLE_LOCK = Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended('users:admin-role', 0))`;

async function changeRole(userId: string, to: UserRole, actor: AuditActor): Promise<RoleChangeResult> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw(ROLE_LOCK);
      // Read after the lock: a change that committed while we waited is seen here.
      const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, role: true } });
      if (!user) return { ok: false as const, error: "not_found" as const };
      if (user.role === to) return { ok: false as const, error: "already" as const };
      if (to !== "ADMIN") {
        const admins = await tx.user.count({ where: { role: "ADMIN" } });
        if (admins <= 1) return { ok: false as const, error: "last_admin" as const };
      }
      await tx.user.update({ where: { id: userId }, data: { role: to } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: to === "ADMIN" ? "user.grant_admin" : "user.remove_admin",
        entityType: "user",
        entityId: userId,
        before: { name: user.name, email: user.email, role: user.role },
        after: { name: user.name, email: user.email, role: to },
        ipAddress: actor.ipAddress,
      });
      return { ok: true as const, user: { id: userId, role: to } };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}

/** SHOPPER → ADMIN. */
export function grantAdmin(userId: string, actor: AuditActor) {
  return changeRole(userId, "ADMIN", actor);
}

/** ADMIN → SHOPPER, never the last admin. Takes effect on the user's next request (roles are read per request). */
export function removeAdmin(userId: string, actor: AuditActor) {
  return changeRole(userId, "SHOPPER", actor);
}

export type RevokeSessionsResult = { ok: true; revoked: number } | { ok: false; error: "not_found" };

/**
 * Ends every active session of a user (a lost phone, a compromised account). When
 * admins end their own sessions, the one they are using stays (`keepSessionId`).
 */
export async function revokeUserSessions(userId: string, actor: AuditActor, { keepSessionId }: { keepSessionId?: string | null } = {}): Promise<RevokeSessionsResult> {
  return prisma.$transaction(
    async (tx: Tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } });
      if (!user) return { ok: false as const, error: "not_found" as const };
      const now = new Date();
      const active = { userId, revokedAt: null, expiresAt: { gt: now } };
      const before = await tx.session.count({ where: active });
      // The accounts module's revokeAllSessions takes no transaction; this is the same
      // update, so the revocation and its audit row commit together.
      const { count } = await tx.session.updateMany({
        where: { ...active, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
        data: { revokedAt: now },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.revoke_sessions",
        entityType: "user",
        entityId: userId,
        before: { name: user.name, email: user.email, activeSessions: before },
        after: { name: user.name, email: user.email, activeSessions: await tx.session.count({ where: active }) },
        ipAddress: actor.ipAddress,
      });
      return { ok: true as const, revoked: count };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}

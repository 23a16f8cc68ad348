// Database sessions. The `__session` cookie holds only the session id, signed with SESSION_SECRET;
// the row in `sessions` is the truth, so a session can be revoked from anywhere
// (docs/decisions/0005-sessions-and-guards.md).
import crypto from "node:crypto";
import { createCookie } from "@remix-run/node";
import { prisma } from "~/lib/db.server";
import { env, isHttps } from "~/lib/env.server";

export const SESSION_COOKIE_NAME = "__session";
const DAY_MS = 24 * 60 * 60 * 1000;

export const sessionCookie = createCookie(SESSION_COOKIE_NAME, {
  secrets: [env.SESSION_SECRET],
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: isHttps,
  maxAge: env.SESSION_TTL_DAYS * 24 * 60 * 60,
});

/** 32 random bytes, base64url (43 characters). */
export function newSessionId(): string {
  return crypto.randomBytes(32).toString("base64url");
}

export function sessionTtlMs(): number {
  return env.SESSION_TTL_DAYS * DAY_MS;
}

/** The signed session id from the request's cookie, or null (absent, tampered, malformed). */
export async function getSessionId(request: Request): Promise<string | null> {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  try {
    const value: unknown = await sessionCookie.parse(header);
    return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
  } catch {
    return null;
  }
}

export type CreatedSession = { id: string; expiresAt: Date; cookie: string };

/** Creates a session row and the Set-Cookie header value that carries it. */
export async function createSession(
  userId: string,
  meta: { ipAddress?: string | null; userAgent?: string | null } = {},
): Promise<CreatedSession> {
  const id = newSessionId();
  const expiresAt = new Date(Date.now() + sessionTtlMs());
  await prisma.session.create({
    data: {
      id,
      userId,
      expiresAt,
      ipAddress: meta.ipAddress?.slice(0, 100) ?? null,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
    },
  });
  // Housekeeping, per user: sessions that ended long ago are of no further use.
  await prisma.session.deleteMany({
    where: {
      userId,
      OR: [{ expiresAt: { lt: new Date(Date.now() - 30 * DAY_MS) } }, { revokedAt: { lt: new Date(Date.now() - 30 * DAY_MS) } }],
    },
  });
  const cookie = await sessionCookie.serialize(id, { expires: expiresAt, maxAge: Math.floor(sessionTtlMs() / 1000) });
  return { id, expiresAt, cookie };
}

/** Set-Cookie value that removes the session cookie. */
export async function clearSessionCookie(): Promise<string> {
  return sessionCookie.serialize("", { expires: new Date(0), maxAge: 0 });
}

/** Marks one session revoked (idempotent). Returns whether a live session was revoked. */
export async function revokeSession(id: string): Promise<boolean> {
  const { count } = await prisma.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  return count > 0;
}

/** Revokes every live session of a user, except `exceptId` (the one in use). Returns how many. */
export async function revokeAllSessions(userId: string, exceptId?: string | null): Promise<number> {
  const { count } = await prisma.session.updateMany({
    where: { userId, revokedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}

/**
 * A stable public name for a session, safe to put in a page: the id itself is a bearer token
 * and never leaves the signed cookie.
 */
export function sessionHandle(id: string): string {
  return crypto.createHash("sha256").update(id).digest("base64url").slice(0, 22);
}

/** Revokes a session by its handle, only if it belongs to `userId` (the "log out that device" button). */
export async function revokeOwnSession(userId: string, handle: string): Promise<boolean> {
  const sessions = await prisma.session.findMany({ where: { userId, revokedAt: null }, select: { id: true } });
  const match = sessions.find((s) => sessionHandle(s.id) === handle);
  return match ? revokeSession(match.id) : false;
}

export type ActiveSession = { handle: string; current: boolean; createdAt: Date; expiresAt: Date; ipAddress: string | null; userAgent: string | null };

/** The user's sessions that are neither revoked nor expired, newest first; `current` marks `currentId`. */
export async function listActiveSessions(userId: string, currentId?: string | null): Promise<ActiveSession[]> {
  const rows = await prisma.session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, createdAt: true, expiresAt: true, ipAddress: true, userAgent: true },
    orderBy: { createdAt: "desc" },
  });
  return rows.map(({ id, ...rest }) => ({ handle: sessionHandle(id), current: id === currentId, ...rest }));
}

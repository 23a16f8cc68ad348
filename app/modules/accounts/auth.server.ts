// Registration and login: the use cases behind /register and /login.
import { Prisma } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { finishLoginAttempt, startLoginAttempt } from "./login-throttle.server";
import { hashPassword, verifyDummyPassword, verifyPassword } from "./password.server";
import { hit, type RateLimitRule } from "./rate-limit.server";
import { normalizeEmail } from "./schemas";
import { createSession, type CreatedSession } from "./session.server";

/** New accounts per IP address per hour: a household or office shares one address. */
// Configurable (REGISTER_MAX_PER_IP_PER_HOUR) so the e2e server, where every test registers from 127.0.0.1, can raise it.
export const REGISTER_MAX_PER_IP_PER_HOUR = Number(process.env.REGISTER_MAX_PER_IP_PER_HOUR) > 0 ? Number(process.env.REGISTER_MAX_PER_IP_PER_HOUR) : 10;

export const REGISTER_IP_RULE: RateLimitRule = { scope: "register:ip", limit: REGISTER_MAX_PER_IP_PER_HOUR, windowMs: 60 * 60_000 };

export function loginIpRule(): RateLimitRule {
  return { scope: "login:ip", limit: env.LOGIN_MAX_ATTEMPTS_PER_IP, windowMs: env.LOGIN_WINDOW_MINUTES * 60_000 };
}

export type ClientMeta = { ipAddress: string; userAgent?: string | null };

export type RegisterResult =
  | { ok: true; userId: string; session: CreatedSession }
  | { ok: false; reason: "email_taken" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

export async function registerUser(
  input: { name: string; email: string; password: string; locale?: string },
  client: ClientMeta,
): Promise<RegisterResult> {
  const limit = await hit(REGISTER_IP_RULE, client.ipAddress);
  if (!limit.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };

  const email = normalizeEmail(input.email);
  const taken = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (taken) return { ok: false, reason: "email_taken" };

  const passwordHash = await hashPassword(input.password);
  let userId: string;
  try {
    const user = await prisma.user.create({
      data: { name: input.name.trim(), email, passwordHash, locale: input.locale === "en" ? "en" : "vi" },
      select: { id: true },
    });
    userId = user.id;
  } catch (error) {
    // Two registrations for one email at the same moment: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, reason: "email_taken" };
    throw error;
  }
  const session = await createSession(userId, { ipAddress: client.ipAddress, userAgent: client.userAgent });
  return { ok: true, userId, session };
}

export type LoginResult =
  | { ok: true; userId: string; session: CreatedSession }
  /** Wrong email or wrong password: deliberately the same answer. */
  | { ok: false; reason: "invalid" }
  /** Too many failures for this email (HTTP 429). */
  | { ok: false; reason: "locked"; retryAfterSeconds: number }
  /** Too many attempts from this address (HTTP 429). */
  | { ok: false; reason: "ip_limited"; retryAfterSeconds: number };

export async function loginUser(input: { email: string; password: string }, client: ClientMeta): Promise<LoginResult> {
  const ipLimit = await hit(loginIpRule(), client.ipAddress);
  if (!ipLimit.allowed) return { ok: false, reason: "ip_limited", retryAfterSeconds: ipLimit.retryAfterSeconds };

  const email = normalizeEmail(input.email);
  const attempt = await startLoginAttempt(email);
  if (!attempt.allowed) return { ok: false, reason: "locked", retryAfterSeconds: attempt.retryAfterSeconds };

  let user: { id: string } | null = null;
  try {
    const found = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
    // Unknown email: spend the same time as a real check, so timing does not reveal accounts.
    const valid = found ? await verifyPassword(found.passwordHash, input.password) : await verifyDummyPassword(input.password);
    if (found && valid) user = { id: found.id };
  } catch (error) {
    await finishLoginAttempt(email, attempt.attemptId, false).catch(() => undefined);
    throw error;
  }

  const finished = await finishLoginAttempt(email, attempt.attemptId, user !== null);
  if (!user) {
    return finished.locked ? { ok: false, reason: "locked", retryAfterSeconds: finished.retryAfterSeconds } : { ok: false, reason: "invalid" };
  }
  const session = await createSession(user.id, { ipAddress: client.ipAddress, userAgent: client.userAgent });
  return { ok: true, userId: user.id, session };
}

// Per-email login lock (docs/decisions/0006-login-throttling.md).
//
// Events for scope "login:email", key = the normalised email as typed (whether or not an account
// exists, so the lock itself reveals nothing):
//   attempt  a password check in progress (becomes fail or ok when it finishes)
//   fail     a wrong email/password
//   ok       a successful login: failures before it no longer count
//   lock     written when failures reach the limit; the email is refused for LOCK minutes from it
//   refused  an attempt turned away during a lock: never counted, so it cannot extend the lock
// Failures count from the later of (now − window, last lock, last success). Attempts in progress
// count like failures, so a burst of parallel requests cannot run more than N password checks.
import { env } from "~/lib/env.server";
import type { Tx } from "~/lib/db.server";
import { countEvents, NOW_UTC, recordEvent, REFUSED, secondsUntil, withRateLimitLock } from "./rate-limit.server";

export const LOGIN_EMAIL_SCOPE = "login:email";
const MINUTE_MS = 60_000;

function windowMs() {
  return env.LOGIN_WINDOW_MINUTES * MINUTE_MS;
}
function lockMs() {
  return env.LOGIN_LOCK_MINUTES * MINUTE_MS;
}

type LockState = { lockedUntilSeconds: number | null; countFrom: Date | null };

async function lockState(tx: Tx, email: string): Promise<LockState> {
  const lookBackSeconds = Math.max(windowMs(), lockMs()) / 1000;
  const rows = await tx.$queryRaw<{ last_lock: Date | null; last_ok: Date | null; locked: boolean }[]>`
    SELECT
      max(created_at) FILTER (WHERE outcome = 'lock') AS last_lock,
      max(created_at) FILTER (WHERE outcome = 'ok') AS last_ok,
      coalesce(bool_or(outcome = 'lock' AND created_at > ${NOW_UTC} - make_interval(secs => ${lockMs() / 1000}::double precision)), false) AS locked
    FROM rate_limit_events
    WHERE scope = ${LOGIN_EMAIL_SCOPE} AND key = ${email}
      AND created_at > ${NOW_UTC} - make_interval(secs => ${lookBackSeconds}::double precision)`;
  const row = rows[0];
  const lastLock = row?.last_lock ?? null;
  const lastOk = row?.last_ok ?? null;
  const lockedUntilSeconds = row?.locked && lastLock ? await secondsUntil(tx, lastLock, lockMs()) : null;
  const countFrom = lastLock && lastOk ? (lastLock > lastOk ? lastLock : lastOk) : (lastLock ?? lastOk);
  return { lockedUntilSeconds, countFrom };
}

export type AttemptStart = { allowed: true; attemptId: bigint } | { allowed: false; retryAfterSeconds: number };

/** Before checking a password: refuse while locked, else record the attempt in progress. */
export async function startLoginAttempt(email: string): Promise<AttemptStart> {
  return withRateLimitLock(LOGIN_EMAIL_SCOPE, email, async (tx) => {
    const state = await lockState(tx, email);
    if (state.lockedUntilSeconds !== null) {
      await recordEvent(tx, LOGIN_EMAIL_SCOPE, email, REFUSED);
      return { allowed: false, retryAfterSeconds: state.lockedUntilSeconds };
    }
    const { count } = await countEvents(tx, LOGIN_EMAIL_SCOPE, email, { windowMs: windowMs(), outcomes: ["fail", "attempt"], since: state.countFrom });
    if (count >= env.LOGIN_MAX_FAILURES_PER_EMAIL) {
      // Only reachable while earlier checks are still running: they decide whether a lock follows.
      await recordEvent(tx, LOGIN_EMAIL_SCOPE, email, REFUSED);
      return { allowed: false, retryAfterSeconds: 60 };
    }
    return { allowed: true, attemptId: await recordEvent(tx, LOGIN_EMAIL_SCOPE, email, "attempt") };
  });
}

/** After checking: records the outcome; a failure that reaches the limit starts the lock. */
export async function finishLoginAttempt(email: string, attemptId: bigint, success: boolean): Promise<{ locked: boolean; retryAfterSeconds: number }> {
  return withRateLimitLock(LOGIN_EMAIL_SCOPE, email, async (tx) => {
    await tx.$executeRaw`UPDATE rate_limit_events SET outcome = ${success ? "ok" : "fail"} WHERE id = ${attemptId}`;
    if (success) return { locked: false, retryAfterSeconds: 0 };
    const state = await lockState(tx, email);
    if (state.lockedUntilSeconds !== null) return { locked: true, retryAfterSeconds: state.lockedUntilSeconds };
    const { count } = await countEvents(tx, LOGIN_EMAIL_SCOPE, email, { windowMs: windowMs(), outcomes: ["fail"], since: state.countFrom });
    if (count < env.LOGIN_MAX_FAILURES_PER_EMAIL) return { locked: false, retryAfterSeconds: 0 };
    await recordEvent(tx, LOGIN_EMAIL_SCOPE, email, "lock");
    return { locked: true, retryAfterSeconds: Math.ceil(lockMs() / 1000) };
  });
}

// A small sliding-window rate limiter kept in PostgreSQL (rate_limit_events), so limits hold across
// any number of web processes. One row per event; a limit is "at most N counted events for
// (scope, key) in the last W". Decision record: docs/decisions/0006-login-throttling.md.
//
// Concurrency: the check and the insert happen in one transaction holding a transaction-level
// advisory lock on (scope, key), so N parallel requests cannot all see "N−1 so far" and all pass.
import { Prisma } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";

// Columns are TIMESTAMP without time zone holding UTC (Prisma's convention); compare in UTC whatever
// the server's TimeZone setting.
export const NOW_UTC = Prisma.sql`timezone('utc', now())`;

/** Outcomes written by this module; callers may record their own (e.g. "fail", "ok"). */
export const REFUSED = "refused";
export const HIT = "hit";

/** Rows older than this are deleted opportunistically: no window may be longer. */
export const RATE_LIMIT_RETENTION_MS = 24 * 60 * 60 * 1000;
const PRUNE_PROBABILITY = 0.02;
const PRUNE_BATCH = 5000;

export type RateLimitRule = {
  /** e.g. "login:ip", "register:ip", "review:user", "webhook:stripe" */
  scope: string;
  /** Events allowed within the window. */
  limit: number;
  windowMs: number;
};

export type RateLimitResult = {
  allowed: boolean;
  /** Counted events in the window, including this one when allowed. */
  count: number;
  /** When refused: seconds until the oldest counted event leaves the window. */
  retryAfterSeconds: number;
};

/** Runs `fn` in a transaction that holds the advisory lock for (scope, key). */
export async function withRateLimitLock<T>(scope: string, key: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${scope}), hashtext(${key}))`;
    return fn(tx);
  });
}

/** Inserts one event; `createdAt` defaults to the database clock. */
export async function recordEvent(db: Tx, scope: string, key: string, outcome: string): Promise<bigint> {
  const rows = await db.$queryRaw<{ id: bigint }[]>`
    INSERT INTO rate_limit_events (scope, key, outcome, created_at)
    VALUES (${scope}, ${key}, ${outcome}, ${NOW_UTC})
    RETURNING id`;
  return rows[0].id;
}

/**
 * Counts events for (scope, key) newer than `windowMs` (and newer than `since`, when given).
 * By default every outcome except "refused" is counted.
 */
export async function countEvents(
  db: Tx,
  scope: string,
  key: string,
  options: { windowMs: number; outcomes?: string[]; since?: Date | null },
): Promise<{ count: number; oldest: Date | null }> {
  const since = options.since ?? new Date(0);
  const outcomes = options.outcomes ?? null;
  const rows = await db.$queryRaw<{ count: bigint; oldest: Date | null }[]>`
    SELECT count(*) AS count, min(created_at) AS oldest
    FROM rate_limit_events
    WHERE scope = ${scope} AND key = ${key}
      AND created_at > ${NOW_UTC} - make_interval(secs => ${options.windowMs / 1000}::double precision)
      AND created_at > ${since}
      AND (${outcomes}::text[] IS NULL AND outcome <> ${REFUSED} OR outcome = ANY(${outcomes}::text[]))`;
  return { count: Number(rows[0]?.count ?? 0), oldest: rows[0]?.oldest ?? null };
}

/** Seconds from the database's now until `at + ms` (at least 1). */
export async function secondsUntil(db: Tx, at: Date, ms: number): Promise<number> {
  const rows = await db.$queryRaw<{ seconds: number }[]>`
    SELECT ceil(extract(epoch FROM (${at}::timestamp + make_interval(secs => ${ms / 1000}::double precision) - ${NOW_UTC})))::float8 AS seconds`;
  return Math.max(1, Number(rows[0]?.seconds ?? 1));
}

/**
 * Counts one event against `rule` for `key`. Allowed → the event is recorded with `outcome`;
 * refused → it is recorded as "refused", which never counts, so a client hammering a limit
 * gets back in as soon as its earlier counted events leave the window.
 */
export async function hit(rule: RateLimitRule, key: string, outcome: string = HIT): Promise<RateLimitResult> {
  const result = await withRateLimitLock(rule.scope, key, async (tx) => {
    const { count, oldest } = await countEvents(tx, rule.scope, key, { windowMs: rule.windowMs });
    if (count >= rule.limit) {
      await recordEvent(tx, rule.scope, key, REFUSED);
      const retryAfterSeconds = oldest ? await secondsUntil(tx, oldest, rule.windowMs) : Math.ceil(rule.windowMs / 1000);
      return { allowed: false, count, retryAfterSeconds };
    }
    await recordEvent(tx, rule.scope, key, outcome);
    return { allowed: true, count: count + 1, retryAfterSeconds: 0 };
  });
  maybePrune();
  return result;
}

/** How many counted events (scope, key) has in the rule's window, without recording one. */
export async function count(rule: Pick<RateLimitRule, "scope" | "windowMs">, key: string): Promise<number> {
  return (await countEvents(prisma, rule.scope, key, { windowMs: rule.windowMs })).count;
}

/** Deletes events older than the retention period, a batch at a time. Returns rows deleted. */
export async function pruneRateLimitEvents(olderThanMs = RATE_LIMIT_RETENTION_MS): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM rate_limit_events
    WHERE id IN (
      SELECT id FROM rate_limit_events
      WHERE created_at < ${NOW_UTC} - make_interval(secs => ${olderThanMs / 1000}::double precision)
      LIMIT ${PRUNE_BATCH}
    )`;
}

// Opportunistic: a few requests in a hundred also sweep old rows, so no cron job is needed.
// Fire-and-forget; a failed prune costs nothing but a log line.
function maybePrune() {
  if (Math.random() >= PRUNE_PROBABILITY) return;
  pruneRateLimitEvents().catch((error) => console.error("rate limit prune failed", error));
}

/**
 * Like `hit`, in ONE statement and without the advisory lock: for high-volume keys (webhooks)
 * where serialising every request on one lock would queue them all behind each other and
 * exhaust the connection pool. Parallel requests may each see "limit − 1" and all pass, so the
 * limit can be overshot by the number of requests in flight — fine for a flood cap, not for a
 * password-guessing limit (use `hit` there).
 */
export async function hitApproximate(rule: RateLimitRule, key: string, outcome: string = HIT): Promise<RateLimitResult> {
  const rows = await prisma.$queryRaw<{ allowed: boolean; count: bigint; retry_after: number | null }[]>`
    WITH recent AS (
      SELECT count(*) AS n, min(created_at) AS oldest
      FROM rate_limit_events
      WHERE scope = ${rule.scope} AND key = ${key} AND outcome <> ${REFUSED}
        AND created_at > ${NOW_UTC} - make_interval(secs => ${rule.windowMs / 1000}::double precision)
    ), inserted AS (
      INSERT INTO rate_limit_events (scope, key, outcome, created_at)
      SELECT ${rule.scope}, ${key}, CASE WHEN recent.n < ${rule.limit} THEN ${outcome} ELSE ${REFUSED} END, ${NOW_UTC} FROM recent
      RETURNING outcome
    )
    SELECT (inserted.outcome <> ${REFUSED}) AS allowed, recent.n AS count,
      ceil(extract(epoch FROM (recent.oldest + make_interval(secs => ${rule.windowMs / 1000}::double precision) - ${NOW_UTC})))::float8 AS retry_after
    FROM inserted, recent`;
  maybePrune();
  const row = rows[0];
  const allowed = row?.allowed ?? true;
  return {
    allowed,
    count: Number(row?.count ?? 0) + (allowed ? 1 : 0),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Number(row?.retry_after ?? Math.ceil(rule.windowMs / 1000))),
  };
}

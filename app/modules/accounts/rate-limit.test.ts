import { describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { count, hit, pruneRateLimitEvents, RATE_LIMIT_RETENTION_MS } from "./rate-limit.server";

const rule = (scope: string, limit = 3) => ({ scope, limit, windowMs: 10 * 60_000 });

async function insertAt(scope: string, key: string, minutesAgo: number, outcome = "hit") {
  await prisma.$executeRaw`
    INSERT INTO rate_limit_events (scope, key, outcome, created_at)
    VALUES (${scope}, ${key}, ${outcome}, timezone('utc', now()) - make_interval(mins => ${minutesAgo}::int))`;
}

describe("hit / count", () => {
  it("allows up to the limit, then refuses with a retry time", async () => {
    const r = rule("test:basic");
    expect((await hit(r, "k")).allowed).toBe(true);
    expect((await hit(r, "k")).allowed).toBe(true);
    const third = await hit(r, "k");
    expect(third).toMatchObject({ allowed: true, count: 3 });
    const fourth = await hit(r, "k");
    expect(fourth.allowed).toBe(false);
    expect(fourth.retryAfterSeconds).toBeGreaterThan(9 * 60);
    expect(fourth.retryAfterSeconds).toBeLessThanOrEqual(10 * 60);
    // Other keys and scopes are independent.
    expect((await hit(r, "other")).allowed).toBe(true);
    expect((await hit(rule("test:other-scope"), "k")).allowed).toBe(true);
    expect(await count(r, "k")).toBe(3);
  });

  it("refused hits do not count, and old events leave the window", async () => {
    const r = rule("test:window");
    await insertAt(r.scope, "k", 9);
    await insertAt(r.scope, "k", 8);
    await insertAt(r.scope, "k", 11); // outside the window
    await insertAt(r.scope, "k", 1, "refused");
    const result = await hit(r, "k");
    expect(result).toMatchObject({ allowed: true, count: 3 });
    const refused = await hit(r, "k");
    expect(refused.allowed).toBe(false);
    // The oldest counted event (9 minutes ago) leaves the window in about a minute.
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(61);
  });

  it("never lets more than the limit through under concurrency", async () => {
    const r = rule("test:concurrent", 5);
    const results = await Promise.all(Array.from({ length: 20 }, () => hit(r, "burst")));
    expect(results.filter((x) => x.allowed)).toHaveLength(5);
    expect(await count(r, "burst")).toBe(5);
  });

  it("prunes rows older than the retention period", async () => {
    await insertAt("test:prune", "k", RATE_LIMIT_RETENTION_MS / 60_000 + 5);
    await insertAt("test:prune", "k", 1);
    await pruneRateLimitEvents();
    const left = await prisma.rateLimitEvent.count({ where: { scope: "test:prune" } });
    expect(left).toBe(1);
  });
});

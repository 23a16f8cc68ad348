// Integration: registration, login, throttling and sessions against real PostgreSQL.
import { describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { loginUser, registerUser, REGISTER_MAX_PER_IP_PER_HOUR } from "./auth.server";
import { getCurrentUser } from "./guards.server";
import { LOGIN_EMAIL_SCOPE } from "./login-throttle.server";
import { hashPassword, verifyPassword } from "./password.server";
import { listActiveSessions, revokeAllSessions, revokeSession } from "./session.server";

const PASSWORD = "ocop-demo-2026";
let n = 0;
const uniqueEmail = (prefix = "user") => `${prefix}-${Date.now()}-${++n}@example.com`;
const ip = () => `10.0.${Math.floor(n / 200)}.${++n % 250}`;

function requestWith(setCookie: string, path = "/") {
  return new Request(`http://localhost${path}`, { headers: { Cookie: setCookie.split(";")[0] } });
}

async function createUser(email: string, password = PASSWORD) {
  return prisma.user.create({ data: { email, name: "Người dùng thử", passwordHash: await hashPassword(password) } });
}

async function insertEvents(email: string, outcome: string, howMany: number, minutesAgo: number) {
  for (let i = 0; i < howMany; i++) {
    await prisma.$executeRaw`
      INSERT INTO rate_limit_events (scope, key, outcome, created_at)
      VALUES (${LOGIN_EMAIL_SCOPE}, ${email}, ${outcome}, timezone('utc', now()) - make_interval(secs => ${minutesAgo * 60 + i}::double precision))`;
  }
}

describe("passwords", () => {
  it("hashes with argon2id and verifies", async () => {
    const hash = await hashPassword(PASSWORD);
    expect(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")).toBe(true);
    expect(await verifyPassword(hash, PASSWORD)).toBe(true);
    expect(await verifyPassword(hash, "wrong-password")).toBe(false);
    expect(await verifyPassword("not a hash", PASSWORD)).toBe(false);
  });
});

describe("registerUser", () => {
  it("creates the user and a session that getCurrentUser reads from the cookie", async () => {
    const email = uniqueEmail("new");
    const result = await registerUser({ name: "Lê Văn Cường", email: `  ${email.toUpperCase()} `, password: PASSWORD }, { ipAddress: ip(), userAgent: "vitest" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: "Lê Văn Cường", role: "SHOPPER" });
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);

    const session = await prisma.session.findUniqueOrThrow({ where: { id: result.session.id } });
    expect(session).toMatchObject({ userId: user.id, revokedAt: null, userAgent: "vitest" });
    expect(session.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const ttlDays = (session.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(ttlDays).toBeGreaterThan(env.SESSION_TTL_DAYS - 0.01);

    expect(result.session.cookie).toMatch(/^__session=/);
    expect(result.session.cookie).toMatch(/HttpOnly/i);
    expect(result.session.cookie).toMatch(/SameSite=Lax/i);
    expect(result.session.cookie).toMatch(/Path=\//);
    expect(result.session.cookie).not.toContain(result.session.id); // signed and encoded, not the bare id

    const current = await getCurrentUser(requestWith(result.session.cookie));
    expect(current).toMatchObject({ id: user.id, email, name: "Lê Văn Cường", role: "SHOPPER", sellers: [] });
  });

  it("refuses an email that is taken, whatever its case", async () => {
    const email = uniqueEmail("taken");
    await createUser(email);
    const result = await registerUser({ name: "X", email: email.toUpperCase(), password: PASSWORD }, { ipAddress: ip() });
    expect(result).toEqual({ ok: false, reason: "email_taken" });
  });

  it(`allows ${REGISTER_MAX_PER_IP_PER_HOUR} registrations per address per hour`, async () => {
    const address = "192.0.2.77";
    for (let i = 0; i < REGISTER_MAX_PER_IP_PER_HOUR; i++) {
      const r = await registerUser({ name: "X", email: uniqueEmail("burst"), password: PASSWORD }, { ipAddress: address });
      expect(r.ok).toBe(true);
    }
    const refused = await registerUser({ name: "X", email: uniqueEmail("burst"), password: PASSWORD }, { ipAddress: address });
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    // Another address is unaffected.
    expect((await registerUser({ name: "X", email: uniqueEmail("burst"), password: PASSWORD }, { ipAddress: "192.0.2.78" })).ok).toBe(true);
  });
});

describe("loginUser", () => {
  it("logs in with the right password (email in any case) and creates a session", async () => {
    const email = uniqueEmail("login");
    const user = await createUser(email);
    const result = await loginUser({ email: ` ${email.toUpperCase()}`, password: PASSWORD }, { ipAddress: ip() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.userId).toBe(user.id);
    expect((await getCurrentUser(requestWith(result.session.cookie)))?.id).toBe(user.id);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const email = uniqueEmail("generic");
    await createUser(email);
    const wrongPassword = await loginUser({ email, password: "not-the-password" }, { ipAddress: ip() });
    const unknownEmail = await loginUser({ email: uniqueEmail("nobody"), password: PASSWORD }, { ipAddress: ip() });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it.each([
    ["an existing account", true],
    ["an email with no account", false],
  ])(`locks %s after LOGIN_MAX_FAILURES_PER_EMAIL failures, even for the right password`, async (_name, exists) => {
    const email = uniqueEmail("lock");
    if (exists) await createUser(email);
    const max = env.LOGIN_MAX_FAILURES_PER_EMAIL;
    for (let i = 1; i < max; i++) {
      expect(await loginUser({ email, password: `wrong-${i}` }, { ipAddress: ip() })).toEqual({ ok: false, reason: "invalid" });
    }
    const last = await loginUser({ email, password: "wrong-last" }, { ipAddress: ip() });
    expect(last).toMatchObject({ ok: false, reason: "locked", retryAfterSeconds: env.LOGIN_LOCK_MINUTES * 60 });

    const right = await loginUser({ email, password: PASSWORD }, { ipAddress: ip() });
    expect(right).toMatchObject({ ok: false, reason: "locked" });
    if (!right.ok && right.reason === "locked") {
      expect(right.retryAfterSeconds).toBeGreaterThan(env.LOGIN_LOCK_MINUTES * 60 - 10);
      expect(right.retryAfterSeconds).toBeLessThanOrEqual(env.LOGIN_LOCK_MINUTES * 60);
    }
    // The email is locked as typed, in any case, from any address.
    expect(await loginUser({ email: email.toUpperCase(), password: PASSWORD }, { ipAddress: "203.0.113.9" })).toMatchObject({ reason: "locked" });
  });

  it("refused attempts during a lock do not extend it; after the lock the right password works", async () => {
    const email = uniqueEmail("unlock");
    await createUser(email);
    const max = env.LOGIN_MAX_FAILURES_PER_EMAIL;
    const lockMinutes = env.LOGIN_LOCK_MINUTES;
    // A lock that started just over LOCK minutes ago, after max failures, with refusals during it.
    await insertEvents(email, "fail", max, lockMinutes + 2);
    await insertEvents(email, "lock", 1, lockMinutes + 1);
    await insertEvents(email, "refused", 25, 1);
    const result = await loginUser({ email, password: PASSWORD }, { ipAddress: ip() });
    expect(result.ok).toBe(true);
  });

  it("a lock that started recently still refuses", async () => {
    const email = uniqueEmail("recent-lock");
    await createUser(email);
    await insertEvents(email, "fail", env.LOGIN_MAX_FAILURES_PER_EMAIL, 3);
    await insertEvents(email, "lock", 1, 2);
    const result = await loginUser({ email, password: PASSWORD }, { ipAddress: ip() });
    expect(result).toMatchObject({ ok: false, reason: "locked" });
    if (!result.ok && result.reason === "locked") expect(result.retryAfterSeconds).toBeLessThanOrEqual((env.LOGIN_LOCK_MINUTES - 2) * 60 + 1);
  });

  it("failures older than the window do not count, and a success resets the count", async () => {
    const email = uniqueEmail("window");
    await createUser(email);
    const max = env.LOGIN_MAX_FAILURES_PER_EMAIL;
    await insertEvents(email, "fail", max - 1, env.LOGIN_WINDOW_MINUTES + 1); // outside the window
    expect(await loginUser({ email, password: "wrong" }, { ipAddress: ip() })).toEqual({ ok: false, reason: "invalid" });
    await insertEvents(email, "fail", max - 2, 1);
    expect((await loginUser({ email, password: PASSWORD }, { ipAddress: ip() })).ok).toBe(true); // max−1 failures in the window: still allowed
    // After the success, max−1 new failures are still allowed before the lock.
    for (let i = 0; i < max - 1; i++) expect(await loginUser({ email, password: "wrong" }, { ipAddress: ip() })).toEqual({ ok: false, reason: "invalid" });
    expect(await loginUser({ email, password: "wrong" }, { ipAddress: ip() })).toMatchObject({ reason: "locked" });
  });

  it("parallel wrong guesses cannot exceed the limit before the lock", async () => {
    const email = uniqueEmail("parallel");
    await createUser(email);
    const max = env.LOGIN_MAX_FAILURES_PER_EMAIL;
    const results = await Promise.all(Array.from({ length: max * 2 }, (_, i) => loginUser({ email, password: `guess-${i}` }, { ipAddress: ip() })));
    const checked = await prisma.rateLimitEvent.count({ where: { scope: LOGIN_EMAIL_SCOPE, key: email, outcome: "fail" } });
    expect(checked).toBeLessThanOrEqual(max);
    expect(results.filter((r) => !r.ok && r.reason === "locked").length).toBeGreaterThanOrEqual(max);
  });

  it(`allows at most LOGIN_MAX_ATTEMPTS_PER_IP attempts per address per window`, async () => {
    const address = "198.51.100.23";
    const email = uniqueEmail("ip");
    await createUser(email);
    await prisma.rateLimitEvent.createMany({
      data: Array.from({ length: env.LOGIN_MAX_ATTEMPTS_PER_IP - 1 }, () => ({ scope: "login:ip", key: address, outcome: "hit" })),
    });
    expect((await loginUser({ email, password: PASSWORD }, { ipAddress: address })).ok).toBe(true);
    const refused = await loginUser({ email, password: PASSWORD }, { ipAddress: address });
    expect(refused).toMatchObject({ ok: false, reason: "ip_limited" });
    expect((await loginUser({ email, password: PASSWORD }, { ipAddress: "198.51.100.24" })).ok).toBe(true);
  });
});

describe("sessions", () => {
  async function loggedIn() {
    const email = uniqueEmail("session");
    const user = await createUser(email);
    const result = await loginUser({ email, password: PASSWORD }, { ipAddress: ip() });
    if (!result.ok) throw new Error("login failed");
    return { user, session: result.session };
  }

  it("a revoked session is anonymous", async () => {
    const { session } = await loggedIn();
    expect(await getCurrentUser(requestWith(session.cookie))).not.toBeNull();
    expect(await revokeSession(session.id)).toBe(true);
    expect(await revokeSession(session.id)).toBe(false);
    expect(await getCurrentUser(requestWith(session.cookie))).toBeNull();
  });

  it("an expired session is anonymous", async () => {
    const { session } = await loggedIn();
    await prisma.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getCurrentUser(requestWith(session.cookie))).toBeNull();
  });

  it("a cookie with a bad signature or an unknown id is anonymous", async () => {
    const { session } = await loggedIn();
    const [pair] = session.cookie.split(";");
    const tampered = pair.slice(0, -3) + (pair.endsWith("A") ? "BBB" : "AAA");
    expect(await getCurrentUser(new Request("http://localhost/", { headers: { Cookie: tampered } }))).toBeNull();
    expect(await getCurrentUser(new Request("http://localhost/", { headers: { Cookie: `__session=${session.id}` } }))).toBeNull();
    expect(await getCurrentUser(new Request("http://localhost/"))).toBeNull();
  });

  it("revokeAllSessions keeps the one in use", async () => {
    const { user, session } = await loggedIn();
    const other1 = await loginUser({ email: user.email, password: PASSWORD }, { ipAddress: ip() });
    const other2 = await loginUser({ email: user.email, password: PASSWORD }, { ipAddress: ip() });
    if (!other1.ok || !other2.ok) throw new Error("login failed");
    expect(await listActiveSessions(user.id)).toHaveLength(3);
    expect(await revokeAllSessions(user.id, session.id)).toBe(2);
    const left = await listActiveSessions(user.id, session.id);
    expect(left).toHaveLength(1);
    expect(left[0].current).toBe(true);
    expect(await getCurrentUser(requestWith(other1.session.cookie))).toBeNull();
    expect(await getCurrentUser(requestWith(session.cookie))).not.toBeNull();
    expect(await revokeAllSessions(user.id)).toBe(1);
    expect(await getCurrentUser(requestWith(session.cookie))).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { env } from "~/lib/env.server";
import { getFixedT } from "~/lib/i18n/i18n";
import { getCurrentUser } from "~/modules/accounts/index.server";
import { db, cookieHeader, createTestUser, formRequest, getRequest, runRoute, TEST_PASSWORD, testEmail } from "~/modules/accounts/testing.server";
import { action, loader } from "./_auth.login";

type Reply = { result: { status?: string; initialValue?: Record<string, unknown> | null; error?: Record<string, string[] | null> | null }; retryAfterMinutes: number };

const login = (fields: Record<string, string>, ip = "127.0.0.1") =>
  runRoute<Reply>(() => action({ request: formRequest("/login", fields), context: { clientIp: ip }, params: {} }));

describe("POST /login", () => {
  it("logs in, sets the signed session cookie and goes to redirectTo", async () => {
    const { user } = await createTestUser();
    const res = await login({ email: user.email.toUpperCase(), password: TEST_PASSWORD, redirectTo: "/cart?x=1" });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/cart?x=1");
    const setCookie = res.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/^__session=.+; Max-Age=\d+; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/);
    expect((await getCurrentUser(getRequest("/", cookieHeader(setCookie))))?.id).toBe(user.id);
  });

  it("ignores an off-site redirectTo", async () => {
    const { user } = await createTestUser();
    const res = await login({ email: user.email, password: TEST_PASSWORD, redirectTo: "//evil.example/phish" });
    expect(res.headers.get("Location")).toBe("/");
  });

  it("wrong password and unknown email: the same generic error, email kept, password dropped", async () => {
    const { user } = await createTestUser();
    const wrong = await login({ email: user.email, password: "wrong-password" });
    const unknown = await login({ email: testEmail("nobody"), password: TEST_PASSWORD });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(400);
      expect(res.data?.result.error).toEqual({ "": ["errors.invalidCredentials"] });
      expect(res.data?.result.initialValue).not.toHaveProperty("password");
    }
    expect(wrong.data?.result.initialValue?.email).toBe(user.email);
    expect(getFixedT("vi", "auth")("errors.invalidCredentials")).toBe("Email hoặc mật khẩu không đúng");
  });

  it("empty fields get field errors", async () => {
    const res = await login({ email: "", password: "" });
    expect(res.status).toBe(400);
    expect(res.data?.result.error).toMatchObject({ email: ["errors.emailRequired"], password: ["errors.passwordRequired"] });
  });

  it("answers 429 with Retry-After once an email is locked, even for the right password", async () => {
    const { user } = await createTestUser();
    for (let i = 0; i < env.LOGIN_MAX_FAILURES_PER_EMAIL; i++) await login({ email: user.email, password: `wrong-${i}` }, `10.9.0.${i}`);
    const res = await login({ email: user.email, password: TEST_PASSWORD }, "10.9.1.1");
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(res.data?.result.error).toEqual({ "": ["errors.locked"] });
    expect(res.data?.retryAfterMinutes).toBe(env.LOGIN_LOCK_MINUTES);
    expect(res.headers.get("Set-Cookie")).toBeNull();
    const message = getFixedT("vi", "auth")("errors.locked", { minutes: res.data?.retryAfterMinutes });
    expect(message).toContain(`${env.LOGIN_LOCK_MINUTES} phút`);
  });

  it("answers 429 when one address has used up its attempts", async () => {
    const { user } = await createTestUser();
    const address = "10.9.2.2";
    await db.rateLimitEvent.createMany({ data: Array.from({ length: env.LOGIN_MAX_ATTEMPTS_PER_IP }, () => ({ scope: "login:ip", key: address })) });
    const res = await login({ email: user.email, password: TEST_PASSWORD }, address);
    expect(res.status).toBe(429);
    expect(res.data?.result.error).toEqual({ "": ["errors.ipLimited"] });
  });
});

describe("GET /login", () => {
  it("offers the form with a sanitised redirectTo", async () => {
    const res = await runRoute<{ redirectTo: string; title: string }>(() => loader({ request: getRequest("/login?redirectTo=https://evil.example"), context: {}, params: {} }));
    expect(res.status).toBe(200);
    expect(res.data?.redirectTo).toBe("/");
    const en = await runRoute<{ title: string }>(() => loader({ request: getRequest("/login?lang=en"), context: {}, params: {} }));
    expect(en.data?.title).toBe("Log in · Chợ OCOP");
  });

  it("sends a logged-in visitor on to redirectTo", async () => {
    const { cookie } = await createTestUser();
    const res = await runRoute(() => loader({ request: getRequest("/login?redirectTo=%2Faccount", cookie), context: {}, params: {} }));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/account");
  });
});

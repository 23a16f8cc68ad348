import { describe, expect, it } from "vitest";
import { getFixedT } from "~/lib/i18n/i18n";
import { getCurrentUser, REGISTER_MAX_PER_IP_PER_HOUR } from "~/modules/accounts/index.server";
import { db, cookieHeader, createTestUser, formRequest, getRequest, runRoute, TEST_PASSWORD, testEmail } from "~/modules/accounts/testing.server";
import { action } from "./_auth.register";

type Reply = { result: { initialValue?: Record<string, unknown> | null; error?: Record<string, string[] | null> | null }; retryAfterMinutes: number };

const register = (fields: Record<string, string>, ip = "127.0.0.1", url = "/register") =>
  runRoute<Reply>(() => action({ request: formRequest(url, fields), context: { clientIp: ip }, params: {} }));

describe("POST /register", () => {
  it("creates the account, logs in and goes to redirectTo", async () => {
    const email = testEmail("reg");
    const res = await register({ name: "Phạm Thị Dung", email: ` ${email.toUpperCase()} `, password: TEST_PASSWORD, redirectTo: "/checkout" });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/checkout");
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.locale).toBe("vi");
    const sessions = await db.session.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    const current = await getCurrentUser(getRequest("/", cookieHeader(res.headers.get("Set-Cookie") ?? "")));
    expect(current).toMatchObject({ id: user.id, name: "Phạm Thị Dung", email });
  });

  it("remembers English as the new user's language", async () => {
    const email = testEmail("reg-en");
    const res = await register({ name: "Jane", email, password: TEST_PASSWORD }, "127.0.0.1", "/register?lang=en");
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/");
    expect((await db.user.findUniqueOrThrow({ where: { email } })).locale).toBe("en");
  });

  it("refuses a taken email next to the field, keeping name and email but not the password", async () => {
    const { user } = await createTestUser();
    const res = await register({ name: "Ngô Văn Em", email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(res.status).toBe(400);
    expect(res.data?.result.error).toEqual({ email: ["errors.emailTaken"] });
    expect(res.data?.result.initialValue).toMatchObject({ name: "Ngô Văn Em", email: user.email.toUpperCase() });
    expect(res.data?.result.initialValue).not.toHaveProperty("password");
    expect(await db.user.count({ where: { email: user.email } })).toBe(1);
  });

  it.each([
    ["a weak password", { name: "A", email: "a@example.com", password: "12345678" }, { password: ["errors.passwordOnlyDigits"] }],
    ["a short password", { name: "A", email: "a@example.com", password: "abc" }, { password: ["errors.passwordTooShort"] }],
    ["an empty password", { name: "A", email: "a@example.com", password: "" }, { password: ["errors.passwordRequired"] }],
    ["a malformed email", { name: "A", email: "a@@example", password: TEST_PASSWORD }, { email: ["errors.emailInvalid"] }],
    ["no name", { name: "  ", email: "a@example.com", password: TEST_PASSWORD }, { name: ["errors.nameRequired"] }],
  ])("refuses %s with a field error", async (_name, fields, errors) => {
    const res = await register(fields);
    expect(res.status).toBe(400);
    expect(res.data?.result.error).toMatchObject(errors);
    expect(res.data?.result.initialValue).not.toHaveProperty("password");
  });

  it("every error it can give reads well in Vietnamese and English", () => {
    const keys = ["errors.emailTaken", "errors.passwordOnlyDigits", "errors.passwordTooShort", "errors.passwordRequired", "errors.emailInvalid", "errors.nameRequired", "errors.registerLimited"];
    for (const lang of ["vi", "en"] as const) {
      const t = getFixedT(lang, "auth");
      for (const key of keys) {
        const text = t(key, { minPassword: 8, minutes: 5 });
        expect(text).not.toBe(key);
        expect(text).not.toContain("{{");
      }
    }
    expect(getFixedT("vi", "auth")("errors.passwordTooShort", { minPassword: 8 })).toBe("Mật khẩu cần ít nhất 8 ký tự");
  });

  it("is rate-limited per address", async () => {
    const address = "10.8.0.1";
    await db.rateLimitEvent.createMany({ data: Array.from({ length: REGISTER_MAX_PER_IP_PER_HOUR }, () => ({ scope: "register:ip", key: address })) });
    const res = await register({ name: "A", email: testEmail("limited"), password: TEST_PASSWORD }, address);
    expect(res.status).toBe(429);
    expect(res.data?.result.error).toEqual({ "": ["errors.registerLimited"] });
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
  });
});

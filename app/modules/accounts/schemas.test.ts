import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import viAuth from "~/lib/i18n/locales/vi/auth";
import enAuth from "~/lib/i18n/locales/en/auth";
import { loginSchema, normalizeEmail, passwordProblem, registerSchema } from "./schemas";

function form(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
}

describe("normalizeEmail", () => {
  it("trims and lower-cases", () => {
    expect(normalizeEmail("  Nguyen.Van.A@Example.COM ")).toBe("nguyen.van.a@example.com");
  });
});

describe("passwordProblem", () => {
  it.each([
    ["", "errors.passwordTooShort"],
    ["short1", "errors.passwordTooShort"],
    ["12345678", "errors.passwordOnlyDigits"],
    ["1234 5678 90", "errors.passwordOnlyDigits"],
    ["          ", "errors.passwordOnlyDigits"],
    ["aaaaaaaaaa", "errors.passwordRepetitive"],
    ["abababab", "errors.passwordRepetitive"],
    ["Password123", "errors.passwordCommon"],
    ["matkhau123", "errors.passwordCommon"],
    ["x".repeat(150) + "y".repeat(51), "errors.passwordTooLong"],
  ])("refuses %j", (password, key) => {
    expect(passwordProblem(password)).toBe(key);
  });

  it.each(["ocop-demo-2026", "nước mắm Phú Quốc", "correct horse battery staple", "Abcdefg1"])("accepts %j", (password) => {
    expect(passwordProblem(password)).toBeNull();
  });
});

describe("registerSchema (through Conform, as the action parses it)", () => {
  it("normalises the email and trims the name, but never the password", () => {
    const s = parseWithZod(form({ name: "  Trần Thị Bình ", email: " Binh@Example.com ", password: " ocop-demo-2026 " }), { schema: registerSchema });
    expect(s.status).toBe("success");
    if (s.status !== "success") return;
    expect(s.value).toEqual({ name: "Trần Thị Bình", email: "binh@example.com", password: " ocop-demo-2026 " });
  });

  it("gives one message key per bad field", () => {
    const s = parseWithZod(form({ name: "", email: "not-an-email", password: "12345678" }), { schema: registerSchema });
    expect(s.status).toBe("error");
    const reply = s.reply();
    expect(reply.error).toEqual({
      name: ["errors.nameRequired"],
      email: ["errors.emailInvalid"],
      password: ["errors.passwordOnlyDigits"],
    });
  });

  it("asks for missing fields", () => {
    const reply = parseWithZod(form({}), { schema: registerSchema }).reply();
    expect(reply.error).toEqual({ name: ["errors.nameRequired"], email: ["errors.emailRequired"], password: ["errors.passwordRequired"] });
  });

  it("keeps what was typed except the password when asked to hide it", () => {
    const reply = parseWithZod(form({ name: "Bình", email: "bad", password: "secret-secret" }), { schema: registerSchema }).reply({ hideFields: ["password"] });
    expect(reply.initialValue).toMatchObject({ name: "Bình", email: "bad" });
    expect(reply.initialValue).not.toHaveProperty("password");
  });

  it("every message key exists in both dictionaries", () => {
    const keys = Object.keys(viAuth.errors);
    for (const key of ["nameRequired", "emailRequired", "emailInvalid", "passwordRequired", "passwordTooShort", "passwordOnlyDigits", "passwordRepetitive", "passwordCommon", "passwordTooLong", "nameTooLong", "emailTooLong"]) {
      expect(keys).toContain(key);
      expect(Object.keys(enAuth.errors)).toContain(key);
    }
  });
});

describe("loginSchema", () => {
  it("requires both fields and keeps redirectTo", () => {
    const ok = parseWithZod(form({ email: "A@B.VN", password: "anything", redirectTo: "/cart" }), { schema: loginSchema });
    expect(ok.status === "success" && ok.value).toEqual({ email: "a@b.vn", password: "anything", redirectTo: "/cart" });
    const bad = parseWithZod(form({ email: "", password: "" }), { schema: loginSchema }).reply();
    expect(bad.error).toEqual({ email: ["errors.emailRequired"], password: ["errors.passwordRequired"] });
  });
});

import { describe, expect, it } from "vitest";
import { loginUrlFor, safeRedirect, withRedirectTo } from "./redirect";

describe("safeRedirect", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeRedirect("/cart")).toBe("/cart");
    expect(safeRedirect("/search?q=n%C6%B0%E1%BB%9Bc+m%E1%BA%AFm&page=2")).toBe("/search?q=n%C6%B0%E1%BB%9Bc+m%E1%BA%AFm&page=2");
    expect(safeRedirect("/p/mat-ong#reviews")).toBe("/p/mat-ong#reviews");
  });

  it.each([
    ["absent", undefined],
    ["null", null],
    ["empty", ""],
    ["absolute URL", "https://evil.example/"],
    ["protocol-relative", "//evil.example/path"],
    ["backslash trick", "/\\evil.example"],
    ["backslash inside", "/foo\\..\\\\evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["relative path", "cart"],
    ["tab smuggling", "/\t/evil.example"],
    ["newline", "/\n/evil.example"],
    ["the login page itself", "/login?redirectTo=/x"],
    ["logout", "/logout"],
    ["far too long", `/${"a".repeat(3000)}`],
  ])("falls back for %s", (_name, value) => {
    expect(safeRedirect(value)).toBe("/");
    expect(safeRedirect(value, "/account")).toBe("/account");
  });

  it("accepts a File entry from FormData as nothing", () => {
    expect(safeRedirect(new File(["x"], "x.txt"))).toBe("/");
  });
});

describe("loginUrlFor", () => {
  it("carries the path and query of the refused page", () => {
    expect(loginUrlFor(new Request("http://localhost/account"))).toBe("/login?redirectTo=%2Faccount");
    expect(loginUrlFor(new Request("http://localhost/seller/orders?status=PAID"))).toBe("/login?redirectTo=%2Fseller%2Forders%3Fstatus%3DPAID");
    expect(loginUrlFor(new Request("http://localhost/"))).toBe("/login");
  });
});

describe("withRedirectTo", () => {
  it("passes a safe redirectTo on and drops an unsafe one", () => {
    expect(withRedirectTo("/register", "/cart")).toBe("/register?redirectTo=%2Fcart");
    expect(withRedirectTo("/register", "//evil.example")).toBe("/register");
    expect(withRedirectTo("/register", "/")).toBe("/register");
  });
});

import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./origin-check.js";

const base = { path: "/cart", host: "cho-ocop.vn", protocol: "https" };

describe("isCrossSiteWrite", () => {
  it("lets same-origin writes and reads through", () => {
    expect(isCrossSiteWrite({ ...base, method: "POST", origin: "https://cho-ocop.vn" })).toBe(false);
    expect(isCrossSiteWrite({ ...base, method: "GET", origin: "https://evil.example" })).toBe(false);
    expect(isCrossSiteWrite({ ...base, method: "POST", origin: undefined })).toBe(false);
  });
  it("refuses writes from another site, a null origin or garbage", () => {
    expect(isCrossSiteWrite({ ...base, method: "POST", origin: "https://evil.example" })).toBe(true);
    expect(isCrossSiteWrite({ ...base, method: "DELETE", origin: "https://cho-ocop.vn.evil.example" })).toBe(true);
    expect(isCrossSiteWrite({ ...base, method: "POST", origin: "http://cho-ocop.vn" })).toBe(true); // scheme matters
    expect(isCrossSiteWrite({ ...base, method: "POST", origin: "null" })).toBe(true);
    expect(isCrossSiteWrite({ ...base, method: "POST", origin: "not a url" })).toBe(true);
  });
  it("accepts APP_URL's origin behind a proxy, and exempts signed webhooks", () => {
    expect(isCrossSiteWrite({ method: "POST", path: "/cart", host: "10.0.0.5:3000", protocol: "http", origin: "https://cho-ocop.vn", appUrl: "https://cho-ocop.vn" })).toBe(false);
    expect(isCrossSiteWrite({ ...base, method: "POST", path: "/webhooks/stripe", origin: "https://stripe.example" })).toBe(false);
  });
});

import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  RESOURCE_CSP,
  STRIPE_CHECKOUT_ORIGIN,
  UPLOAD_CSP,
  baseSecurityHeaders,
  createNonce,
  cspFor,
  documentCsp,
  formActionOrigins,
  securityHeadersMiddleware,
} from "./security-headers.js";

/** "a b; c d" → { a: ["b"], c: ["d"] } */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe("documentCsp", () => {
  const csp = directives(documentCsp({ nonce: "abc123==", formActionOrigins: [STRIPE_CHECKOUT_ORIGIN] }));

  it("lets scripts run only with the nonce (and what they load), never inline or eval", () => {
    expect(csp["script-src"]).toEqual(["'nonce-abc123=='", "'strict-dynamic'", "'self'"]);
    expect(Object.values(csp).flat()).not.toContain("'unsafe-inline'");
    expect(Object.values(csp).flat()).not.toContain("'unsafe-eval'");
  });

  it("blocks plugins, <base>, framing; styles and fonts only from the site", () => {
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'none'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["style-src"]).toEqual(["'self'"]);
    expect(csp["img-src"]).toEqual(["'self'", "data:", "blob:"]);
  });

  it("lets forms go to the site and to Stripe Checkout only", () => {
    expect(csp["form-action"]).toEqual(["'self'", STRIPE_CHECKOUT_ORIGIN]);
    expect(directives(documentCsp({ nonce: "n" }))["form-action"]).toEqual(["'self'"]);
  });

  it("upgrades insecure requests only over https", () => {
    expect(csp["upgrade-insecure-requests"]).toBeUndefined();
    expect(directives(documentCsp({ nonce: "n", https: true }))["upgrade-insecure-requests"]).toEqual([]);
  });
});

describe("formActionOrigins", () => {
  it("is Stripe Checkout when card payments are configured, plus a fake Stripe's origin (e2e)", () => {
    expect(formActionOrigins({ NODE_ENV: "test" })).toEqual([]);
    expect(formActionOrigins({ NODE_ENV: "test", STRIPE_SECRET_KEY: "sk_live_x" })).toEqual([STRIPE_CHECKOUT_ORIGIN]);
    expect(formActionOrigins({ NODE_ENV: "test", STRIPE_SECRET_KEY: "sk_test", STRIPE_API_BASE: "http://127.0.0.1:4321/" })).toEqual([
      STRIPE_CHECKOUT_ORIGIN,
      "http://127.0.0.1:4321",
    ]);
    expect(formActionOrigins({ NODE_ENV: "test", STRIPE_API_BASE: "javascript:alert(1)" })).toEqual([]);
  });
});

describe("cspFor", () => {
  it("gives documents the document policy and everything else a policy that loads nothing", () => {
    expect(cspFor("text/html; charset=utf-8", { nonce: "n" })).toContain("'nonce-n'");
    expect(cspFor("application/json", { nonce: "n" })).toBe(RESOURCE_CSP);
    expect(cspFor(undefined, { nonce: "n" })).toBe(RESOURCE_CSP);
    expect(cspFor("application/pdf", { nonce: "n" })).toBe("frame-ancestors 'none'");
  });
});

describe("baseSecurityHeaders and createNonce", () => {
  it("sends HSTS only over https", () => {
    expect(baseSecurityHeaders()).not.toHaveProperty("Strict-Transport-Security");
    expect(baseSecurityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/^max-age=31536000/);
    expect(baseSecurityHeaders()).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
  });

  it("makes a new 128-bit nonce every time", () => {
    const a = createNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(createNonce()).not.toBe(a);
  });
});

describe("securityHeadersMiddleware", () => {
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    const app = express();
    app.use(securityHeadersMiddleware({ https: true, env: { NODE_ENV: "production" } }));
    app.get("/page", (_req, res) => res.type("html").send(`<p>${res.locals.cspNonce}</p>`));
    app.get("/json", (_req, res) => res.json({ ok: true }));
    app.get("/upload", (_req, res) => res.setHeader("Content-Security-Policy", UPLOAD_CSP).type("image/webp").send(Buffer.from("RIFF")));
    app.get("/raw", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "Content-Security-Policy": "sandbox" });
      res.end("raw");
    });
    server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("puts this response's nonce in a document's policy", async () => {
    const res = await fetch(`${base}/page`);
    const nonce = (await res.text()).replace(/<\/?p>/g, "");
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(res.headers.get("content-security-policy")).toContain(`'nonce-${nonce}'`);
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const again = await fetch(`${base}/page`);
    expect(again.headers.get("content-security-policy")).not.toContain(`'nonce-${nonce}'`);
  });

  it("gives JSON the resource policy and the same headers", async () => {
    const res = await fetch(`${base}/json`);
    expect(res.headers.get("content-security-policy")).toBe(RESOURCE_CSP);
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
  });

  it("keeps a policy the response set itself, once", async () => {
    const upload = await fetch(`${base}/upload`);
    expect(upload.headers.get("content-security-policy")).toBe(UPLOAD_CSP);
    const raw = await fetch(`${base}/raw`);
    expect(raw.headers.get("content-security-policy")).toBe("sandbox");
    expect(raw.headers.get("x-frame-options")).toBe("DENY");
  });
});

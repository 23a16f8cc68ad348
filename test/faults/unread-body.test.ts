// A request answered before its body was read (an upload redirected to /login,
// a 413, a 403) must not stall the kept-alive connection it came on: before
// app/lib/unread-body.js, the next request on that connection waited for the
// server's keep-alive timeout (65 s), which a browser shows as a hung page.
// Against the built server over real HTTP, one connection at a time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, request } from "undici";
import { startAppServer, type AppServer } from "../http/app-server";

let app: AppServer;
beforeAll(async () => {
  app = await startAppServer({ backgroundWork: false });
}, 180_000);
afterAll(async () => {
  await app?.stop();
});

const BIG = 3_000_000;
type Req = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };
const get: Req = { method: "GET", path: "/healthz" };
const early: Record<string, Req> = {
  // Anonymous: the action redirects to /login without reading the photo.
  "an upload answered by a redirect": {
    method: "POST",
    path: "/seller/products/new",
    headers: { "content-type": "multipart/form-data; boundary=zzz" },
    body: `--zzz\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n${"y".repeat(BIG)}`,
  },
  "a webhook answered 413": { method: "POST", path: "/webhooks/bank-transfer", headers: { "content-type": "application/json" }, body: `{"a":"${"x".repeat(BIG)}"}` },
  "a cross-site form answered 403": {
    method: "POST",
    path: "/cart",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
    body: `intent=add&note=${"x".repeat(BIG)}`,
  },
};

/** Sends the requests one after another on ONE kept-alive connection; a stall fails within 10 s. */
async function onOneConnection(requests: Req[]) {
  const agent = new Agent({ connections: 1, pipelining: 1, keepAliveTimeout: 60_000, headersTimeout: 10_000, bodyTimeout: 10_000 });
  try {
    const results: { status: number; connection: string | undefined }[] = [];
    for (const r of requests) {
      const res = await request(app.url + r.path, { method: r.method, headers: { origin: app.url, ...r.headers }, body: r.body, dispatcher: agent });
      await res.body.text();
      results.push({ status: res.statusCode, connection: [res.headers.connection].flat()[0] });
    }
    return results;
  } finally {
    await agent.destroy();
  }
}

describe("a response sent before the request body was read", () => {
  for (const [name, req] of Object.entries(early)) {
    it(`${name}: closes the connection, and the next requests are answered at once`, async () => {
      const [first, ...rest] = await onOneConnection([req, get, req, get]);
      expect(first.status).toBeGreaterThanOrEqual(300);
      expect(first.status).toBeLessThan(500);
      expect(first.connection).toBe("close");
      expect(rest.map((r) => r.status)).toEqual([200, first.status, 200]);
    });
  }

  it("a request whose body was read (even a bad one) keeps its connection alive", async () => {
    const bad = { method: "POST" as const, path: "/cart", headers: { "content-type": "application/json" }, body: JSON.stringify({ a: "x".repeat(BIG) }) };
    const small = { method: "POST" as const, path: "/cart", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "intent=nothing" };
    const results = await onOneConnection([bad, get, small, get]);
    expect(results.map((r) => r.status)).toEqual([400, 200, 400, 200]);
    expect(results.map((r) => r.connection)).toEqual(["keep-alive", "keep-alive", "keep-alive", "keep-alive"]);
  });
});

// Route × role matrix for the seller portal, the public API and the webhooks
// (the /admin routes have theirs in admin.routes.test.ts). The route list is
// read from app/routes, so a new route can't be forgotten; ids in URLs are real
// ids owned by seller A. Roles: anonymous, shopper, seller A, seller B, admin.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { addSellerMember, createTestUser, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { scanPath } from "~/modules/certificates/submit.server";
import { createCertificate, createProduct, createSeller } from "../../prisma/factories";
import { createTestOrder } from "~/modules/payments/testing.server";
import { confirmOrderPayment } from "~/modules/payments/index.server";

type RouteModule = { loader?: (args: LoaderFunctionArgs) => Promise<unknown> };
type Role = "anonymous" | "shopper" | "sellerA" | "sellerB" | "admin";

const ROUTES_DIR = path.resolve(__dirname);
const files = (re: RegExp) =>
  fs
    .readdirSync(ROUTES_DIR)
    .filter((f) => re.test(f) && !/\.test\.tsx?$/.test(f))
    .sort();
const sellerRoutes = files(/^seller[._].*\.tsx?$/);
const apiRoutes = files(/^api\..*\.tsx?$/);
const webhookRoutes = files(/^webhooks\..*\.tsx?$/);

/** "seller.products.$id.tsx" → "/seller/products/$id" */
function urlPattern(file: string): string {
  // "$id_" opts out of nesting in Remix; the URL segment is still $id.
  return "/" + file.replace(/\.tsx?$/, "").split(".").filter((s) => s !== "_index" && !s.startsWith("_")).map((s) => s.replace(/_$/, "")).join("/");
}

const cookies: Record<Role, string | undefined> = { anonymous: undefined, shopper: "", sellerA: "", sellerB: "", admin: "" };
let params: Record<string, string>;
let staffCookieA = "";

beforeAll(async () => {
  const [a, b] = await Promise.all([createSeller({ status: "APPROVED", owner: false }), createSeller({ status: "APPROVED", owner: false })]);
  const [shopper, ownerA, ownerB, admin] = await Promise.all([createTestUser(), createTestUser(), createTestUser(), createTestUser({ role: "ADMIN" })]);
  await addSellerMember(ownerA.user.id, a.id);
  await addSellerMember(ownerB.user.id, b.id);
  Object.assign(cookies, { shopper: shopper.cookie, sellerA: ownerA.cookie, sellerB: ownerB.cookie, admin: admin.cookie });
  const product = await createProduct({ sellerId: a.id, name: "Mật ong ma trận", variants: [{ label: "Chai", price: 120_000, onHand: 5 }] });
  const key = `certificates/${a.id}/scan-matrix-0001.pdf`;
  const certificate = await createCertificate({ sellerId: a.id, scanPath: key });
  fs.mkdirSync(path.dirname(scanPath(key)), { recursive: true });
  fs.writeFileSync(scanPath(key), "%PDF-1.4\n% test scan\n");
  // A paid order with a part for seller A (seller order pages show paid orders only).
  const order = await createTestOrder({ parts: [{ lines: [{ price: 120_000, quantity: 1, variant: product.variants[0] }] }] });
  const paid = await confirmOrderPayment({ orderId: order.order.id, provider: "VIETQR", amount: order.order.total, currency: "VND", reference: "matrix" });
  expect(paid.result).toBe("paid");
  params = { id: product.id, variantId: product.variants[0].id, slug: product.slug, certificateId: certificate.id };
  // The scan route's $id is a certificate id.
  params["seller.certificates.$id.scan.ts"] = certificate.id;
  params["seller.orders.$id.tsx"] = order.sellerOrders[0].id;
  params["seller.orders.$id_.slip.tsx"] = order.sellerOrders[0].id;
  // A STAFF member of seller A, for the owner-only writes of /seller/team and /seller/settings.
  const staffA = await createTestUser();
  await addSellerMember(staffA.user.id, a.id, "STAFF");
  staffCookieA = staffA.cookie;
});

function resolve(file: string): { url: string; params: Record<string, string> } {
  const out: Record<string, string> = {};
  const url = urlPattern(file).replace(/\$([A-Za-z]+)/g, (_, name: string) => {
    const value = (name === "id" && params[file]) || params[name];
    if (!value) throw new Error(`${file}: add a real id for $${name} to route-matrix.test.ts`);
    out[name] = value;
    return value;
  });
  return { url, params: out };
}

async function status(file: string, role: Role): Promise<number> {
  const mod = (await import(`./${file}`)) as RouteModule;
  if (!mod.loader) return 405;
  const { url, params: p } = resolve(file);
  const r = await runRoute(() => mod.loader!({ request: getRequest(url, cookies[role]), params: p, context: { clientIp: "198.51.100.7" } }));
  return r.status;
}

/** What each role must get from a /seller route (a resource of seller A in the URL, or not). */
function expectedSeller(file: string, role: Role): number {
  const ownsResource = file.includes("$");
  if (file === "seller.certificates.$id.scan.ts") return { anonymous: 302, shopper: 404, sellerA: 200, sellerB: 404, admin: 200 }[role];
  return { anonymous: 302, shopper: 403, sellerA: 200, sellerB: ownsResource ? 404 : 200, admin: 403 }[role];
}

describe("route × role matrix", () => {
  it("reads the routes from app/routes", () => {
    expect(sellerRoutes.length).toBeGreaterThanOrEqual(8);
    expect(apiRoutes).toEqual(expect.arrayContaining(["api.v1.search.ts", "api.v1.products.$slug.ts"]));
    expect(webhookRoutes).toEqual(expect.arrayContaining(["webhooks.bank-transfer.ts", "webhooks.stripe.ts"]));
  });

  for (const file of sellerRoutes) {
    const roles = ["anonymous", "shopper", "sellerA", "sellerB", "admin"] as Role[];
    it(`${urlPattern(file)}: ${roles.map((r) => `${r} ${expectedSeller(file, r)}`).join(" · ")}`, async () => {
      for (const role of ["anonymous", "shopper", "sellerA", "sellerB", "admin"] as Role[]) {
        expect(await status(file, role), `${file} as ${role}`).toBe(expectedSeller(file, role));
      }
    });
  }

  for (const file of apiRoutes) {
    it(`${urlPattern(file)}: public, the same 200 for every role`, async () => {
      for (const role of ["anonymous", "shopper", "sellerA", "sellerB", "admin"] as Role[]) {
        expect(await status(file, role), `${file} as ${role}`).toBe(200);
      }
    });
  }

  for (const file of webhookRoutes) {
    it(`${urlPattern(file)}: no GET for anyone; an unsigned POST records nothing`, async () => {
      const mod = (await import(`./${file}`)) as RouteModule & { action?: (args: { request: Request; params: object; context: object }) => Promise<unknown> };
      for (const role of ["anonymous", "shopper", "sellerA", "sellerB", "admin"] as Role[]) {
        if (mod.loader) expect(await status(file, role)).not.toBe(200);
        const request = new Request(`http://localhost${urlPattern(file)}`, {
          method: "POST",
          body: JSON.stringify({ id: "forged", amount: 1000, content: "OCOP2345AB", accountNumber: "1", transactionAt: new Date().toISOString() }),
          headers: { "Content-Type": "application/json", ...(cookies[role] ? { Cookie: cookies[role]! } : {}) },
        });
        const r = await runRoute(() => mod.action!({ request, params: {}, context: { clientIp: "198.51.100.7" } }));
        // A session cookie is no credential for a webhook: 401 (bank), or 400/404 (Stripe unsigned / not configured).
        expect([400, 401, 404], `${file} as ${role}`).toContain(r.status);
      }
    });
  }
});

// Writes of /seller/team and /seller/settings (their GETs are in the matrix above): owners of
// either seller act for their own seller; a STAFF member of seller A is refused with 403 and a
// reason (docs/decisions/0017); anonymous → login; shopper and admin have no seller (403).
describe("owner-only writes: /seller/team and /seller/settings POST", () => {
  type Action = (args: { request: Request; params: object; context: object }) => Promise<unknown>;
  const post = async (file: string, cookie: string | undefined, fields: Record<string, string>) => {
    const mod = (await import(`./${file}`)) as { action: Action };
    const request = new Request(`http://localhost${urlPattern(file)}`, {
      method: "POST",
      body: new URLSearchParams(fields),
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
    });
    return (await runRoute(() => mod.action({ request, params: {}, context: {} }))).status;
  };
  const expected: Record<Role | "staffA", number> = { anonymous: 302, shopper: 403, sellerA: 302, sellerB: 302, admin: 403, staffA: 403 };
  const bank = { intent: "bank", bankBin: "970436", bankAccountNo: "0071000123456", bankAccountName: "HTX MA TRAN" };
  let i = 0;
  const cookieOf = (role: Role | "staffA") => (role === "staffA" ? staffCookieA : cookies[role]);

  it(`/seller/team invite: ${Object.entries(expected).map(([r, s]) => `${r} ${s}`).join(" · ")}`, async () => {
    for (const role of Object.keys(expected) as (Role | "staffA")[]) {
      expect(await post("seller.team.tsx", cookieOf(role), { intent: "invite", email: `matrix-${process.pid}-${++i}@example.com` }), role).toBe(expected[role]);
    }
  });

  it(`/seller/settings bank: ${Object.entries(expected).map(([r, s]) => `${r} ${s}`).join(" · ")}`, async () => {
    for (const role of Object.keys(expected) as (Role | "staffA")[]) {
      expect(await post("seller.settings.tsx", cookieOf(role), bank), role).toBe(expected[role]);
    }
  });

  it("/seller/settings profile: staff of seller A may save it (302)", async () => {
    expect(await post("seller.settings.tsx", staffCookieA, { intent: "profile", phone: "0912345678", email: "ma-tran@example.com", addressLine: "Ấp Ma Trận", story: "" })).toBe(302);
  });
});

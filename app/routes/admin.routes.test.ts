// Every /admin route (read from app/routes, so a new one can't be forgotten)
// answers 302 to anonymous visitors, 403 to a shopper and 200 to an admin, for
// its loader and its action; and the console's actions, end to end through the
// route modules: validation errors in Vietnamese, decisions audited with the
// admin's IP address, refusals with the right status.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { createTestUser, db, formRequest, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { createCertificate, createProduct, createSeller } from "../../prisma/factories";
import { createTestOrder } from "~/modules/payments/testing.server";

type RouteModule = { loader?: (args: LoaderFunctionArgs) => Promise<unknown>; action?: (args: ActionFunctionArgs) => Promise<unknown> };

const ROUTES_DIR = path.resolve(__dirname);
const adminRouteFiles = fs
  .readdirSync(ROUTES_DIR)
  .filter((f) => /^admin[._].*\.tsx?$/.test(f) || /^admin\.tsx?$/.test(f))
  .filter((f) => !/\.test\.tsx?$/.test(f))
  .sort();

/** "admin.sellers.$id.tsx" → "/admin/sellers/$id" */
function urlPattern(file: string): string {
  const segments = file
    .replace(/\.tsx?$/, "")
    .split(".")
    .filter((s) => s !== "_index" && !s.startsWith("_"));
  return `/${segments.join("/")}`;
}

let ids: Record<string, string>;
let adminCookie: string;
let adminId: string;
let shopperCookie: string;
const context = { clientIp: "203.0.113.99" };

beforeAll(async () => {
  const seller = await createSeller({ status: "PENDING", name: "Hợp tác xã Kiểm Tra Tuyến" });
  const certificate = await createCertificate({ sellerId: seller.id, status: "PENDING" });
  const order = await createTestOrder();
  ids = { "/admin/sellers/$id": seller.id, "/admin/certificates/$id": certificate.id, "/admin/orders/$id": order.order.id };
  const admin = await createTestUser({ role: "ADMIN", name: "Quản trị Tuyến" });
  adminCookie = admin.cookie;
  adminId = admin.user.id;
  shopperCookie = (await createTestUser()).cookie;
});

function resolve(pattern: string): { url: string; params: Record<string, string> } {
  if (!pattern.includes("$")) return { url: pattern, params: {} };
  const id = ids[pattern];
  if (!id) throw new Error(`${pattern}: add real params for this route to admin.routes.test.ts`);
  const params: Record<string, string> = {};
  const url = pattern.replace(/\$([A-Za-z]+)/g, (_, name: string) => {
    params[name] = id;
    return id;
  });
  return { url, params };
}

describe("every /admin route", () => {
  it("finds the console's routes", () => {
    expect(adminRouteFiles).toEqual(
      expect.arrayContaining([
        "admin._index.tsx",
        "admin.sellers._index.tsx",
        "admin.sellers.$id.tsx",
        "admin.certificates._index.tsx",
        "admin.certificates.$id.tsx",
        "admin.products._index.tsx",
        "admin.users._index.tsx",
        "admin.audit._index.tsx",
      ]),
    );
  });

  for (const file of adminRouteFiles) {
    const pattern = urlPattern(file);
    it(`${pattern}: 302 anonymous, 403 shopper, 200 admin`, async () => {
      const mod = (await import(`./${file}`)) as RouteModule;
      expect(mod.loader ?? mod.action, file).toBeTypeOf("function");
      const { url, params } = resolve(pattern);
      if (mod.loader) {
        const load = (cookie?: string) => runRoute(() => mod.loader!({ request: getRequest(url, cookie), context, params }));
        const anon = await load();
        expect(anon.status, `${url} anonymous`).toBe(302);
        expect(anon.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent(url)}`);
        expect((await load(shopperCookie)).status, `${url} shopper`).toBe(403);
        const ok = await load(adminCookie);
        expect(ok.status, `${url} admin`).toBe(200);
        expect(ok.headers.get("Cache-Control")).toBe("private, no-store");
      }
      if (mod.action) {
        // Guards run before anything is read from the body.
        const post = (cookie?: string) => runRoute(() => mod.action!({ request: formRequest(url, {}, { cookie }), context, params }));
        expect((await post()).status, `${url} POST anonymous`).toBe(302);
        expect((await post(shopperCookie)).status, `${url} POST shopper`).toBe(403);
      }
    });
  }
});

type FormReply = { intent: string; result: { status?: string; error?: Record<string, string[] | null> } };

describe("seller decisions through /admin/sellers/:id", () => {
  it("reject without a reason → 400 with the error on the field; approve → redirect, audited with the admin's IP", async () => {
    const { action } = await import("./admin.sellers.$id");
    const seller = await createSeller({ status: "PENDING" });
    const post = (fields: Record<string, string>) =>
      runRoute<FormReply>(() => action({ request: formRequest(`/admin/sellers/${seller.id}`, fields, { cookie: adminCookie }), context, params: { id: seller.id } }));

    const noReason = await post({ intent: "reject", reason: "" });
    expect(noReason.status).toBe(400);
    expect(noReason.data).toMatchObject({ intent: "reject", result: { error: { reason: ["errors.reasonRequired"] } } });
    expect((await db.seller.findUniqueOrThrow({ where: { id: seller.id } })).status).toBe("PENDING");

    const approved = await post({ intent: "approve", reason: "" });
    expect(approved.status).toBe(302);
    expect(approved.headers.get("Location")).toBe(`/admin/sellers/${seller.id}?done=approve`);
    expect((await db.seller.findUniqueOrThrow({ where: { id: seller.id } })).status).toBe("APPROVED");
    expect(await db.auditLog.findFirst({ where: { entityId: seller.id } })).toMatchObject({ action: "seller.approve", actorId: adminId, ipAddress: "203.0.113.99" });

    // Approving again is not a transition: 409 with a form error.
    const again = await post({ intent: "approve" });
    expect(again.status).toBe(409);
    expect(again.data).toMatchObject({ result: { error: { "": ["errors.invalid_transition"] } } });

    const suspended = await post({ intent: "suspend", reason: "Hàng giả bị phản ánh" });
    expect(suspended.status).toBe(302);
    expect(await db.seller.findUniqueOrThrow({ where: { id: seller.id } })).toMatchObject({ status: "SUSPENDED", statusReason: "Hàng giả bị phản ánh" });

    expect((await post({ intent: "delete" })).status).toBe(400);
  });

  it("an unknown seller is 404", async () => {
    const { loader } = await import("./admin.sellers.$id");
    expect((await runRoute(() => loader({ request: getRequest("/admin/sellers/khong-co", adminCookie), context, params: { id: "khong-co" } }))).status).toBe(404);
  });
});

describe("certificate decisions through /admin/certificates/:id", () => {
  it("revoke needs a reason; verify then revoke", async () => {
    const { action } = await import("./admin.certificates.$id");
    const seller = await createSeller({ status: "APPROVED" });
    const cert = await createCertificate({ sellerId: seller.id, status: "PENDING" });
    const post = (fields: Record<string, string>) =>
      runRoute<FormReply>(() => action({ request: formRequest(`/admin/certificates/${cert.id}`, fields, { cookie: adminCookie }), context, params: { id: cert.id } }));
    expect((await post({ intent: "verify" })).headers.get("Location")).toBe(`/admin/certificates/${cert.id}?done=verify`);
    const noReason = await post({ intent: "revoke", reason: "  " });
    expect(noReason.status).toBe(400);
    expect(noReason.data).toMatchObject({ result: { error: { reason: ["errors.reasonRequired"] } } });
    expect((await post({ intent: "revoke", reason: "Thu hồi theo quyết định mới" })).status).toBe(302);
    expect((await db.ocopCertificate.findUniqueOrThrow({ where: { id: cert.id } })).status).toBe("REVOKED");
  });
});

describe("/admin/products", () => {
  it("hide with a reason and lift, keeping the list's filters", async () => {
    const { action, loader } = await import("./admin.products._index");
    const seller = await createSeller({ status: "APPROVED" });
    const product = await createProduct({ sellerId: seller.id, name: "Nón lá bài thơ thử", categorySlug: "may-tre-dan" });
    const post = (fields: Record<string, string>) =>
      runRoute<FormReply>(() => action({ request: formRequest(`/admin/products?index&q=non+la`, fields, { cookie: adminCookie }), context, params: {} }));
    const noReason = await post({ intent: "hide", productId: product.id, reason: "" });
    expect(noReason.status).toBe(400);
    expect(noReason.data).toMatchObject({ result: { error: { reason: ["errors.reasonRequired"] } } });
    const hidden = await post({ intent: "hide", productId: product.id, reason: "Sai xuất xứ" });
    expect(hidden.status).toBe(302);
    expect(hidden.headers.get("Location")).toBe(`/admin/products?q=non+la&done=hide&product=${product.id}`);
    const list = await runRoute<{ products: { id: string; status: string; hiddenReason: string | null }[] }>(() =>
      loader({ request: getRequest("/admin/products?q=non+la+bai+tho", adminCookie), context, params: {} }),
    );
    expect(list.data!.products).toEqual([expect.objectContaining({ id: product.id, status: "HIDDEN", hiddenReason: "Sai xuất xứ" })]);
    expect((await post({ intent: "unhide", productId: product.id })).status).toBe(302);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).status).toBe("ACTIVE");
  });
});

describe("/admin/users", () => {
  it("grants and removes the admin role, refuses to remove the last admin", async () => {
    const { action } = await import("./admin.users._index");
    const post = (fields: Record<string, string>, cookie = adminCookie) =>
      runRoute<{ ok: boolean; message: string }>(() => action({ request: formRequest("/admin/users?index", fields, { cookie }), context, params: {} }));
    const { user } = await createTestUser();
    expect((await post({ intent: "grant-admin", userId: user.id })).data).toMatchObject({ ok: true, message: "users.done.grantAdmin" });
    expect((await post({ intent: "remove-admin", userId: user.id })).data).toMatchObject({ ok: true, message: "users.done.removeAdmin" });

    await db.user.updateMany({ where: { role: "ADMIN", id: { not: adminId } }, data: { role: "SHOPPER" } });
    const last = await post({ intent: "remove-admin", userId: adminId });
    expect(last.status).toBe(409);
    expect(last.data).toMatchObject({ ok: false, message: "users.errors.last_admin" });
    expect((await db.user.findUniqueOrThrow({ where: { id: adminId } })).role).toBe("ADMIN");

    const sessions = await post({ intent: "revoke-sessions", userId: user.id });
    expect(sessions.data).toMatchObject({ ok: true, message: "users.done.revokeSessions" });
    expect((await post({ intent: "nonsense", userId: user.id })).status).toBe(400);
  });
});

describe("/admin/audit", () => {
  it("filters by action and actor; ignores nonsense filters", async () => {
    const { loader } = await import("./admin.audit._index");
    type Page = { total: number; entries: { action: string; actor: { name: string } | null }[] };
    const res = await runRoute<Page>(() => loader({ request: getRequest("/admin/audit?action=seller.approve&actor=quan+tri+tuyen", adminCookie), context, params: {} }));
    expect(res.status).toBe(200);
    expect(res.data!.total).toBeGreaterThan(0);
    expect(res.data!.entries.every((e) => e.action === "seller.approve" && e.actor?.name === "Quản trị Tuyến")).toBe(true);
    const nonsense = await runRoute<Page>(() => loader({ request: getRequest("/admin/audit?action=drop+table&from=hom-qua&page=-3", adminCookie), context, params: {} }));
    expect(nonsense.status).toBe(200);
  });
});

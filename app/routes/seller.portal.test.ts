// The seller portal's routes, end to end through loaders and actions: which seller a page acts
// for, that ids from URLs and form fields never reach another seller's data, and that a
// suspended seller can read but not write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addSellerMember, cookieHeader, createTestUser, db, formRequest, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { submitCertificate } from "~/modules/certificates/index.server";
import { file, multipartRequest, pdfBytes, pngBytes, useTemporaryUploads } from "~/modules/products/testing.server";
import { createCertificate, createProduct, createSeller } from "../../prisma/factories";
import * as dashboard from "./seller._index";
import * as productList from "./seller.products._index";
import * as productNew from "./seller.products.new";
import * as productEdit from "./seller.products.$id";
import * as inventory from "./seller.inventory._index";
import * as variantPage from "./seller.inventory.$variantId";
import * as certificates from "./seller.certificates._index";
import * as certificateNew from "./seller.certificates.new";
import * as scan from "./seller.certificates.$id.scan";

let uploads: Awaited<ReturnType<typeof useTemporaryUploads>>;
beforeAll(async () => {
  uploads = await useTemporaryUploads();
});
afterAll(() => uploads.restore());

type Args = { request: Request; params?: Record<string, string> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loaders and actions of different routes
const call = <T = unknown,>(fn: (args: any) => Promise<unknown>, { request, params = {} }: Args) =>
  runRoute<T>(() => fn({ request, params, context: {} }));

/** A seller with an owner who is logged in, a product with two variants, and a certificate with a scan. */
async function shop(status: "APPROVED" | "SUSPENDED" = "APPROVED") {
  const { user, cookie } = await createTestUser();
  const seller = await createSeller({ status, owner: user });
  const product = await createProduct({ sellerId: seller.id, variants: [{ label: "Hũ nhỏ", price: 50_000, onHand: 8 }, { label: "Hũ lớn", price: 90_000, onHand: 2 }] });
  const submitted = await submitCertificate({
    sellerId: seller.id,
    input: { productName: "Mắm", decisionNumber: "12/QĐ-UBND", issuingAuthority: "UBND tỉnh", issuedAt: "2025-01-15", stars: 4, groupSlug: "thuc-pham", scan: file(pdfBytes(), "qd.pdf") },
  });
  if (!submitted.ok) throw new Error("certificate not stored");
  return { user, cookie, seller, product, variants: product.variants, certificateId: submitted.certificateId };
}

function productFields(overrides: Record<string, string | string[] | File | File[]> = {}) {
  return {
    name: "Bánh tét lá cẩm",
    categorySlug: "banh-keo-mut",
    description: "Nếp cẩm, đậu xanh.",
    status: "DRAFT",
    "variants[0].label": "Đòn 500 g",
    "variants[0].sku": "BT-500",
    "variants[0].price": "65.000",
    "variants[0].weightGrams": "600",
    "variants[0].initialStock": "12",
    "variants[1].label": "Đòn 1 kg",
    "variants[1].sku": "BT-1000",
    "variants[1].price": "120000",
    "variants[1].weightGrams": "1100",
    "variants[1].initialStock": "5",
    ...overrides,
  };
}

describe("choosing the seller", () => {
  it("uses the first portal membership, switches with ?seller= (remembered in a cookie), refuses a seller the user is not in", async () => {
    const { user, cookie } = await createTestUser();
    const first = await createSeller({ owner: user, name: "HTX Thứ Nhất" });
    const second = await createSeller({ name: "HTX Thứ Hai" });
    await addSellerMember(user.id, second.id, "STAFF");
    const pending = await createSeller({ status: "PENDING" });
    await addSellerMember(user.id, pending.id);
    const stranger = await createSeller();

    type Page = { portal: { seller: { slug: string }; query: string; sellers: unknown[]; role: string } };
    const byDefault = await call<Page>(dashboard.loader, { request: getRequest("/seller", cookie) });
    expect(byDefault.data?.portal.seller.slug).toBe(first.slug);
    expect(byDefault.data?.portal.sellers).toHaveLength(2);
    expect(byDefault.data?.portal.query).toBe(`?seller=${first.slug}`);

    const switched = await call<Page>(dashboard.loader, { request: getRequest(`/seller?seller=${second.slug}`, cookie) });
    expect(switched.data?.portal).toMatchObject({ seller: { slug: second.slug }, role: "STAFF" });
    const setCookie = switched.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toContain(`ocop_seller=${second.slug}`);

    const remembered = await call<Page>(dashboard.loader, { request: getRequest("/seller", `${cookie}; ${cookieHeader(setCookie)}`) });
    expect(remembered.data?.portal.seller.slug).toBe(second.slug);

    expect((await call(dashboard.loader, { request: getRequest(`/seller?seller=${stranger.slug}`, cookie) })).status).toBe(404);
    expect((await call(dashboard.loader, { request: getRequest("/seller?seller=no-such-shop", cookie) })).status).toBe(404);
    const pendingChoice = await call(dashboard.loader, { request: getRequest(`/seller?seller=${pending.slug}`, cookie) });
    expect(pendingChoice.status).toBe(403);
    expect(await pendingChoice.response?.json()).toMatchObject({ reason: "seller_pending" });
  });
});

describe("products through the routes", () => {
  it("creates a product with two variants and a photo, then lists it", async () => {
    const a = await shop();
    const res = await call(productNew.action, { request: multipartRequest("/seller/products/new", productFields({ photos: file(await pngBytes(400), "banh.png", "image/png") }), a.cookie) });
    expect(res.status).toBe(302);
    const product = await db.product.findFirstOrThrow({ where: { sellerId: a.seller.id, name: "Bánh tét lá cẩm" }, include: { variants: true, images: true } });
    expect(res.headers.get("Location")).toBe(`/seller/products/${product.id}?saved=1`);
    expect(product.variants.map((v) => [v.sku, v.price, v.onHand]).sort()).toEqual([
      ["BT-1000", 120_000, 5],
      ["BT-500", 65_000, 12],
    ]);
    expect(product.images).toHaveLength(1);
    const list = await call<{ list: { items: { name: string }[] } }>(productList.loader, { request: getRequest("/seller/products?q=banh+tet", a.cookie) });
    expect(list.data?.list.items.map((p) => p.name)).toEqual(["Bánh tét lá cẩm"]);
  });

  it("invalid input writes nothing and keeps what was typed", async () => {
    const a = await shop();
    const before = await db.product.count({ where: { sellerId: a.seller.id } });
    const res = await call<{ result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } }>(productNew.action, {
      request: multipartRequest("/seller/products/new", productFields({ name: "", "variants[1].price": "12,5", "variants[0].sku": "BT 500" }), a.cookie),
    });
    expect(res.status).toBe(400);
    expect(res.data?.result.error).toMatchObject({ name: ["errors.productNameRequired"], "variants[1].price": ["errors.priceFormat"], "variants[0].sku": ["errors.skuFormat"] });
    expect(res.data?.result.initialValue).toMatchObject({ description: "Nếp cẩm, đậu xanh.", variants: [expect.objectContaining({ label: "Đòn 500 g" }), expect.objectContaining({ label: "Đòn 1 kg" })] });
    expect(await db.product.count({ where: { sellerId: a.seller.id } })).toBe(before);
    expect(await db.productVariant.count({ where: { sellerId: a.seller.id, sku: { startsWith: "BT" } } })).toBe(0);
  });

  it("a duplicate SKU within the seller is a field error; another seller may reuse it", async () => {
    const a = await shop();
    const b = await shop();
    const taken = a.variants[0].sku;
    const res = await call<{ result: { error: Record<string, string[]> } }>(productNew.action, { request: multipartRequest("/seller/products/new", productFields({ "variants[1].sku": taken }), a.cookie) });
    expect(res.status).toBe(400);
    expect(res.data?.result.error).toEqual({ "variants[1].sku": ["errors.skuTaken"] });
    const reuse = await call(productNew.action, { request: multipartRequest("/seller/products/new", productFields({ "variants[1].sku": taken }), b.cookie) });
    expect(reuse.status).toBe(302);
  });

  it("another seller's product is 404 by URL (page and save); another seller's variant, photo or certificate in the form is refused", async () => {
    const a = await shop();
    const b = await shop();
    expect((await call(productEdit.loader, { request: getRequest(`/seller/products/${b.product.id}`, a.cookie), params: { id: b.product.id } })).status).toBe(404);
    const save = await call(productEdit.action, { request: multipartRequest(`/seller/products/${b.product.id}`, productFields(), a.cookie), params: { id: b.product.id } });
    expect(save.status).toBe(404);

    const withForeignVariant = productFields({ "variants[0].id": b.variants[0].id, "variants[0].sku": b.variants[0].sku });
    const foreign = await call(productEdit.action, { request: multipartRequest(`/seller/products/${a.product.id}`, withForeignVariant, a.cookie), params: { id: a.product.id } });
    expect(foreign.status).toBe(404);

    const foreignCert = await call<{ result: { error: Record<string, string[]> } }>(productEdit.action, {
      request: multipartRequest(
        `/seller/products/${a.product.id}`,
        productFields({ certificateId: b.certificateId, "variants[0].id": a.variants[0].id, "variants[0].sku": a.variants[0].sku, "variants[1].id": a.variants[1].id, "variants[1].sku": a.variants[1].sku }),
        a.cookie,
      ),
      params: { id: a.product.id },
    });
    expect(foreignCert.status).toBe(400);
    expect(foreignCert.data?.result.error).toEqual({ certificateId: ["errors.certificateNotFound"] });

    const bAfter = await db.product.findUniqueOrThrow({ where: { id: b.product.id }, include: { variants: { orderBy: { position: "asc" } } } });
    expect(bAfter.name).toBe(b.product.name);
    expect(bAfter.variants.map((v) => v.label)).toEqual(["Hũ nhỏ", "Hũ lớn"]);
    expect((await db.product.findUniqueOrThrow({ where: { id: a.product.id } })).certificateId).toBeNull();
  });
});

describe("inventory through the routes", () => {
  it("adjusts the seller's own variant and shows it in the history", async () => {
    const a = await shop();
    const v = a.variants[0];
    const res = await call(inventory.action, { request: formRequest("/seller/inventory?index", { intent: "adjust", variantId: v.id, reason: "RESTOCK", quantity: "5", note: "Nhập lô tháng 11" }, { cookie: a.cookie }) });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/seller/inventory?done=adjust&variant=${v.id}`);
    const page = await call<{ variant: { onHand: number }; movements: { rows: { reason: string; onHandDelta: number; note: string }[] } }>(variantPage.loader, {
      request: getRequest(`/seller/inventory/${v.id}`, a.cookie),
      params: { variantId: v.id },
    });
    expect(page.data?.variant.onHand).toBe(13);
    expect(page.data?.movements.rows[0]).toMatchObject({ reason: "RESTOCK", onHandDelta: 5, note: "Nhập lô tháng 11" });
  });

  it("another seller's variant: 404 by URL, by form field, and by a form field that disagrees with the URL", async () => {
    const a = await shop();
    const b = await shop();
    const bv = b.variants[0];
    const adjust = (variantId: string) => ({ intent: "adjust", variantId, reason: "RESTOCK", quantity: "50" });
    expect((await call(variantPage.loader, { request: getRequest(`/seller/inventory/${bv.id}`, a.cookie), params: { variantId: bv.id } })).status).toBe(404);
    expect((await call(inventory.action, { request: formRequest("/seller/inventory?index", adjust(bv.id), { cookie: a.cookie }) })).status).toBe(404);
    expect((await call(inventory.action, { request: formRequest("/seller/inventory?index", { intent: "threshold", variantId: bv.id, lowStockThreshold: "1" }, { cookie: a.cookie }) })).status).toBe(404);
    expect((await call(variantPage.action, { request: formRequest(`/seller/inventory/${bv.id}`, adjust(bv.id), { cookie: a.cookie }), params: { variantId: bv.id } })).status).toBe(404);
    const av = a.variants[0];
    expect((await call(variantPage.action, { request: formRequest(`/seller/inventory/${av.id}`, adjust(bv.id), { cookie: a.cookie }), params: { variantId: av.id } })).status).toBe(404);
    expect(await db.productVariant.findUniqueOrThrow({ where: { id: bv.id } })).toMatchObject({ onHand: 8, lowStockThreshold: 5 });
    expect(await db.inventoryMovement.count({ where: { variantId: bv.id } })).toBe(1);
  });

  it("explains a refused adjustment next to the quantity", async () => {
    const a = await shop();
    const v = a.variants[1]; // 2 on hand
    const res = await call<{ result: { error: Record<string, string[]> } }>(inventory.action, {
      request: formRequest("/seller/inventory?index", { intent: "adjust", variantId: v.id, reason: "DAMAGE", quantity: "3" }, { cookie: a.cookie }),
    });
    expect(res.status).toBe(400);
    expect(res.data?.result.error).toEqual({ quantity: ['errors.belowReserved|{"onHand":2,"reserved":0}'] });
  });
});

describe("certificates and their scans", () => {
  it("adds a certificate with a scan kept out of /media, shown with its expiry", async () => {
    const a = await shop();
    const res = await call(certificateNew.action, {
      request: multipartRequest(
        "/seller/certificates/new",
        { productName: "Mật ong tràm", decisionNumber: "345/QĐ-UBND", issuingAuthority: "UBND tỉnh Cà Mau", issuedAt: "15/03/2024", stars: "4", groupSlug: "thuc-pham", scan: file(await pngBytes(300), "scan.png", "image/png") },
        a.cookie,
      ),
    });
    expect(res.status).toBe(302);
    const cert = await db.ocopCertificate.findFirstOrThrow({ where: { sellerId: a.seller.id, decisionNumber: "345/QĐ-UBND" } });
    expect(cert).toMatchObject({ status: "PENDING", stars: 4, groupSlug: "thuc-pham" });
    expect(cert.issuedAt.toISOString().slice(0, 10)).toBe("2024-03-15");
    expect(cert.expiresAt.toISOString().slice(0, 10)).toBe("2027-03-15");
    expect(cert.scanPath).toMatch(/^certificates\//);
    const list = await call<{ certificates: { id: string; expiresAt: string; hasScan: boolean }[] }>(certificates.loader, { request: getRequest("/seller/certificates", a.cookie) });
    expect(list.data?.certificates.find((c) => c.id === cert.id)).toMatchObject({ expiresAt: "2027-03-15", hasScan: true });
  });

  it("refuses a scan that is neither a PDF nor a picture, and an impossible date", async () => {
    const a = await shop();
    const res = await call<{ result: { error: Record<string, string[]> } }>(certificateNew.action, {
      request: multipartRequest(
        "/seller/certificates/new",
        { productName: "X", decisionNumber: "1/QĐ", issuingAuthority: "UBND", issuedAt: "31/02/2024", stars: "6", groupSlug: "thuc-pham", scan: file("<html>", "scan.pdf", "application/pdf") },
        a.cookie,
      ),
    });
    expect(res.status).toBe(400);
    expect(res.data?.result.error).toMatchObject({ issuedAt: ["errors.issuedAtFormat"], stars: ["errors.starsRequired"] });
    const res2 = await call<{ result: { error: Record<string, string[]> } }>(certificateNew.action, {
      request: multipartRequest(
        "/seller/certificates/new",
        { productName: "X", decisionNumber: "1/QĐ", issuingAuthority: "UBND", issuedAt: "01/02/2024", stars: "3", groupSlug: "thuc-pham", scan: file("<html>", "scan.pdf", "application/pdf") },
        a.cookie,
      ),
    });
    expect(res2.data?.result.error).toEqual({ scan: ["errors.scanType"] });
  });

  it("a scan is served to the seller's members and admins only", async () => {
    const a = await shop();
    const b = await shop();
    const own = await call(scan.loader, { request: getRequest(`/seller/certificates/${a.certificateId}/scan`, a.cookie), params: { id: a.certificateId } });
    expect(own.status).toBe(200);
    expect(own.headers.get("Content-Type")).toBe("application/pdf");
    expect(own.headers.get("Cache-Control")).toBe("private, no-store");
    expect(Buffer.from(await own.response!.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");

    expect((await call(scan.loader, { request: getRequest(`/seller/certificates/${b.certificateId}/scan`, a.cookie), params: { id: b.certificateId } })).status).toBe(404);
    const shopper = await createTestUser();
    expect((await call(scan.loader, { request: getRequest(`/seller/certificates/${a.certificateId}/scan`, shopper.cookie), params: { id: a.certificateId } })).status).toBe(404);
    expect((await call(scan.loader, { request: getRequest(`/seller/certificates/${a.certificateId}/scan`), params: { id: a.certificateId } })).status).toBe(302);
    const admin = await createTestUser({ role: "ADMIN" });
    expect((await call(scan.loader, { request: getRequest(`/seller/certificates/${b.certificateId}/scan`, admin.cookie), params: { id: b.certificateId } })).status).toBe(200);

    // On disk it is under the uploads volume's .private/ (server.js denies dotfiles under /media).
    const row = await db.ocopCertificate.findUniqueOrThrow({ where: { id: a.certificateId } });
    const { scanPath } = await import("~/modules/certificates/submit.server");
    expect(scanPath(row.scanPath!)).toBe(`${uploads.dir}/.private/${row.scanPath}`);
  });

  it("a certificate of a factory (no scan) answers 404", async () => {
    const a = await shop();
    const bare = await createCertificate({ sellerId: a.seller.id });
    expect((await call(scan.loader, { request: getRequest(`/seller/certificates/${bare.id}/scan`, a.cookie), params: { id: bare.id } })).status).toBe(404);
  });
});

describe("a suspended seller", () => {
  it("reads every page but every write answers 403 with the reason, changing nothing", async () => {
    const s = await shop("SUSPENDED");
    const v = s.variants[0];
    const pages = [
      call(dashboard.loader, { request: getRequest("/seller", s.cookie) }),
      call(productList.loader, { request: getRequest("/seller/products", s.cookie) }),
      call(productNew.loader, { request: getRequest("/seller/products/new", s.cookie) }),
      call(productEdit.loader, { request: getRequest(`/seller/products/${s.product.id}`, s.cookie), params: { id: s.product.id } }),
      call(inventory.loader, { request: getRequest("/seller/inventory", s.cookie) }),
      call(variantPage.loader, { request: getRequest(`/seller/inventory/${v.id}`, s.cookie), params: { variantId: v.id } }),
      call(certificates.loader, { request: getRequest("/seller/certificates", s.cookie) }),
      call(certificateNew.loader, { request: getRequest("/seller/certificates/new", s.cookie) }),
      call(scan.loader, { request: getRequest(`/seller/certificates/${s.certificateId}/scan`, s.cookie), params: { id: s.certificateId } }),
    ];
    for (const page of await Promise.all(pages)) expect(page.status).toBe(200);

    const writes = [
      call(productNew.action, { request: multipartRequest("/seller/products/new", productFields(), s.cookie) }),
      call(productEdit.action, { request: multipartRequest(`/seller/products/${s.product.id}`, productFields(), s.cookie), params: { id: s.product.id } }),
      call(inventory.action, { request: formRequest("/seller/inventory?index", { intent: "adjust", variantId: v.id, reason: "RESTOCK", quantity: "5" }, { cookie: s.cookie }) }),
      call(variantPage.action, { request: formRequest(`/seller/inventory/${v.id}`, { intent: "threshold", variantId: v.id, lowStockThreshold: "1" }, { cookie: s.cookie }), params: { variantId: v.id } }),
      call(certificateNew.action, { request: multipartRequest("/seller/certificates/new", { productName: "X", decisionNumber: "1", issuingAuthority: "U", issuedAt: "01/02/2024", stars: "3", groupSlug: "thuc-pham", scan: file(pdfBytes(), "a.pdf") }, s.cookie) }),
    ];
    for (const res of await Promise.all(writes)) {
      expect(res.status).toBe(403);
      expect(await res.response?.json()).toEqual({ reason: "seller_suspended", sellerName: s.seller.name, statusReason: s.seller.statusReason });
    }
    expect(await db.product.count({ where: { sellerId: s.seller.id } })).toBe(1);
    expect(await db.productVariant.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({ onHand: 8, lowStockThreshold: 5 });
    expect(await db.ocopCertificate.count({ where: { sellerId: s.seller.id } })).toBe(1);
  });
});

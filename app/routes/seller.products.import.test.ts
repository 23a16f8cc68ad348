// The CSV routes end to end: export/template downloads, upload → preview → apply, the preview
// never trusted (a changed hidden field is refused), another seller's data out of reach, and a
// suspended seller can download but every import answers 403.
import { describe, expect, it } from "vitest";
import { createTestUser, db, formRequest, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { file, multipartRequest } from "~/modules/products/testing.server";
import { createProduct, createSeller } from "../../prisma/factories";
import * as csvRoute from "./seller.products.csv";
import * as importRoute from "./seller.products.import";
import type { ImportActionData } from "./seller.products.import";

type Args = { request: Request; params?: Record<string, string> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loaders and actions of different routes
const call = <T = unknown,>(fn: (args: any) => Promise<unknown>, { request, params = {} }: Args) => runRoute<T>(() => fn({ request, params, context: {} }));

const HEADER = "sku,product_slug,product_name,category,description,variant_label,price,weight_grams,on_hand,status";

async function shop(status: "APPROVED" | "SUSPENDED" = "APPROVED") {
  const { user, cookie } = await createTestUser();
  const seller = await createSeller({ status, owner: user, ...(status === "SUSPENDED" ? { statusReason: "Giấy tờ hết hạn." } : {}) });
  const product = await createProduct({ sellerId: seller.id, name: "Bánh pía Sóc Trăng", categorySlug: "banh-keo-mut", variants: [{ label: "Hộp 4 cái", sku: "PIA-4", price: 60_000, onHand: 9 }] });
  return { user, cookie, seller, product };
}

const upload = (cookie: string, text: string) => multipartRequest("/seller/products/import", { intent: "check", file: file(text, "san-pham.csv", "text/csv") }, cookie);

describe("CSV routes", () => {
  it("downloads the export (BOM, this seller only) and the template", async () => {
    const a = await shop();
    const b = await shop();
    const res = await call(csvRoute.loader, { request: getRequest("/seller/products/csv", a.cookie) });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.response!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(a.product.slug);
    expect(text).not.toContain(b.product.slug);
    const template = await call(csvRoute.loader, { request: getRequest("/seller/products/csv?template=1", a.cookie) });
    expect((await template.response!.text()).split("\r\n")).toHaveLength(2);
  });

  it("upload → preview (nothing written) → apply; a tampered preview is refused", async () => {
    const s = await shop();
    const text = [HEADER, "PIA-4,,Bánh pía Sóc Trăng,banh-keo-mut,,Hộp 4 cái,60000,500,15,ACTIVE", "PIA-8,,Bánh pía sầu riêng,banh-keo-mut,,Hộp 8 cái,110.000,900,6,DRAFT"].join("\r\n");
    const preview = await call<ImportActionData>(importRoute.action, { request: upload(s.cookie, "\ufeff" + text) });
    expect(preview.status).toBe(200);
    expect(preview.data).toMatchObject({ stage: "preview", total: 2, checked: 2, summary: { newProducts: 1, updatedProducts: 1, newVariants: 1, updatedVariants: 1 } });
    expect(await db.productVariant.count({ where: { sellerId: s.seller.id } })).toBe(1);
    if (preview.data?.stage !== "preview") return;

    const tampered = await call<ImportActionData>(importRoute.action, {
      request: formRequest("/seller/products/import", { intent: "apply", content: preview.data.content.replace("15,ACTIVE", "999,ACTIVE"), digest: preview.data.digest }, { cookie: s.cookie }),
    });
    expect(tampered.status).toBe(400);
    expect(tampered.data).toMatchObject({ stage: "errors", errors: [{ message: "errors.previewChanged" }] });

    // Line breaks may come back as LF (fetch) or CRLF (a plain form post): the same content either way.
    const applied = await call<ImportActionData>(importRoute.action, {
      request: formRequest("/seller/products/import", { intent: "apply", content: preview.data.content.replaceAll("\r\n", "\n"), digest: preview.data.digest }, { cookie: s.cookie }),
    });
    expect(applied.data).toEqual({ stage: "done", total: 2, createdProducts: 1, changedProducts: 1, stockMovements: 2 });
    expect(await db.productVariant.findFirstOrThrow({ where: { sellerId: s.seller.id, sku: "PIA-4" } })).toMatchObject({ onHand: 15 });
  });

  it("lists every row's error and writes nothing", async () => {
    const s = await shop();
    const text = [HEADER, "PIA-4,,Bánh pía Sóc Trăng,banh-keo-mut,,Hộp 4 cái,abc,500,15,ACTIVE", "N-1,,Bánh mới,khong-co,,Hộp,50000,500,1,DRAFT"].join("\n");
    const res = await call<ImportActionData>(importRoute.action, { request: upload(s.cookie, text) });
    expect(res.status).toBe(400);
    expect(res.data).toMatchObject({ stage: "errors", total: 2, errors: [{ row: 2, column: "price" }, { row: 3, column: "category" }] });
    expect(await db.productVariant.findFirstOrThrow({ where: { sellerId: s.seller.id, sku: "PIA-4" } })).toMatchObject({ onHand: 9, price: 60_000 });
    expect(await db.product.count({ where: { sellerId: s.seller.id } })).toBe(1);
  });

  it("a suspended seller reads and downloads, but every import answers 403 and nothing changes", async () => {
    const s = await shop("SUSPENDED");
    expect((await call(importRoute.loader, { request: getRequest("/seller/products/import", s.cookie) })).status).toBe(200);
    expect((await call(csvRoute.loader, { request: getRequest("/seller/products/csv", s.cookie) })).status).toBe(200);
    const text = [HEADER, "PIA-4,,Bánh pía Sóc Trăng,banh-keo-mut,,Hộp 4 cái,60000,500,50,ACTIVE"].join("\n");
    for (const request of [upload(s.cookie, text), formRequest("/seller/products/import", { intent: "apply", content: text, digest: "x" }, { cookie: s.cookie })]) {
      const res = await call(importRoute.action, { request });
      expect(res.status).toBe(403);
      expect(await res.response?.json()).toMatchObject({ reason: "seller_suspended" });
    }
    expect(await db.productVariant.findFirstOrThrow({ where: { sellerId: s.seller.id } })).toMatchObject({ onHand: 9 });
  });
});

// Hiding and lifting: the product returns to the status it had, the outbox and
// the audit log are written with the change, invalid moves are refused.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { createProduct, createSeller, createUser } from "../../../prisma/factories";
import { hideProduct, liftHide, searchProductsForAdmin } from "./moderation.server";

let admin: { id: string; ipAddress: string };
let sellerId: string;

beforeAll(async () => {
  admin = { id: (await createUser({ role: "ADMIN" })).id, ipAddress: "192.0.2.10" };
  sellerId = (await createSeller({ status: "APPROVED", name: "Công ty Gốm Thử Nghiệm" })).id;
});

const auditFor = (entityId: string) => prisma.auditLog.findMany({ where: { entityType: "product", entityId }, orderBy: { id: "asc" } });

describe("hide and lift", () => {
  for (const status of ["ACTIVE", "DRAFT", "ARCHIVED"] as const) {
    it(`${status} → HIDDEN → ${status}`, async () => {
      const product = await createProduct({ sellerId, status, categorySlug: "gom-su" });
      const outbox = await prisma.searchOutbox.count({ where: { productId: product.id } });
      expect(await hideProduct(product.id, "", admin)).toEqual({ ok: false, error: "reason_required" });
      const reason = "Ảnh sản phẩm lấy từ trang khác";
      expect(await hideProduct(product.id, reason, admin)).toEqual({ ok: true, product: { id: product.id, status: "HIDDEN", hiddenReason: reason } });
      expect(await prisma.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ status: "HIDDEN", hiddenReason: reason, statusBeforeHidden: status });
      expect(await prisma.searchOutbox.count({ where: { productId: product.id } })).toBe(outbox + 1);
      // Hiding twice is not a thing.
      expect(await hideProduct(product.id, "Lần nữa", admin)).toEqual({ ok: false, error: "invalid_transition", status: "HIDDEN" });

      expect(await liftHide(product.id, admin, "Người bán đã thay ảnh")).toEqual({ ok: true, product: { id: product.id, status, hiddenReason: null } });
      expect(await prisma.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ status, hiddenReason: null, statusBeforeHidden: null });
      expect(await prisma.searchOutbox.count({ where: { productId: product.id } })).toBe(outbox + 2);
      expect(await liftHide(product.id, admin)).toEqual({ ok: false, error: "invalid_transition", status });

      const audit = await auditFor(product.id);
      expect(audit.map((a) => a.action)).toEqual(["product.hide", "product.unhide"]);
      expect(audit[0]).toMatchObject({ actorId: admin.id, reason, ipAddress: "192.0.2.10", before: { status, hiddenReason: null }, after: { status: "HIDDEN", hiddenReason: reason, statusBeforeHidden: status } });
      expect(audit[1]).toMatchObject({ reason: "Người bán đã thay ảnh", before: { status: "HIDDEN" }, after: { status, hiddenReason: null, statusBeforeHidden: null } });
    });
  }

  it("a hidden product with no remembered status goes back to DRAFT", async () => {
    const product = await createProduct({ sellerId, status: "HIDDEN", hiddenReason: "Vi phạm", categorySlug: "gom-su" });
    await prisma.product.update({ where: { id: product.id }, data: { statusBeforeHidden: null } });
    expect(await liftHide(product.id, admin)).toMatchObject({ ok: true, product: { status: "DRAFT" } });
  });

  it("unknown products", async () => {
    expect(await hideProduct("khong-co", "Lý do", admin)).toEqual({ ok: false, error: "not_found" });
    expect(await liftHide("khong-co", admin)).toEqual({ ok: false, error: "not_found" });
  });

  it("two admins hiding at once: one hide, one audit row", async () => {
    const product = await createProduct({ sellerId, categorySlug: "gom-su" });
    const other = { id: (await createUser({ role: "ADMIN" })).id };
    const results = await Promise.all([hideProduct(product.id, "Lý do một", admin), hideProduct(product.id, "Lý do hai", other)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await auditFor(product.id)).toHaveLength(1);
    expect((await prisma.product.findUniqueOrThrow({ where: { id: product.id } })).statusBeforeHidden).toBe("ACTIVE");
  });
});

describe("admin product search", () => {
  it("finds products of every seller by name without diacritics, seller name, SKU or id; filters by status and seller", async () => {
    const other = await createSeller({ status: "SUSPENDED", name: "Hộ kinh doanh Chiếu cói Kim Sơn" });
    const mat = await createProduct({ sellerId: other.id, name: "Chiếu cói in hoa", categorySlug: "may-tre-dan", variants: [{ label: "1,6 m", price: 350_000, sku: "CHIEU-160", onHand: 3 }] });
    const draft = await createProduct({ sellerId, name: "Bình gốm men lam", status: "DRAFT", categorySlug: "gom-su" });
    expect((await searchProductsForAdmin({ q: "chieu coi" })).products.map((p) => p.id)).toEqual([mat.id]);
    expect((await searchProductsForAdmin({ q: "kim son" })).products.map((p) => p.id)).toEqual([mat.id]);
    expect((await searchProductsForAdmin({ q: "chieu-160" })).products.map((p) => p.id)).toEqual([mat.id]);
    expect((await searchProductsForAdmin({ q: mat.id })).products.map((p) => p.id)).toEqual([mat.id]);
    const [row] = (await searchProductsForAdmin({ q: mat.id })).products;
    expect(row).toMatchObject({ minPrice: 350_000, status: "ACTIVE", seller: { id: other.id, status: "SUSPENDED" } });
    expect((await searchProductsForAdmin({ q: "binh gom men lam", status: "DRAFT" })).products.map((p) => p.id)).toEqual([draft.id]);
    expect((await searchProductsForAdmin({ q: "binh gom men lam", status: "ACTIVE" })).total).toBe(0);
    const bySeller = await searchProductsForAdmin({ sellerId: other.id });
    expect(bySeller.products.map((p) => p.id)).toEqual([mat.id]);
    // LIKE wildcards in the words are taken literally.
    expect((await searchProductsForAdmin({ q: "%" })).total).toBe(0);
  });
});

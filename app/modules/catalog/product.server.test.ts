// getProductPage against a fresh PostgreSQL database (reference data only), built with the factories.
import type { ReviewStatus } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { addDays, addMonths, createProduct, createSeller, createUser, type CreatedProduct } from "../../../prisma/factories";
import { getApiProduct, getProductPage, summarizeRatings } from "./product.server";
import { vietnamDate } from "./index.server";

const now = new Date("2026-11-26T03:00:00Z");
const valid = { stars: 5, issuedAt: addMonths(now, -12) } as const;
const p: Record<string, CreatedProduct> = {};
let producerSlug = "";

/** Visible reviews need a delivered order line each: one order with a line per rating. */
async function addReviews(product: CreatedProduct, reviews: [rating: number, status: ReviewStatus][]) {
  const buyer = await createUser();
  const variant = product.variants[0];
  const ward = await prisma.ward.findFirstOrThrow({ where: { provinceCode: "92" } });
  const subtotal = variant.price * reviews.length;
  const order = await prisma.order.create({
    data: {
      code: `OCOP${product.id.slice(-6).toUpperCase()}`,
      buyerId: buyer.id,
      idempotencyKey: `test-${product.id}`,
      status: "PAID",
      paymentMethod: "VIETQR",
      subtotal,
      shippingTotal: 0,
      total: subtotal,
      fullName: buyer.name,
      phone: "0901234567",
      provinceCode: "92",
      wardCode: ward.code,
      addressLine: "Ấp Mỹ Lợi",
      expiresAt: addDays(now, 1),
      sellerOrders: { create: { sellerId: product.sellerId, status: "DELIVERED", subtotal, shippingFee: 0, commissionRateBps: 500 } },
    },
    include: { sellerOrders: true },
  });
  for (const [rating, status] of reviews) {
    const line = await prisma.orderLine.create({
      data: {
        orderId: order.id,
        sellerOrderId: order.sellerOrders[0].id,
        sellerId: product.sellerId,
        productId: product.id,
        variantId: variant.id,
        title: product.name,
        variantLabel: variant.label,
        sku: variant.sku,
        sellerName: "HTX",
        unitPrice: variant.price,
        quantity: 1,
        lineTotal: variant.price,
        weightGrams: 500,
      },
    });
    await prisma.review.create({
      data: { orderLineId: line.id, productId: product.id, sellerId: product.sellerId, authorId: buyer.id, rating, status, hiddenReason: status === "HIDDEN" ? "Nội dung không phù hợp" : null },
    });
  }
}

beforeAll(async () => {
  const seller = await createSeller({ name: "Hợp tác xã Lúa Tôm Mỹ Xuyên", provinceCode: "92", story: "Hợp tác xã trồng lúa ST25 trên ruộng lúa – tôm. Câu thứ hai." });
  producerSlug = seller.slug;
  const other = await createSeller({ name: "Hợp tác xã Gốm", provinceCode: "01" });
  const suspended = await createSeller({ name: "Hộ kinh doanh Bị tạm ngưng", status: "SUSPENDED", kind: "HOUSEHOLD", provinceCode: "96" });
  const pending = await createSeller({ name: "Hợp tác xã Chờ duyệt", status: "PENDING", provinceCode: "82" });
  const make = async (key: string, input: Parameters<typeof createProduct>[0]) => {
    p[key] = await createProduct(input);
  };
  await make("rice", {
    sellerId: seller.id,
    name: "Gạo ST25 Mỹ Xuyên",
    description: "Gạo ST25 hạt dài.\nCơm dẻo, thơm.",
    certificate: { ...valid, decisionNumber: "2714/QĐ-BNNMT", issuingAuthority: "Bộ Nông nghiệp và Môi trường" },
    variants: [
      { label: "Túi 2 kg", price: 98_000, onHand: 12 },
      { label: "Túi 5 kg", price: 235_000, onHand: 0 },
      { label: "Thùng 10 kg", price: 460_000, onHand: 25 },
    ],
    images: [
      { key: "products/test/rice-1", width: 960, height: 960, alt: "" },
      { key: "products/test/rice-2", width: 640, height: 640, alt: "Túi gạo" },
    ],
    salesCount: 5,
  });
  // Same category (gao-ngu-coc), same group (thuc-pham), other group, invisible ones.
  await make("sameCategory", { sellerId: other.id, name: "Gạo nếp cái hoa vàng", salesCount: 1 });
  await make("sameGroup", { sellerId: seller.id, name: "Bánh pía", categorySlug: "banh-keo-mut", salesCount: 50 });
  await make("otherGroup", { sellerId: other.id, name: "Bình gốm", categorySlug: "gom-su" });
  await make("draft", { sellerId: seller.id, name: "Gạo nháp", status: "DRAFT" });
  await make("archived", { sellerId: seller.id, name: "Gạo ngừng bán", status: "ARCHIVED" });
  await make("hidden", { sellerId: seller.id, name: "Gạo bị ẩn", status: "HIDDEN" });
  await make("suspendedSeller", { sellerId: suspended.id, name: "Gạo của người bán bị tạm ngưng", certificate: valid });
  await make("pendingSeller", { sellerId: pending.id, name: "Gạo của người bán chờ duyệt", certificate: valid });
  // Certificates in every state.
  await make("pendingCert", { sellerId: seller.id, name: "Lạp xưởng", categorySlug: "thit-che-bien", certificate: { ...valid, status: "PENDING" } });
  await make("revokedCert", { sellerId: seller.id, name: "Rượu", categorySlug: "ruou-dac-san", certificate: { ...valid, status: "REVOKED" } });
  await make("rejectedCert", { sellerId: seller.id, name: "Mắm", categorySlug: "nuoc-mam-gia-vi", certificate: { ...valid, status: "REJECTED" } });
  await make("expiredCert", { sellerId: seller.id, name: "Kẹo", categorySlug: "banh-keo-mut", certificate: { stars: 4, issuedAt: addMonths(now, -37) } });
  await make("expiresToday", {
    sellerId: seller.id,
    name: "Mứt",
    categorySlug: "banh-keo-mut",
    certificate: { stars: 3, issuedAt: addMonths(new Date(`${vietnamDate(now)}T00:00:00Z`), -36) },
  });
  await make("noCert", { sellerId: other.id, name: "Tranh gạo", categorySlug: "do-go-my-nghe" });
});

describe("getProductPage", () => {
  it("shows only ACTIVE products of APPROVED sellers", async () => {
    expect(await getProductPage(p.rice.slug, { now })).not.toBeNull();
    for (const key of ["draft", "archived", "hidden", "suspendedSeller", "pendingSeller"]) {
      expect(await getProductPage(p[key].slug, { now }), key).toBeNull();
    }
    expect(await getProductPage("khong-co-san-pham-nay", { now })).toBeNull();
    expect(await getProductPage("../etc/passwd", { now })).toBeNull();
    expect(await getProductPage("", { now })).toBeNull();
  });

  it("hides a product as soon as its seller is suspended", async () => {
    const seller = await createSeller({ provinceCode: "92" });
    const product = await createProduct({ sellerId: seller.id, name: "Khô cá lóc" });
    expect(await getProductPage(product.slug, { now })).not.toBeNull();
    await prisma.seller.update({ where: { id: seller.id }, data: { status: "SUSPENDED", statusReason: "Kiểm tra phản ánh" } });
    expect(await getProductPage(product.slug, { now })).toBeNull();
  });

  it("returns the product, its category and group, images and producer", async () => {
    const page = await getProductPage(p.rice.slug, { now });
    expect(page).toMatchObject({
      id: p.rice.id,
      name: "Gạo ST25 Mỹ Xuyên",
      description: "Gạo ST25 hạt dài.\nCơm dẻo, thơm.",
      category: { slug: "gao-ngu-coc", name: expect.stringMatching(/\S/) },
      group: { slug: "thuc-pham", name: "Thực phẩm" },
      priceRange: { min: 98_000, max: 460_000 },
      producer: {
        slug: producerSlug,
        name: "Hợp tác xã Lúa Tôm Mỹ Xuyên",
        kind: "COOPERATIVE",
        province: { code: "92", name: "Cần Thơ" },
        logo: null,
        excerpt: "Hợp tác xã trồng lúa ST25 trên ruộng lúa – tôm.",
      },
    });
    expect(page?.images).toEqual([
      {
        src: "/media/products/test/rice-1-640.webp",
        srcSet: "/media/products/test/rice-1-320.webp 320w, /media/products/test/rice-1-640.webp 640w, /media/products/test/rice-1-960.webp 960w",
        width: 960,
        height: 960,
        alt: "Gạo ST25 Mỹ Xuyên", // no alt text stored: the product's name
        large: "/media/products/test/rice-1-960.webp",
      },
      expect.objectContaining({ alt: "Túi gạo", large: "/media/products/test/rice-2-640.webp" }),
    ]);
  });

  it("names the category and group in English on request", async () => {
    const page = await getProductPage(p.rice.slug, { now, locale: "en" });
    expect(page?.group).toEqual({ slug: "thuc-pham", name: "Food" });
    expect(page?.certificate?.group.name).toBe("Food");
  });

  it("computes availability as on hand minus reserved", async () => {
    const [twoKg] = p.rice.variants;
    await prisma.productVariant.update({ where: { id: twoKg.id }, data: { reserved: 9 } });
    let page = await getProductPage(p.rice.slug, { now });
    expect(page?.variants.map(({ label, price, available, inStock }) => ({ label, price, available, inStock }))).toEqual([
      { label: "Túi 2 kg", price: 98_000, available: 3, inStock: true },
      { label: "Túi 5 kg", price: 235_000, available: 0, inStock: false },
      { label: "Thùng 10 kg", price: 460_000, available: 25, inStock: true },
    ]);
    expect(page?.variants[0]).toMatchObject({ id: twoKg.id, sku: twoKg.sku });
    await prisma.productVariant.update({ where: { id: twoKg.id }, data: { reserved: 12 } });
    page = await getProductPage(p.rice.slug, { now });
    expect(page?.variants[0]).toMatchObject({ available: 0, inStock: false });
    await prisma.productVariant.update({ where: { id: twoKg.id }, data: { reserved: 0 } });
  });

  describe("the OCOP certificate", () => {
    it("has the badge when verified and not expired", async () => {
      const page = await getProductPage(p.rice.slug, { now });
      expect(page?.certificate).toEqual({
        stars: 5,
        group: { slug: "thuc-pham", name: "Thực phẩm" },
        decisionNumber: "2714/QĐ-BNNMT",
        issuingAuthority: "Bộ Nông nghiệp và Môi trường",
        issuedAt: "2025-11-26",
        expiresAt: "2028-11-26",
        status: "VERIFIED",
        expired: false,
        badge: true,
      });
    });

    it("has no badge while pending, once revoked, or after it expired (on its expiry date too)", async () => {
      const cert = async (key: string) => (await getProductPage(p[key].slug, { now }))?.certificate;
      expect(await cert("pendingCert")).toMatchObject({ status: "PENDING", expired: false, badge: false });
      expect(await cert("revokedCert")).toMatchObject({ status: "REVOKED", badge: false });
      expect(await cert("expiredCert")).toMatchObject({ status: "VERIFIED", expired: true, badge: false });
      expect(await cert("expiresToday")).toMatchObject({ status: "VERIFIED", expired: true, badge: false, expiresAt: vietnamDate(now) });
      // The day before, it was still valid.
      expect((await getProductPage(p.expiresToday.slug, { now: addDays(now, -1) }))?.certificate).toMatchObject({ expired: false, badge: true });
    });

    it("is not shown at all when rejected or absent", async () => {
      expect((await getProductPage(p.rejectedCert.slug, { now }))?.certificate).toBeNull();
      expect((await getProductPage(p.noCert.slug, { now }))?.certificate).toBeNull();
    });
  });

  it("relates visible products of the same category first, then of the same group, never itself", async () => {
    const page = await getProductPage(p.rice.slug, { now });
    const related = page!.related.map((c) => c.id);
    expect(related).not.toContain(p.rice.id);
    for (const key of ["draft", "archived", "hidden", "suspendedSeller", "pendingSeller", "otherGroup", "noCert"]) expect(related, key).not.toContain(p[key].id);
    // The same category comes first even though the pía sells more.
    expect(related[0]).toBe(p.sameCategory.id);
    expect(related).toContain(p.sameGroup.id);
    expect(related).toHaveLength(new Set(related).size);
    expect(page!.related.length).toBeLessThanOrEqual(8);
    expect(page!.related[0]).toMatchObject({ slug: p.sameCategory.slug, name: "Gạo nếp cái hoa vàng", price: 45_000 });
  });

  it("shows at most eight related products", async () => {
    const seller = await createSeller({ provinceCode: "92" });
    for (let i = 0; i < 10; i++) await createProduct({ sellerId: seller.id, categorySlug: "tra", name: `Trà thử ${i}` });
    const page = await getProductPage((await prisma.product.findFirstOrThrow({ where: { sellerId: seller.id } })).slug, { now });
    expect(page!.related).toHaveLength(8);
  });

  it("summarises visible reviews only", async () => {
    expect((await getProductPage(p.sameCategory.slug, { now }))?.reviews).toEqual({
      count: 0,
      average: null,
      distribution: [5, 4, 3, 2, 1].map((stars) => ({ stars, count: 0 })),
    });
    await addReviews(p.rice, [
      [5, "VISIBLE"],
      [5, "VISIBLE"],
      [4, "VISIBLE"],
      [2, "VISIBLE"],
      [1, "HIDDEN"],
      [1, "HIDDEN"],
    ]);
    const page = await getProductPage(p.rice.slug, { now });
    expect(page?.reviews).toEqual({
      count: 4,
      average: 4, // (5 + 5 + 4 + 2) / 4; the hidden 1-star reviews do not count
      distribution: [
        { stars: 5, count: 2 },
        { stars: 4, count: 1 },
        { stars: 3, count: 0 },
        { stars: 2, count: 1 },
        { stars: 1, count: 0 },
      ],
    });
  });
});

describe("summarizeRatings", () => {
  it("rounds the average to one decimal", () => {
    expect(summarizeRatings([{ rating: 5, count: 2 }, { rating: 4, count: 1 }]).average).toBe(4.7);
    expect(summarizeRatings([{ rating: 3, count: 1 }, { rating: 4, count: 1 }]).average).toBe(3.5);
    expect(summarizeRatings([]).average).toBeNull();
  });
});

describe("getApiProduct", () => {
  it("gives the public API's shape", async () => {
    const product = await getApiProduct(p.rice.slug, { now });
    expect(Object.keys(product!).sort()).toEqual(["category", "certificate", "currency", "description", "group", "id", "images", "name", "price", "producer", "slug", "variants"]);
    expect(product).toMatchObject({ price: 98_000, currency: "VND", certificate: { verified: true, issuedAt: "2025-11-26" }, images: ["/media/products/test/rice-1-960.webp", "/media/products/test/rice-2-640.webp"] });
    expect((await getApiProduct(p.pendingCert.slug, { now }))?.certificate?.verified).toBe(false);
  });
});

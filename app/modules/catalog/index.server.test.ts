// Against a fresh PostgreSQL database (reference data only), built with the factories.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { addDays, addMonths, createProduct, createSeller } from "../../../prisma/factories";
import { getHomePage, listFeaturedSellers, listProductCards, storyExcerpt, vietnamDate } from "./index.server";

const now = new Date("2026-11-26T03:00:00Z");
const ids: Record<string, string> = {};

beforeAll(async () => {
  const canTho = await createSeller({ name: "Hợp tác xã Lúa Tôm Mỹ Xuyên", provinceCode: "92", story: "Hợp tác xã trồng lúa ST25. Câu thứ hai." });
  const haNoi = await createSeller({ name: "Hợp tác xã Gốm Bát Tràng", provinceCode: "01" });
  const suspended = await createSeller({ name: "Hộ kinh doanh Bị tạm ngưng", status: "SUSPENDED", kind: "HOUSEHOLD", provinceCode: "96" });
  const pending = await createSeller({ name: "Hợp tác xã Chờ duyệt", status: "PENDING", provinceCode: "82" });
  const valid = { stars: 5, issuedAt: addMonths(now, -12) } as const;

  const make = async (key: string, input: Parameters<typeof createProduct>[0]) => {
    ids[key] = (await createProduct(input)).id;
  };
  await make("fiveStar", {
    sellerId: canTho.id,
    name: "Gạo ST25 năm sao",
    certificate: valid,
    variants: [
      { label: "Túi 5 kg", price: 235_000, onHand: 10 },
      { label: "Túi 2 kg", price: 98_000, onHand: 0 },
    ],
    images: [{ key: "products/test/1", width: 960, height: 960 }],
    createdAt: addDays(now, -10),
  });
  await make("fourStar", { sellerId: canTho.id, name: "Bánh pía bốn sao", categorySlug: "banh-keo-mut", certificate: { stars: 4 }, createdAt: addDays(now, -9) });
  await make("pendingCert", { sellerId: canTho.id, name: "Lạp xưởng chờ duyệt", categorySlug: "thit-che-bien", certificate: { ...valid, status: "PENDING" }, createdAt: addDays(now, -8) });
  await make("revokedCert", { sellerId: canTho.id, name: "Rượu bị thu hồi", categorySlug: "ruou-dac-san", certificate: { ...valid, status: "REVOKED" }, createdAt: addDays(now, -7) });
  await make("expiredCert", {
    sellerId: canTho.id,
    name: "Kẹo hết hạn",
    categorySlug: "banh-keo-mut",
    certificate: { stars: 5, issuedAt: addMonths(now, -37) },
    createdAt: addDays(now, -6),
  });
  // Expires on today's date in Vietnam: no longer valid today.
  await make("expiresToday", {
    sellerId: canTho.id,
    name: "Mứt hết hạn hôm nay",
    categorySlug: "banh-keo-mut",
    certificate: { stars: 5, issuedAt: addMonths(new Date(`${vietnamDate(now)}T00:00:00Z`), -36) },
    createdAt: addDays(now, -5),
  });
  await make("soldOut", { sellerId: haNoi.id, name: "Bình gốm hết hàng", categorySlug: "gom-su", variants: [{ label: "Cao 30 cm", price: 850_000, onHand: 0 }], createdAt: addDays(now, -4) });
  await make("draft", { sellerId: canTho.id, name: "Bánh nháp", status: "DRAFT", createdAt: addDays(now, -1) });
  await make("archived", { sellerId: canTho.id, name: "Bánh ngừng bán", status: "ARCHIVED", createdAt: addDays(now, -1) });
  await make("hidden", { sellerId: canTho.id, name: "Khô bị ẩn", status: "HIDDEN", createdAt: addDays(now, -1) });
  await make("suspendedSeller", { sellerId: suspended.id, name: "Khô mực của người bán bị tạm ngưng", certificate: valid, createdAt: addDays(now, -1) });
  await make("pendingSeller", { sellerId: pending.id, name: "Sen của người bán chờ duyệt", status: "ACTIVE", certificate: valid, createdAt: addDays(now, -1) });
});

const invisible = ["draft", "archived", "hidden", "suspendedSeller", "pendingSeller"];

describe("getHomePage", () => {
  it("never shows products of suspended or pending sellers, nor DRAFT, ARCHIVED or HIDDEN ones", async () => {
    const home = await getHomePage({ now });
    const shown = [...home.featured, ...home.newest, ...home.regions.flatMap((r) => r.products)].map((p) => p.id);
    for (const key of invisible) expect(shown, key).not.toContain(ids[key]);
    expect(home.newest.map((p) => p.id)).toEqual(["soldOut", "expiresToday", "expiredCert", "revokedCert", "pendingCert", "fourStar", "fiveStar"].map((k) => ids[k]));
    expect(home.sellers.map((s) => s.name).sort()).toEqual(["Hợp tác xã Gốm Bát Tràng", "Hợp tác xã Lúa Tôm Mỹ Xuyên"]);
  });

  it("shows stars only for a verified certificate that has not expired", async () => {
    const cards = await listProductCards({ now, limit: 100 });
    const stars = Object.fromEntries(cards.map((c) => [c.id, c.stars]));
    expect(stars[ids.fiveStar]).toBe(5);
    expect(stars[ids.fourStar]).toBe(4);
    for (const key of ["pendingCert", "revokedCert", "expiredCert", "expiresToday", "soldOut"]) expect(stars[ids[key]], key).toBeNull();
    const home = await getHomePage({ now });
    expect(home.featured.map((p) => p.id)).toEqual([ids.fiveStar]);
  });

  it("builds the card: lowest price, availability, first image, seller and province", async () => {
    const [card] = await listProductCards({ now, minStars: 5 });
    expect(card).toMatchObject({
      slug: expect.stringMatching(/^gao-st25-nam-sao-/),
      name: "Gạo ST25 năm sao",
      price: 98_000,
      priceVaries: true,
      available: true,
      seller: { name: "Hợp tác xã Lúa Tôm Mỹ Xuyên" },
      provinceName: "Cần Thơ",
      image: { src: "/media/products/test/1-640.webp", width: 960, height: 960, alt: "Gạo ST25 năm sao" },
    });
    expect(card.image?.srcSet).toBe("/media/products/test/1-320.webp 320w, /media/products/test/1-640.webp 640w, /media/products/test/1-960.webp 960w");
    const soldOut = (await listProductCards({ now, categorySlug: "gom-su" }))[0];
    expect(soldOut).toMatchObject({ id: ids.soldOut, available: false, priceVaries: false, image: null });
  });

  it("counts reserved stock as unavailable", async () => {
    const variant = await prisma.productVariant.findFirstOrThrow({ where: { productId: ids.fourStar } });
    await prisma.productVariant.update({ where: { id: variant.id }, data: { reserved: variant.onHand } });
    const card = (await listProductCards({ now, limit: 100 })).find((c) => c.id === ids.fourStar);
    expect(card?.available).toBe(false);
    await prisma.productVariant.update({ where: { id: variant.id }, data: { reserved: 0 } });
  });

  it("groups products by region, Mekong Delta first", async () => {
    const home = await getHomePage({ now });
    expect(home.regions.map((r) => r.region)).toEqual(["dong-bang-song-cuu-long", "dong-bang-song-hong"]);
    expect(home.regions[0].products).toHaveLength(4);
    // The featured 5-star product is already on the page; the shelf shows others.
    expect(home.regions[0].products.map((p) => p.id)).not.toContain(ids.fiveStar);
    expect(home.regions[1].products.map((p) => p.id)).toEqual([ids.soldOut]);
  });

  it("filters listings by group, province and seller", async () => {
    expect((await listProductCards({ now, groupSlug: "luu-niem-noi-that-trang-tri" })).map((c) => c.id)).toEqual([ids.soldOut]);
    expect((await listProductCards({ now, provinceCode: "01" })).map((c) => c.id)).toEqual([ids.soldOut]);
    const bySeller = await listProductCards({ now, sellerSlug: (await prisma.seller.findFirstOrThrow({ where: { provinceCode: "92" } })).slug, limit: 100 });
    expect(bySeller).toHaveLength(6);
    expect((await listProductCards({ now, sort: "price-desc", limit: 1 }))[0].id).toBe(ids.soldOut);
  });

  it("lists approved sellers with their active product counts", async () => {
    const sellers = await listFeaturedSellers();
    expect(sellers[0]).toMatchObject({ name: "Hợp tác xã Lúa Tôm Mỹ Xuyên", kind: "COOPERATIVE", provinceName: "Cần Thơ", productCount: 6, excerpt: "Hợp tác xã trồng lúa ST25.", logo: null });
  });
});

describe("helpers", () => {
  it("cuts a story to its first sentence", () => {
    expect(storyExcerpt("Câu một. Câu hai.")).toBe("Câu một.");
    expect(storyExcerpt("a ".repeat(200), 40).length).toBeLessThanOrEqual(40);
  });
  it("dates certificates in Vietnam's time zone", () => {
    expect(vietnamDate(new Date("2026-11-25T17:30:00Z"))).toBe("2026-11-26");
  });
});

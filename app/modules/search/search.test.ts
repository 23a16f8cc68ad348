// Search against a real Meilisearch and PostgreSQL: diacritic-blind queries,
// typos, synonyms, facets, sorts, the outbox and the PostgreSQL fallback.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { createProduct, createSeller } from "../../../prisma/factories";
import {
  drainOutbox,
  enqueueProducts,
  enqueueSellerProducts,
  parseSearchParamsLenient,
  reindexProducts,
  searchParamsSchema,
  searchProducts,
  searchProductsInDatabase,
  type SearchParams,
} from "./index.server";
import { getSearchClient } from "./client.server";
import { productsIndexName } from "./settings";
import { apiSearch } from "./api.server";

const params = (raw: Record<string, string> = {}): SearchParams => searchParamsSchema.parse(raw);
const names = (r: { hits: { name: string }[] }) => r.hits.map((h) => h.name).sort();

let camau: Awaited<ReturnType<typeof createSeller>>;
let cantho: Awaited<ReturnType<typeof createSeller>>;

beforeAll(async () => {
  await getSearchClient()!.deleteIndexIfExists(productsIndexName());
  camau = await createSeller({ name: "Hợp tác xã Thủy sản Năm Căn", provinceCode: "96", status: "APPROVED" });
  cantho = await createSeller({ name: "Doanh nghiệp Tân Huê Viên", provinceCode: "92", status: "APPROVED", kind: "ENTERPRISE" });
  const hidden = await createSeller({ name: "Hộ kinh doanh Tạm Ngưng", provinceCode: "82", status: "SUSPENDED" });
  await createProduct({
    sellerId: camau.id,
    name: "Nước mắm cá cơm Năm Căn",
    categorySlug: "nuoc-mam-gia-vi",
    variants: [{ label: "Chai 500 ml", price: 85_000, onHand: 20 }, { label: "Chai 1 lít", price: 150_000, onHand: 5 }],
    certificate: { stars: 4 },
    salesCount: 40,
  });
  await createProduct({
    sellerId: camau.id,
    name: "Tôm khô Rạch Gốc",
    categorySlug: "thuy-hai-san-kho",
    variants: [{ label: "Hộp 500 g", price: 650_000, onHand: 0 }],
    certificate: { stars: 5 },
    salesCount: 10,
  });
  await createProduct({
    sellerId: camau.id,
    name: "Mật ong hoa tràm U Minh",
    categorySlug: "mat-ong",
    variants: [{ label: "Chai 500 ml", price: 220_000, onHand: 12 }],
    certificate: { stars: 3, status: "PENDING" },
  });
  await createProduct({
    sellerId: cantho.id,
    name: "Bánh pía sầu riêng trứng muối",
    categorySlug: "banh-keo-mut",
    variants: [{ label: "Hộp 4 cái", price: 120_000, onHand: 30 }],
    certificate: { stars: 4 },
    salesCount: 90,
  });
  await createProduct({ sellerId: cantho.id, name: "Trà sen Tháp Mười", categorySlug: "tra", variants: [{ label: "Hộp 100 g", price: 95_000, onHand: 8 }] });
  await createProduct({ sellerId: cantho.id, name: "Nước mắm bản nháp", categorySlug: "nuoc-mam-gia-vi", status: "DRAFT", variants: [{ label: "Chai", price: 50_000, onHand: 1 }] });
  await createProduct({ sellerId: hidden.id, name: "Nước mắm của người bán bị tạm ngưng", categorySlug: "nuoc-mam-gia-vi", variants: [{ label: "Chai", price: 60_000, onHand: 3 }] });
  const r = await reindexProducts();
  expect(r.documents).toBe(5);
});

describe("Meilisearch search", () => {
  it("finds Vietnamese names without diacritics, only visible products", async () => {
    const r = await searchProducts(params({ q: "nuoc mam" }));
    expect(r.degraded).toBe(false);
    expect(names(r)).toEqual(["Nước mắm cá cơm Năm Căn"]);
  });

  it("forgives a typo in a short syllable", async () => {
    expect(names(await searchProducts(params({ q: "bahn pia" })))).toContain("Bánh pía sầu riêng trứng muối");
    expect(names(await searchProducts(params({ q: "mat ongg" })))).toContain("Mật ong hoa tràm U Minh");
  });

  it("applies curated synonyms (chè → trà)", async () => {
    expect(names(await searchProducts(params({ q: "chè sen" })))).toEqual(["Trà sen Tháp Mười"]);
  });

  it("filters by province, group, category, stars, price and stock, with disjunctive facet counts", async () => {
    const byProvince = await searchProducts(params({ province: "96" }));
    expect(byProvince.total).toBe(3);
    expect(byProvince.facets.province).toEqual({ "96": 3, "92": 2 });
    expect((await searchProducts(params({ group: "do-uong" }))).total).toBe(1);
    expect((await searchProducts(params({ category: "banh-keo-mut" }))).total).toBe(1);
    const stars = await searchProducts(params({ stars: "4" }));
    expect(names(stars)).toEqual(["Bánh pía sầu riêng trứng muối", "Nước mắm cá cơm Năm Căn", "Tôm khô Rạch Gốc"]);
    // A pending certificate gives no stars.
    expect(stars.facets.stars).toEqual({ "4": 2, "5": 1 });
    expect((await searchProducts(params({ minPrice: "100000", maxPrice: "300000" }))).total).toBe(2);
    expect(names(await searchProducts(params({ inStock: "true", province: "96" })))).not.toContain("Tôm khô Rạch Gốc");
  });

  it("sorts by price, newest and best selling; paginates", async () => {
    const asc = await searchProducts(params({ sort: "price_asc" }));
    expect(asc.hits.map((h) => h.price)).toEqual([85_000, 95_000, 120_000, 220_000, 650_000]);
    const desc = await searchProducts(params({ sort: "price_desc" }));
    expect(desc.hits[0].price).toBe(650_000);
    const best = await searchProducts(params({ sort: "bestselling" }));
    expect(best.hits[0].name).toBe("Bánh pía sầu riêng trứng muối");
    const page2 = await searchProducts(params({ sort: "price_asc", perPage: "2", page: "2" }));
    expect(page2.hits.map((h) => h.price)).toEqual([120_000, 220_000]);
    expect(page2.totalPages).toBe(3);
  });
});

describe("the outbox", () => {
  it("a change written with its outbox row reaches the index; a suspended seller's products leave it", async () => {
    const product = await createProduct({ sellerId: cantho.id, name: "Lạp xưởng tươi Sóc Trăng", categorySlug: "thit-che-bien", variants: [{ label: "Gói 500 g", price: 140_000, onHand: 10 }] });
    expect(names(await searchProducts(params({ q: "lap xuong" })))).toEqual([]);
    await prisma.$transaction((tx) => enqueueProducts(tx, [product.id]));
    await drainOutbox();
    expect(names(await searchProducts(params({ q: "lap xuong" })))).toEqual(["Lạp xưởng tươi Sóc Trăng"]);

    await prisma.$transaction(async (tx) => {
      await tx.seller.update({ where: { id: cantho.id }, data: { status: "SUSPENDED", statusReason: "Kiểm tra chất lượng" } });
      await enqueueSellerProducts(tx, cantho.id);
    });
    const r = await drainOutbox();
    expect(r.removed).toBe(4);
    expect((await searchProducts(params({ province: "92" }))).total).toBe(0);
    expect(await prisma.searchOutbox.count()).toBe(0);

    await prisma.$transaction(async (tx) => {
      await tx.seller.update({ where: { id: cantho.id }, data: { status: "APPROVED", statusReason: null } });
      await enqueueSellerProducts(tx, cantho.id);
    });
    await drainOutbox();
    expect((await searchProducts(params({ province: "92" }))).total).toBe(3);
  });
});

describe("PostgreSQL fallback", () => {
  it("answers the same criteria diacritic-blind and typo-tolerant, with facets", async () => {
    const r = await searchProductsInDatabase({ ...params({ q: "nuoc mam" }) });
    expect(r.degraded).toBe(true);
    expect(names(r)).toEqual(["Nước mắm cá cơm Năm Căn"]);
    expect(names(await searchProductsInDatabase(params({ q: "banh pia" })))).toEqual(["Bánh pía sầu riêng trứng muối"]);
    const byProvince = await searchProductsInDatabase(params({ province: "96", sort: "price_asc" }));
    expect(byProvince.hits.map((h) => h.price)).toEqual([85_000, 220_000, 650_000]);
    expect(byProvince.facets.province["92"]).toBe(3);
    expect((await searchProductsInDatabase(params({ stars: "5" }))).total).toBe(1);
  });

  it("is used when Meilisearch cannot be reached", async () => {
    const saved = process.env.MEILISEARCH_URL;
    const { resetSearchClientForTests } = await import("./client.server");
    process.env.MEILISEARCH_URL = "http://127.0.0.1:9"; // nothing listens there
    resetSearchClientForTests();
    try {
      const r = await searchProducts(params({ q: "tom kho" }));
      expect(r.degraded).toBe(true);
      expect(names(r)).toEqual(["Tôm khô Rạch Gốc"]);
    } finally {
      process.env.MEILISEARCH_URL = saved;
      resetSearchClientForTests();
    }
  });
});

describe("parameters", () => {
  it("pages drop invalid parameters instead of failing", () => {
    const p = parseSearchParamsLenient(new URLSearchParams("q=tra&stars=9&sort=DROP&page=-1"));
    expect(p).toMatchObject({ q: "tra", sort: "relevance", page: 1 });
    expect(p.stars).toBeUndefined();
  });

  it("the API names the bad parameter in the visitor's language", async () => {
    for (const [query, param] of [["page=-1", "page"], ["perPage=10000", "perPage"], ["stars=9", "stars"], ["sort=DROP", "sort"], ["province=Soc%20Trang", "province"]]) {
      const r = await apiSearch(new URL(`http://x/api/v1/search?${query}`), "vi");
      expect(r.status, query).toBe(400);
      expect((r.body as { error: { param: string } }).error.param).toBe(param);
    }
    const en = await apiSearch(new URL("http://x/api/v1/search?stars=9"), "en");
    expect((en.body as { error: { message: string } }).error.message).toBe("Invalid parameter “stars”: must be between 3 and 5");
    const vi = await apiSearch(new URL("http://x/api/v1/search?stars=9"), "vi");
    expect((vi.body as { error: { message: string } }).error.message).toBe("Tham số “stars” không hợp lệ: phải từ 3 đến 5");
  });

  it("the API returns the documented shape", async () => {
    const r = await apiSearch(new URL("http://x/api/v1/search?q=nuoc%20mam"), "vi");
    expect(r.status).toBe(200);
    const body = r.body as Extract<typeof r.body, { hits: unknown }>;
    expect(body).toMatchObject({ total: 1, page: 1, perPage: 24 });
    expect(body.hits[0]).toMatchObject({
      name: "Nước mắm cá cơm Năm Căn",
      price: 85_000,
      currency: "VND",
      producer: { name: "Hợp tác xã Thủy sản Năm Căn" },
      province: { code: "96", name: "Cà Mau" },
      ocopStars: 4,
      inStock: true,
    });
    expect(Object.keys(body.facets).sort()).toEqual(["category", "group", "province", "stars"]);
    expect(typeof body.facets.group["thuc-pham"]).toBe("number");
  });
});

describe("matching", () => {
  it("requires every word, but relaxes a several-word query that would find nothing", async () => {
    const strict = await searchProducts(params({ q: "nuoc mam" }));
    expect(strict.relaxed).toBe(false);
    const relaxed = await searchProducts(params({ q: "nuoc mam phu quoc" }));
    expect(relaxed.relaxed).toBe(true);
    expect(names(relaxed)).toContain("Nước mắm cá cơm Năm Căn");
  });
});

describe("best rated", () => {
  it("ranks many high reviews above a single perfect one, unreviewed last, in Meilisearch and in the fallback; rating=4 filters on buyers' reviews", async () => {
    const hue = await createSeller({ name: "Hợp tác xã Mè xửng Huế", provinceCode: "46", status: "APPROVED" });
    const one = await createProduct({ sellerId: hue.id, name: "Mè xửng dẻo một đánh giá", categorySlug: "banh-keo-mut", ratingCount: 1, ratingSum: 5 });
    const many = await createProduct({ sellerId: hue.id, name: "Mè xửng giòn nhiều đánh giá", categorySlug: "banh-keo-mut", ratingCount: 50, ratingSum: 245 });
    const none = await createProduct({ sellerId: hue.id, name: "Mè xửng gừng chưa đánh giá", categorySlug: "banh-keo-mut" });
    const low = await createProduct({ sellerId: hue.id, name: "Mè xửng mè đen ít sao", categorySlug: "banh-keo-mut", ratingCount: 6, ratingSum: 18 });
    await prisma.$transaction((tx) => enqueueProducts(tx, [one.id, many.id, none.id, low.id]));
    await drainOutbox();

    const order = (r: { hits: { name: string }[] }) => r.hits.map((h) => h.name);
    const expected = ["Mè xửng giòn nhiều đánh giá", "Mè xửng dẻo một đánh giá", "Mè xửng mè đen ít sao", "Mè xửng gừng chưa đánh giá"];
    expect(order(await searchProducts(params({ province: "46", sort: "rating" })))).toEqual(expected);
    expect(order(await searchProductsInDatabase(params({ province: "46", sort: "rating" })))).toEqual(expected);

    // rating=4 is buyers' reviews, not OCOP stars: the 3★ and the unreviewed ones drop out.
    const rated = ["Mè xửng dẻo một đánh giá", "Mè xửng giòn nhiều đánh giá"];
    expect(names(await searchProducts(params({ province: "46", rating: "4" })))).toEqual(rated);
    expect(names(await searchProductsInDatabase(params({ province: "46", rating: "4" })))).toEqual(rated);

    const api = await apiSearch(new URL("http://x/api/v1/search?province=46&sort=rating"), "vi");
    const body = api.body as Extract<typeof api.body, { hits: unknown }>;
    expect(body.hits.map((h) => h.rating)).toEqual([{ average: 4.9, count: 50 }, { average: 5, count: 1 }, { average: 3, count: 6 }, null]);
  });
});

// Listing pages' server side against real PostgreSQL and Meilisearch: hits →
// cards, facets with labels and cumulative stars, the seller page by status,
// suggestions, 404 help and the sitemap.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { getSearchClient, reindexProducts, type ProductHit } from "~/modules/search/index.server";
import { productsIndexName } from "~/modules/search/settings";
import { createProduct, createSeller } from "../../../prisma/factories";
import { buildFacets, didYouMean, hitsToCards, loadListing, type ListingFilters } from "./listing.server";
import { suggestForPath, wordsFromPath } from "./not-found.server";
import { findCatalogSection, findProvinceBySlug, getReference } from "./reference-cache.server";
import { getSellerPage } from "./seller-page.server";
import { getSitemapEntries } from "./sitemap.server";
import { suggestProducts } from "./suggestions.server";

const url = (search = "") => new URL(`http://localhost/search${search}`);

let uminh: Awaited<ReturnType<typeof createSeller>>;
let suspended: Awaited<ReturnType<typeof createSeller>>;
let pending: Awaited<ReturnType<typeof createSeller>>;
let draftSlug: string;

beforeAll(async () => {
  await getSearchClient()!.deleteIndexIfExists(productsIndexName());
  uminh = await createSeller({
    name: "Hợp tác xã Ong mật U Minh Hạ",
    slug: "htx-ong-mat-u-minh-ha",
    provinceCode: "96",
    story: "Người dân U Minh Hạ gác kèo ong trong rừng tràm.\n\nHợp tác xã gồm 32 hộ.",
    logoPath: "sellers/umh/logo",
  });
  const cantho = await createSeller({ name: "Doanh nghiệp Tân Huê Viên", provinceCode: "92", kind: "ENTERPRISE" });
  suspended = await createSeller({ name: "Hộ kinh doanh Khô mực Sông Đốc", provinceCode: "96", kind: "HOUSEHOLD", status: "SUSPENDED", story: "Bí mật" });
  pending = await createSeller({ name: "Hợp tác xã Dừa sáp Cầu Kè", provinceCode: "86", status: "PENDING" });
  await createProduct({
    sellerId: uminh.id,
    name: "Mật ong hoa tràm U Minh Hạ",
    slug: "mat-ong-hoa-tram-u-minh-ha",
    categorySlug: "mat-ong",
    variants: [
      { label: "Chai 500 ml", price: 160_000, onHand: 10 },
      { label: "Chai 1 lít", price: 300_000, onHand: 2 },
    ],
    certificate: { stars: 5 },
    images: [{ key: "products/mat-ong/1", width: 640, height: 640 }],
    ratingCount: 4,
    ratingSum: 18,
  });
  await createProduct({
    sellerId: uminh.id,
    name: "Phấn hoa tràm U Minh",
    categorySlug: "mat-ong",
    variants: [{ label: "Hũ 200 g", price: 120_000, onHand: 0 }],
    certificate: { stars: 3 },
    ratingCount: 1,
    ratingSum: 5,
  });
  const draft = await createProduct({ sellerId: uminh.id, name: "Sáp ong bản nháp", categorySlug: "mat-ong", status: "DRAFT", ratingCount: 10, ratingSum: 10 });
  draftSlug = draft.slug;
  await createProduct({ sellerId: cantho.id, name: "Bánh pía sầu riêng", categorySlug: "banh-keo-mut", variants: [{ label: "Hộp 4 cái", price: 120_000, onHand: 30 }], certificate: { stars: 4 } });
  await createProduct({ sellerId: cantho.id, name: "Trà sen Tháp Mười", categorySlug: "tra", variants: [{ label: "Hộp 100 g", price: 95_000, onHand: 8 }] });
  await createProduct({ sellerId: suspended.id, name: "Khô mực Sông Đốc", categorySlug: "thuy-hai-san-kho" });
  await reindexProducts();
});

describe("reference data", () => {
  it("knows the groups, categories and provinces, and what /c/:slug and /p/:slug mean", async () => {
    const ref = await getReference();
    expect(ref.groups).toHaveLength(6);
    expect(ref.provinces).toHaveLength(34);
    expect(await getReference()).toBe(ref); // cached
    expect(await findCatalogSection("thuc-pham")).toMatchObject({ kind: "group", group: { nameVi: "Thực phẩm" } });
    expect(await findCatalogSection("mat-ong")).toMatchObject({ kind: "category", category: { slug: "mat-ong" }, group: { slug: "thuc-pham" } });
    expect(await findCatalogSection("khong-co")).toBeNull();
    expect(await findProvinceBySlug("ca-mau")).toMatchObject({ code: "96", shortName: "Cà Mau" });
    expect(await findProvinceBySlug("atlantis")).toBeNull();
  });
});

describe("hitsToCards", () => {
  const hit: ProductHit = {
    id: "p1",
    slug: "mat-ong",
    name: "Mật ong hoa tràm",
    price: 160_000,
    maxPrice: 300_000,
    inStock: true,
    stars: 5,
    rating: 4.5,
    ratingCount: 4,
    producer: "Hợp tác xã Ong mật U Minh Hạ",
    producerSlug: "htx-ong-mat-u-minh-ha",
    province: "Cà Mau",
    provinceCode: "96",
    group: "thuc-pham",
    category: "Mật ong và sản phẩm từ ong",
    categorySlug: "mat-ong",
    image: "products/p1/1",
    imageWidth: 640,
  };

  it("maps a hit to what a product card shows, with square responsive images", () => {
    expect(hitsToCards([hit])).toEqual([
      {
        id: "p1",
        slug: "mat-ong",
        name: "Mật ong hoa tràm",
        price: 160_000,
        priceVaries: true,
        available: true,
        stars: 5,
        seller: { name: "Hợp tác xã Ong mật U Minh Hạ", slug: "htx-ong-mat-u-minh-ha" },
        provinceName: "Cà Mau",
        image: {
          src: "/media/products/p1/1-640.webp",
          srcSet: "/media/products/p1/1-320.webp 320w, /media/products/p1/1-640.webp 640w",
          width: 640,
          height: 640,
          alt: "Mật ong hoa tràm",
        },
      },
    ]);
  });

  it("shows no stars for 0, one price when variants cost the same, no image without one", () => {
    const [card] = hitsToCards([{ ...hit, stars: 0, maxPrice: 160_000, image: null, imageWidth: null, inStock: false }]);
    expect(card).toMatchObject({ stars: null, priceVaries: false, image: null, available: false });
  });
});

describe("facets", () => {
  const filters: ListingFilters = { q: "", sort: "relevance", page: 1, province: "01" };

  it("labels values by locale, keeps a selected value without results, and counts stars cumulatively", async () => {
    const ref = await getReference();
    const facets = buildFacets(
      { facets: { group: { "do-uong": 2, "thuc-pham": 5 }, category: { tra: 2, "mat-ong": 3 }, province: { "96": 4, "92": 3 }, stars: { "3": 1, "4": 2, "5": 3 } } },
      filters,
      ref,
      "vi",
    );
    expect(facets.group.map((o) => o.label)).toEqual(["Thực phẩm", "Đồ uống"]); // official order
    expect(facets.category.map((o) => [o.label, o.count])).toEqual([["Mật ong và sản phẩm từ ong", 3], ["Trà", 2]]);
    expect(facets.province).toEqual([
      { value: "96", label: "Cà Mau", count: 4, selected: false },
      { value: "92", label: "Cần Thơ", count: 3, selected: false },
      { value: "01", label: "Hà Nội", count: 0, selected: true },
    ]);
    expect(facets.stars).toEqual([
      { stars: 3, count: 6, selected: false },
      { stars: 4, count: 5, selected: false },
      { stars: 5, count: 3, selected: false },
    ]);
    const en = buildFacets({ facets: { group: { "do-uong": 1 }, category: {}, province: {}, stars: {} } }, filters, ref, "en");
    expect(en.group[0].label).toBe("Beverages");
  });
});

describe("loadListing", () => {
  it("searches without diacritics and returns cards, labelled facets and the valid filters", async () => {
    const listing = await loadListing({ url: url("?q=mat+ong&stars=9&sort=newest"), locale: "vi" });
    expect(listing.degraded).toBe(false);
    expect(listing.filters).toMatchObject({ q: "mat ong", sort: "newest", page: 1 });
    expect(listing.filters.stars).toBeUndefined(); // invalid: dropped
    expect(listing.products.map((p) => p.name).sort()).toEqual(["Mật ong hoa tràm U Minh Hạ", "Phấn hoa tràm U Minh"]);
    expect(listing.facets.province).toEqual([{ value: "96", label: "Cà Mau", count: 2, selected: false }]);
    expect(listing.facets.stars.map((o) => [o.stars, o.count])).toEqual([[3, 2], [4, 1], [5, 1]]);
    expect(listing.emptyHelp).toBeNull();
  });

  it("pins the scope's facets and leaves them out of the filters", async () => {
    const listing = await loadListing({ url: url("?group=do-uong&province=92"), scope: { category: "mat-ong" }, locale: "vi" });
    expect(listing.pinned.sort()).toEqual(["category", "group"]);
    expect(listing.filters.group).toBeUndefined();
    expect(listing.total).toBe(0); // mật ong is only in Cà Mau
    const seller = await loadListing({ url: url(), scope: { sellerId: uminh.id }, locale: "vi" });
    expect(seller.pinned).toEqual(["province"]);
    expect(seller.total).toBe(2);
  });

  it("helps when nothing matches: the words without the filters, other words, popular categories", async () => {
    const filtered = await loadListing({ url: url("?q=mat+ong&province=92"), locale: "vi" });
    expect(filtered.total).toBe(0);
    expect(filtered.emptyHelp).toMatchObject({ withoutFilters: 2, didYouMean: null });
    expect(filtered.emptyHelp!.popularCategories[0]).toEqual({ slug: "mat-ong", label: "Mật ong và sản phẩm từ ong", count: 2 });

    // A word that finds nothing: the query without it.
    expect(await didYouMean("mat ong xyzzy")).toEqual({ q: "mat ong", total: 2 });
    expect(await didYouMean("mat")).toBeNull(); // one word: nothing to leave out
  });

  it("renders from PostgreSQL when Meilisearch is down", async () => {
    const saved = process.env.MEILISEARCH_URL;
    const { resetSearchClientForTests } = await import("~/modules/search/client.server");
    process.env.MEILISEARCH_URL = "http://127.0.0.1:9"; // nothing listens there
    resetSearchClientForTests();
    try {
      const listing = await loadListing({ url: url("?sort=price_asc"), scope: { province: "96" }, locale: "vi" });
      expect(listing.degraded).toBe(true);
      expect(listing.products.map((p) => p.price)).toEqual([120_000, 160_000]);
      expect(listing.facets.category.map((o) => o.value)).toEqual(["mat-ong"]);
      expect(await suggestProducts("mat ong")).toEqual([]); // suggestions stay quiet rather than load PostgreSQL
    } finally {
      process.env.MEILISEARCH_URL = saved;
      resetSearchClientForTests();
    }
  });
});

describe("suggestions and 404 help", () => {
  it("suggests products as you type, the last word as a prefix", async () => {
    expect(await suggestProducts("mat o")).toContainEqual({ name: "Mật ong hoa tràm U Minh Hạ", slug: "mat-ong-hoa-tram-u-minh-ha", price: 160_000 });
    expect(await suggestProducts("m")).toEqual([]);
    expect((await suggestProducts("banh pia")).map((s) => s.name)).toEqual(["Bánh pía sầu riêng"]);
  });

  it("reads words from an unknown URL and finds products for them", async () => {
    expect(wordsFromPath("/products/mat-ong-u-minh")).toBe("mat ong u minh");
    expect(wordsFromPath("/c/tra-sen")).toBe("tra sen");
    expect(wordsFromPath("/media/products/x/1-320.webp")).toBe("");
    expect(() => wordsFromPath("/tra-%E0%A4%A")).not.toThrow(); // a malformed escape
    const found = await suggestForPath("/mat-ong-hoa-tram");
    expect(found?.products.map((p) => p.name)).toContain("Mật ong hoa tràm U Minh Hạ");
    expect(await suggestForPath("/zzqqxx")).toBeNull();
  });
});

describe("getSellerPage", () => {
  it("an approved seller: story, province, kind, logo, visible product count and average rating", async () => {
    const page = await getSellerPage("htx-ong-mat-u-minh-ha");
    expect(page).toMatchObject({
      status: "APPROVED",
      name: "Hợp tác xã Ong mật U Minh Hạ",
      kind: "COOPERATIVE",
      story: "Người dân U Minh Hạ gác kèo ong trong rừng tràm.\n\nHợp tác xã gồm 32 hộ.",
      province: { code: "96", shortName: "Cà Mau", slug: "ca-mau" },
      productCount: 2, // the draft is not counted
      rating: { average: 4.6, count: 5 }, // (18 + 5) / (4 + 1), the draft's reviews left out
      logo: { src: "/media/sellers/umh/logo-192.webp", srcSet: "/media/sellers/umh/logo-96.webp 96w, /media/sellers/umh/logo-192.webp 192w" },
    });
  });

  it("a suspended seller: who it is, without story or products", async () => {
    const page = await getSellerPage(suspended.slug);
    expect(page).toMatchObject({ status: "SUSPENDED", name: "Hộ kinh doanh Khô mực Sông Đốc" });
    expect(page).not.toHaveProperty("story");
    expect(page).not.toHaveProperty("productCount");
  });

  it("pending, rejected and unknown sellers have no page", async () => {
    expect(await getSellerPage(pending.slug)).toBeNull();
    const rejected = await createSeller({ status: "REJECTED" });
    expect(await getSellerPage(rejected.slug)).toBeNull();
    expect(await getSellerPage("khong-ton-tai")).toBeNull();
  });
});

describe("sitemap", () => {
  it("lists home, groups, categories, provinces with products, approved sellers and visible products", async () => {
    const entries = await getSitemapEntries();
    const paths = entries.map((e) => e.path);
    expect(paths[0]).toBe("/");
    expect(paths).toContain("/c/thuc-pham");
    expect(paths).toContain("/c/mat-ong");
    expect(paths.filter((p) => p.startsWith("/p/")).sort()).toEqual(["/p/ca-mau", "/p/can-tho"]);
    expect(paths).toContain("/s/htx-ong-mat-u-minh-ha");
    expect(paths).not.toContain(`/s/${suspended.slug}`);
    expect(paths).not.toContain(`/s/${pending.slug}`);
    expect(paths).toContain("/products/mat-ong-hoa-tram-u-minh-ha");
    expect(paths).not.toContain(`/products/${draftSlug}`);
    expect(paths.filter((p) => p.startsWith("/products/"))).toHaveLength(4);
    expect(entries.find((e) => e.path === "/products/mat-ong-hoa-tram-u-minh-ha")?.lastmod).toBeInstanceOf(Date);
    expect(await prisma.product.count()).toBe(6);
  });
});

// The storefront's listing routes through their loaders (real PostgreSQL and
// Meilisearch): /search, /c/:slug, /p/:provinceSlug, /s/:slug, the suggestions,
// sitemap.xml, robots.txt and the catch-all 404.
import { beforeAll, describe, expect, it } from "vitest";
import { getSearchClient, reindexProducts } from "~/modules/search/index.server";
import { productsIndexName } from "~/modules/search/settings";
import { getRequest, runRoute } from "~/modules/accounts/testing.server";
import type { ListingData } from "~/modules/catalog/index.server";
import { createProduct, createSeller } from "../../prisma/factories";
import { loader as searchLoader, meta as searchMeta } from "./search";
import { loader as sectionLoader } from "./c.$slug";
import { loader as provinceLoader } from "./p.$provinceSlug";
import { loader as sellerLoader } from "./s.$slug";
import { loader as suggestLoader } from "./search.suggest";
import { loader as sitemapLoader } from "./[sitemap.xml]";
import { loader as robotsLoader } from "./[robots.txt]";
import { action as catchAllAction, loader as catchAllLoader } from "./$";

type Page = { listing: ListingData; meta: { title: string; description: string } };

let approvedSlug: string;
let suspendedSlug: string;
let pendingSlug: string;

beforeAll(async () => {
  await getSearchClient()!.deleteIndexIfExists(productsIndexName());
  const camau = await createSeller({ name: "Hợp tác xã Ong mật U Minh Hạ", provinceCode: "96", story: "Gác kèo ong trong rừng tràm." });
  const cantho = await createSeller({ name: "Doanh nghiệp Tân Huê Viên", provinceCode: "92", kind: "ENTERPRISE" });
  const suspended = await createSeller({ provinceCode: "96", status: "SUSPENDED" });
  const pending = await createSeller({ status: "PENDING" });
  approvedSlug = camau.slug;
  suspendedSlug = suspended.slug;
  pendingSlug = pending.slug;
  await createProduct({ sellerId: camau.id, name: "Mật ong hoa tràm U Minh Hạ", categorySlug: "mat-ong", variants: [{ label: "Chai 500 ml", price: 160_000, onHand: 9 }], certificate: { stars: 5 } });
  await createProduct({ sellerId: camau.id, name: "Mật ong hoa tràm ngâm chanh", categorySlug: "mat-ong", variants: [{ label: "Hũ 300 g", price: 95_000, onHand: 9 }], certificate: { stars: 3 } });
  await createProduct({ sellerId: camau.id, name: "Khô cá lóc U Minh", categorySlug: "thuy-hai-san-kho", variants: [{ label: "Gói 500 g", price: 210_000, onHand: 9 }] });
  await createProduct({ sellerId: cantho.id, name: "Trà mật ong gừng", categorySlug: "tra", variants: [{ label: "Hộp 20 gói", price: 75_000, onHand: 9 }], certificate: { stars: 4 } });
  await createProduct({ sellerId: suspended.id, name: "Mật ong rừng bị ẩn", categorySlug: "mat-ong" });
  await reindexProducts();
});

const args = (path: string, params: Record<string, string> = {}) => ({ request: getRequest(path), params, context: {} });

describe("/search", () => {
  it("answers 200 with results, labelled facet counts, a private cache header and a title with the words", async () => {
    const res = await runRoute<Page>(() => searchLoader(args("/search?q=mat+ong")));
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("private, max-age=0");
    const { listing, meta } = res.data!;
    expect(listing.total).toBe(4); // "Khô cá lóc" by "Hợp tác xã Ong mật" too
    expect(listing.products.map((p) => p.name)).not.toContain("Mật ong rừng bị ẩn"); // suspended seller
    expect(listing.facets.province).toEqual([
      { value: "96", label: "Cà Mau", count: 3, selected: false },
      { value: "92", label: "Cần Thơ", count: 1, selected: false },
    ]);
    expect(listing.facets.group).toEqual([
      { value: "thuc-pham", label: "Thực phẩm", count: 3, selected: false },
      { value: "do-uong", label: "Đồ uống", count: 1, selected: false },
    ]);
    expect(listing.facets.stars.map((o) => [o.stars, o.count])).toEqual([[3, 3], [4, 2], [5, 1]]);
    expect(meta.title).toBe("“mat ong” — Tìm kiếm | Chợ OCOP");
    // A plain query that finds something is indexable under one canonical address.
    expect(meta.description).toBe("4 sản phẩm OCOP và đặc sản cho “mat ong”, mua trực tiếp từ hợp tác xã và nhà sản xuất trên Chợ OCOP.");
    const tags = searchMeta({ data: res.data } as Parameters<typeof searchMeta>[0]);
    expect(tags).toContainEqual({ tagName: "link", rel: "canonical", href: expect.stringMatching(/^https?:\/\/[^/]+\/search\?q=mat\+ong$/) });
    expect(tags.some((t) => "name" in t && t.name === "robots")).toBe(false);
  });

  it("keeps filtered, sorted, later, empty and odd variants out of search engines; the same words share one canonical", async () => {
    const tagsOf = async (path: string) => searchMeta({ data: (await runRoute<Page>(() => searchLoader(args(path)))).data } as Parameters<typeof searchMeta>[0]);
    for (const path of ["/search?q=mat+ong&province=96", "/search?q=mat+ong&sort=price-asc", "/search?q=mat+ong&page=1", "/search?q=khong+co+gi+ca+xyzzy", "/search", `/search?q=${"mat ong ".repeat(10)}`]) {
      expect(await tagsOf(path), path).toContainEqual({ name: "robots", content: "noindex, follow" });
    }
    const canonical = (tags: Awaited<ReturnType<typeof tagsOf>>) => tags.find((t): t is { tagName: "link"; rel: string; href: string } => "rel" in t && t.rel === "canonical");
    const [a, b] = await Promise.all([tagsOf("/search?q=mat+ong"), tagsOf("/search?q=++M%E1%BA%ADt+++Ong+")]);
    expect(canonical(a)?.href).toMatch(/\/search\?q=mat\+ong$/);
    expect(canonical(b)?.href).toMatch(/\/search\?q=m%E1%BA%ADt\+ong$/);
  });

  it("combines facets and keeps only valid parameters", async () => {
    const res = await runRoute<Page>(() => searchLoader(args("/search?q=mat+ong&province=96&stars=4&sort=price_asc&perPage=abc")));
    expect(res.data!.listing.products.map((p) => p.name)).toEqual(["Mật ong hoa tràm U Minh Hạ"]);
    expect(res.data!.listing.facets.province.find((o) => o.value === "96")).toMatchObject({ selected: true });
  });

  it("sends a page past the end to the last page, keeping the filters", async () => {
    const res = await runRoute(() => searchLoader(args("/search?q=mat+ong&province=96&page=7")));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/search?q=mat+ong&province=96");
  });

  it("shows English labels to English visitors", async () => {
    const res = await runRoute<Page>(() => searchLoader(args("/search?q=gung&lang=en")));
    expect(res.data!.listing.facets.group[0].label).toBe("Beverages");
    expect(res.data!.meta.title).toBe("“gung” — Search | Chợ OCOP");
  });
});

describe("listing pages", () => {
  it("/c/:slug lists an OCOP group or a category, and is 404 for anything else", async () => {
    const group = await runRoute<Page & { kind: string; name: string; categories: unknown[] }>(() => sectionLoader(args("/c/thuc-pham", { slug: "thuc-pham" })));
    expect(group.status).toBe(200);
    expect(group.data).toMatchObject({ kind: "group", name: "Thực phẩm" });
    expect(group.data!.listing.total).toBe(3);
    expect(group.data!.listing.pinned).toEqual(["group"]);
    expect(group.data!.categories).toHaveLength(7);

    const category = await runRoute<Page & { kind: string; group: { slug: string } }>(() => sectionLoader(args("/c/mat-ong?sort=price_asc", { slug: "mat-ong" })));
    expect(category.data).toMatchObject({ kind: "category", group: { slug: "thuc-pham" } });
    expect(category.data!.listing.products.map((p) => p.price)).toEqual([95_000, 160_000]);

    expect((await runRoute(() => sectionLoader(args("/c/khong-co", { slug: "khong-co" })))).status).toBe(404);
  });

  it("/p/:provinceSlug is titled “Đặc sản …” and is 404 for an unknown province", async () => {
    const res = await runRoute<Page & { heading: string }>(() => provinceLoader(args("/p/ca-mau", { provinceSlug: "ca-mau" })));
    expect(res.status).toBe(200);
    expect(res.data!.heading).toBe("Đặc sản Cà Mau");
    expect(res.data!.meta.title).toBe("Đặc sản Cà Mau | Chợ OCOP");
    expect(res.data!.listing.products.map((p) => p.name).sort()).toEqual(["Khô cá lóc U Minh", "Mật ong hoa tràm U Minh Hạ", "Mật ong hoa tràm ngâm chanh"]);
    expect((await runRoute(() => provinceLoader(args("/p/atlantis", { provinceSlug: "atlantis" })))).status).toBe(404);
  });

  it("/s/:slug shows an approved seller with its products, a suspended one without, and 404 otherwise", async () => {
    const approved = await runRoute<{ seller: { status: string; story: string }; listing: ListingData }>(() => sellerLoader(args(`/s/${approvedSlug}`, { slug: approvedSlug })));
    expect(approved.status).toBe(200);
    expect(approved.data!.seller).toMatchObject({ status: "APPROVED", story: "Gác kèo ong trong rừng tràm." });
    expect(approved.data!.listing.total).toBe(3);

    const suspended = await runRoute<{ seller: { status: string }; listing: null }>(() => sellerLoader(args(`/s/${suspendedSlug}`, { slug: suspendedSlug })));
    expect(suspended.status).toBe(200);
    expect(suspended.data).toMatchObject({ seller: { status: "SUSPENDED" }, listing: null });

    expect((await runRoute(() => sellerLoader(args(`/s/${pendingSlug}`, { slug: pendingSlug })))).status).toBe(404);
    expect((await runRoute(() => sellerLoader(args("/s/khong-co", { slug: "khong-co" })))).status).toBe(404);
  });
});

describe("resources", () => {
  it("/search/suggest answers JSON [{ name, slug, price }] with a short public cache", async () => {
    const res = (await suggestLoader(args("/search/suggest?q=mat+ong+ngam"))) as Response;
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=60, stale-while-revalidate=300");
    const body = (await res.json()) as { name: string; slug: string; price: number }[];
    expect(body).toEqual([{ name: "Mật ong hoa tràm ngâm chanh", slug: expect.stringMatching(/^mat-ong-hoa-tram-ngam-chanh/), price: 95_000 }]);
    expect(await ((await suggestLoader(args("/search/suggest?q="))) as Response).json()).toEqual([]);
  });

  it("/sitemap.xml lists absolute URLs with lastmod; /robots.txt keeps private areas out and points to it", async () => {
    const sitemap = (await sitemapLoader(args("/sitemap.xml"))) as Response;
    expect(sitemap.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    const xml = await sitemap.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect(xml).toContain("<url><loc>http://localhost/</loc></url>");
    expect(xml).toContain("<loc>http://localhost/c/dich-vu-du-lich</loc>");
    expect(xml).toContain("<loc>http://localhost/p/ca-mau</loc>");
    expect(xml).not.toContain("/p/ha-noi<");
    expect(xml).toContain(`<loc>http://localhost/s/${approvedSlug}</loc><lastmod>`);
    expect(xml).not.toContain(suspendedSlug);
    expect(xml).toMatch(/<loc>http:\/\/localhost\/products\/mat-ong-hoa-tram-u-minh-ha[^<]*<\/loc><lastmod>\d{4}-\d{2}-\d{2}T/);

    const robots = await ((robotsLoader(args("/robots.txt")) as Response).text());
    expect(robots).toBe(
      ["User-agent: *", "Allow: /", "Disallow: /account", "Disallow: /admin", "Disallow: /seller", "Disallow: /cart", "Disallow: /checkout", "Disallow: /api", "Disallow: /invitations/", "", "Sitemap: http://localhost/sitemap.xml", ""].join("\n"),
    );
  });

  it("an unknown URL is a 404 that suggests products from the words in it", async () => {
    const res = await runRoute<{ title: string; suggestion: { q: string; products: { name: string }[] } | null }>(() => catchAllLoader(args("/mat-ong-ngam-chanh")));
    expect(res.status).toBe(404);
    expect(res.data!.title).toBe("Không tìm thấy trang | Chợ OCOP");
    expect(res.data!.suggestion?.products.map((p) => p.name)).toContain("Mật ong hoa tràm ngâm chanh");
    const nothing = await runRoute<{ suggestion: unknown }>(() => catchAllLoader(args("/wp-login.php")));
    expect(nothing.status).toBe(404);
    expect(nothing.data!.suggestion).toBeNull();
    const post = await runRoute(() => catchAllAction({ request: new Request("http://localhost/xyz", { method: "POST" }), params: {}, context: {} }));
    expect(post.status).toBe(404);
  });
});

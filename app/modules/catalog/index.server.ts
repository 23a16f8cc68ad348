// Public entry of the catalog module: what shoppers may see. Every read here
// shows only ACTIVE products of APPROVED sellers, and OCOP stars only for a
// certificate an admin verified that has not expired (REVOKED/PENDING/REJECTED
// or expired certificates show no stars).
//
// Product cards come from one SQL statement each (lateral joins for the lowest
// price, availability and first image), so a page costs a fixed number of
// queries however many cards it shows.
import { Prisma, type SellerKind } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { TIME_ZONE } from "~/lib/format";
import { productImageData, sellerLogoUrl, LOGO_WIDTHS } from "~/lib/images.server";
import type { HomePageData, ProductCardData, RegionShelf, SellerCardData } from "./types";

export type { CardImage, HomePageData, ProductCardData, RegionShelf, SellerCardData } from "./types";
export { getApiProduct, getProductPage, PRODUCT_SLUG, type ApiProduct, type ProductPageData } from "./product.server";

/** YYYY-MM-DD in Vietnam: certificates expire at the start of their expiry date there. */
export function vietnamDate(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

type CardRow = {
  id: string;
  slug: string;
  name: string;
  min_price: number;
  max_price: number;
  available: boolean;
  stars: number | null;
  seller_name: string;
  seller_slug: string;
  province_name: string;
  region: string;
  region_position: number;
  image_key: string | null;
  image_width: number | null;
  image_height: number | null;
  image_alt: string | null;
};

/** The visible products with what a card shows; callers add conditions, order and limit. */
function cardsFrom(today: string): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id, p.slug, p.name, p.sales_count, p.published_at, p.created_at,
           p.category_id, s.province_code, s.id AS seller_id,
           v.min_price, v.max_price, v.available,
           CASE WHEN c.status = 'VERIFIED' AND c.expires_at > ${today}::date THEN c.stars END AS stars,
           s.name AS seller_name, s.slug AS seller_slug,
           pr.short_name AS province_name, pr.region, pr.position AS province_position,
           img.key AS image_key, img.width AS image_width, img.height AS image_height, img.alt AS image_alt
    FROM products p
    JOIN sellers s ON s.id = p.seller_id
    JOIN provinces pr ON pr.code = s.province_code
    JOIN LATERAL (
      SELECT min(pv.price) AS min_price, max(pv.price) AS max_price, coalesce(bool_or(pv.on_hand - pv.reserved > 0), false) AS available
      FROM product_variants pv WHERE pv.product_id = p.id
    ) v ON v.min_price IS NOT NULL
    LEFT JOIN LATERAL (
      SELECT pi.key, pi.width, pi.height, pi.alt FROM product_images pi
      WHERE pi.product_id = p.id ORDER BY pi.position, pi.id LIMIT 1
    ) img ON true
    LEFT JOIN ocop_certificates c ON c.id = p.certificate_id AND c.seller_id = p.seller_id
    WHERE p.status = 'ACTIVE' AND s.status = 'APPROVED'`;
}

function toCard(row: CardRow): ProductCardData {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    price: Number(row.min_price),
    priceVaries: Number(row.max_price) !== Number(row.min_price),
    available: row.available,
    stars: row.stars === null ? null : Number(row.stars),
    seller: { name: row.seller_name, slug: row.seller_slug },
    provinceName: row.province_name,
    image: row.image_key ? productImageData({ key: row.image_key, width: row.image_width ?? 960, height: row.image_height ?? 960, alt: row.image_alt }, row.name) : null,
  };
}

export type ProductCardSort = "newest" | "popular" | "price-asc" | "price-desc";

export type ProductCardQuery = {
  groupSlug?: string;
  categorySlug?: string;
  provinceCode?: string;
  region?: string;
  sellerSlug?: string;
  /** Only products with at least this many (verified, valid) OCOP stars. */
  minStars?: number;
  sort?: ProductCardSort;
  limit?: number;
  offset?: number;
  now?: Date;
};

const ORDER: Record<ProductCardSort, Prisma.Sql> = {
  newest: Prisma.sql`coalesce(published_at, created_at) DESC, id`,
  popular: Prisma.sql`sales_count DESC, stars DESC NULLS LAST, coalesce(published_at, created_at) DESC, id`,
  "price-asc": Prisma.sql`min_price ASC, id`,
  "price-desc": Prisma.sql`min_price DESC, id`,
};

/** Product cards for listings (home shelves, category, province and seller pages). */
export async function listProductCards(query: ProductCardQuery = {}): Promise<ProductCardData[]> {
  const today = vietnamDate(query.now ?? new Date());
  const conditions: Prisma.Sql[] = [];
  if (query.groupSlug) conditions.push(Prisma.sql`category_id IN (SELECT id FROM categories WHERE group_slug = ${query.groupSlug})`);
  if (query.categorySlug) conditions.push(Prisma.sql`category_id = (SELECT id FROM categories WHERE slug = ${query.categorySlug})`);
  if (query.provinceCode) conditions.push(Prisma.sql`province_code = ${query.provinceCode}`);
  if (query.region) conditions.push(Prisma.sql`region = ${query.region}`);
  if (query.sellerSlug) conditions.push(Prisma.sql`seller_slug = ${query.sellerSlug}`);
  if (query.minStars) conditions.push(Prisma.sql`stars >= ${query.minStars}`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const limit = Math.min(Math.max(query.limit ?? 24, 1), 100);
  const offset = Math.max(query.offset ?? 0, 0);
  const rows = await prisma.$queryRaw<CardRow[]>`
    SELECT * FROM (${cardsFrom(today)}) cards ${where}
    ORDER BY ${ORDER[query.sort ?? "newest"]}
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map(toCard);
}

/**
 * The first regions (Mekong Delta first) that have visible products, a few
 * products each, skipping `exclude` (already on the page) when a region has others.
 */
async function regionShelves(today: string, regions: number, perRegion: number, exclude: ReadonlySet<string> = new Set()): Promise<RegionShelf[]> {
  const rows = await prisma.$queryRaw<(CardRow & { rn: number })[]>`
    SELECT * FROM (
      SELECT cards.*,
             row_number() OVER (PARTITION BY region ORDER BY sales_count DESC, stars DESC NULLS LAST, coalesce(published_at, created_at) DESC, id) AS rn,
             min(province_position) OVER (PARTITION BY region) AS region_position
      FROM (${cardsFrom(today)}) cards
    ) ranked
    WHERE rn <= ${perRegion + exclude.size}
    ORDER BY region_position, rn`;
  const byRegion = new Map<string, CardRow[]>();
  for (const row of rows) byRegion.set(row.region, [...(byRegion.get(row.region) ?? []), row]);
  return [...byRegion]
    .slice(0, regions)
    .map(([region, candidates]) => {
      const fresh = candidates.filter((row) => !exclude.has(row.id));
      const chosen = [...fresh, ...candidates.filter((row) => exclude.has(row.id))].slice(0, perRegion);
      return { region, products: chosen.map(toCard) };
    });
}

type SellerRow = {
  slug: string;
  name: string;
  kind: SellerKind;
  story: string;
  logo_path: string | null;
  province_name: string;
  product_count: number;
};

/** "Hợp tác xã … ra đời năm 2012 … ." → its first sentence, at most ~160 characters. */
export function storyExcerpt(story: string, max = 160): string {
  const text = story.trim().replace(/\s+/g, " ");
  const sentence = /^.+?[.!?…](?=\s|$)/.exec(text)?.[0] ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}

/** APPROVED sellers with visible products: cooperatives first, then the ones with most products. */
export async function listFeaturedSellers(limit = 6): Promise<SellerCardData[]> {
  const rows = await prisma.$queryRaw<SellerRow[]>`
    SELECT s.slug, s.name, s.kind, s.story, s.logo_path, pr.short_name AS province_name, count(*)::int AS product_count
    FROM sellers s
    JOIN provinces pr ON pr.code = s.province_code
    JOIN products p ON p.seller_id = s.id AND p.status = 'ACTIVE'
    WHERE s.status = 'APPROVED'
    GROUP BY s.id, pr.short_name, pr.position
    ORDER BY (s.kind = 'COOPERATIVE') DESC, count(*) DESC, pr.position, s.name
    LIMIT ${limit}`;
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    provinceName: row.province_name,
    productCount: Number(row.product_count),
    excerpt: storyExcerpt(row.story),
    logo: row.logo_path
      ? { src: sellerLogoUrl(row.logo_path, LOGO_WIDTHS[0]), srcSet: LOGO_WIDTHS.map((w) => `${sellerLogoUrl(row.logo_path!, w)} ${w}w`).join(", ") }
      : null,
  }));
}

/**
 * Everything the home page shows, in four queries (the region shelves wait for
 * the featured products so they can show other ones).
 */
export async function getHomePage({ now = new Date() }: { now?: Date } = {}): Promise<HomePageData> {
  const today = vietnamDate(now);
  const featuredThenRegions = listProductCards({ minStars: 5, sort: "popular", limit: 8, now }).then(async (featured) => ({
    featured,
    regions: await regionShelves(today, 3, 4, new Set(featured.map((p) => p.id))),
  }));
  const [{ featured, regions }, newest, sellers] = await Promise.all([featuredThenRegions, listProductCards({ sort: "newest", limit: 8, now }), listFeaturedSellers(6)]);
  return { featured, regions, newest, sellers };
}
export { LISTING_CACHE_CONTROL, LISTING_PER_PAGE, didYouMean, hitsToCards, loadListing, type ListingData, type ListingFilters } from "./listing.server";
export { clearReferenceCache, findCatalogSection, findProvinceBySlug, getReference, refLabel, type CatalogSection } from "./reference-cache.server";
export { getSellerPage, type SellerPageData } from "./seller-page.server";
export { getSitemapEntries, siteOrigin, type SitemapEntry } from "./sitemap.server";
export { suggestForPath, wordsFromPath } from "./not-found.server";
export { suggestProducts, type Suggestion } from "./suggestions.server";

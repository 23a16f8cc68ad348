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
import { coalesce } from "./coalesce.server";
import type { HomePageData, ProductCardData, RegionShelf, SellerCardData } from "./types";

export type { CardImage, HomePageData, ProductCardData, RegionShelf, SellerCardData } from "./types";
export { getApiProduct, getProductPage, PRODUCT_SLUG, type ApiProduct, type ProductPageData } from "./product.server";

// Made once: building an Intl.DateTimeFormat per call cost ~1 % of a home request (CPU profile).
const vietnamDateFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** YYYY-MM-DD in Vietnam: certificates expire at the start of their expiry date there. */
export function vietnamDate(now: Date): string {
  return vietnamDateFormat.format(now);
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

/**
 * The visible products (ACTIVE, of an APPROVED seller, with at least one variant: what
 * `cardsFrom` keeps) with only the columns shelves filter and sort by — no per-product
 * aggregate — so PostgreSQL can filter, order and limit on products' indexes
 * (migration 20261126091500_storefront_shelf_indexes) before any card is built.
 * Column names match `cardsFrom`'s, so the same WHERE and ORDER BY apply to both.
 */
function visibleFrom(today: string, withMinPrice: boolean): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id, p.sales_count, p.published_at, p.created_at, p.category_id, p.certificate_id,
           s.province_code, s.slug AS seller_slug, pr.region, pr.position AS province_position,
           CASE WHEN c.status = 'VERIFIED' AND c.expires_at > ${today}::date THEN c.stars END AS stars
           ${withMinPrice ? Prisma.sql`, (SELECT min(pv.price) FROM product_variants pv WHERE pv.product_id = p.id) AS min_price` : Prisma.empty}
    FROM products p
    JOIN sellers s ON s.id = p.seller_id
    JOIN provinces pr ON pr.code = s.province_code
    LEFT JOIN ocop_certificates c ON c.id = p.certificate_id AND c.seller_id = p.seller_id
    WHERE p.status = 'ACTIVE' AND s.status = 'APPROVED'
      AND EXISTS (SELECT 1 FROM product_variants pv WHERE pv.product_id = p.id)`;
}

/**
 * Product cards for listings (home shelves, category, province and seller pages).
 *
 * Two steps in one statement: the page of ids is chosen from the visible products
 * (filtered, ordered, limited: index scans), then the cards (price range, stock, first
 * image…) are built for those ids only and put in the same order. Every order ends with
 * `id`, so it is total and both steps agree.
 */
export async function listProductCards(query: ProductCardQuery = {}): Promise<ProductCardData[]> {
  const today = vietnamDate(query.now ?? new Date());
  const conditions: Prisma.Sql[] = [];
  // `= ANY(ARRAY(…))` rather than `IN (SELECT …)`: a filter PostgreSQL applies while it walks
  // the order's index (the semi-join made it sort the whole group instead: 30 ms → 1 ms at 10k).
  if (query.groupSlug) conditions.push(Prisma.sql`category_id = ANY(ARRAY(SELECT id FROM categories WHERE group_slug = ${query.groupSlug}))`);
  if (query.categorySlug) conditions.push(Prisma.sql`category_id = (SELECT id FROM categories WHERE slug = ${query.categorySlug})`);
  if (query.provinceCode) conditions.push(Prisma.sql`province_code = ${query.provinceCode}`);
  if (query.region) conditions.push(Prisma.sql`region = ${query.region}`);
  if (query.sellerSlug) conditions.push(Prisma.sql`seller_slug = ${query.sellerSlug}`);
  // Stars need a certificate: saying so lets PostgreSQL start from the few certified products.
  if (query.minStars) conditions.push(Prisma.sql`certificate_id IS NOT NULL AND stars >= ${query.minStars}`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const limit = Math.min(Math.max(query.limit ?? 24, 1), 100);
  const offset = Math.max(query.offset ?? 0, 0);
  const sort = query.sort ?? "newest";
  const rows = await prisma.$queryRaw<CardRow[]>`
    WITH page AS MATERIALIZED (
      SELECT id FROM (${visibleFrom(today, sort === "price-asc" || sort === "price-desc")}) visible ${where}
      ORDER BY ${ORDER[sort]}
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT * FROM (${cardsFrom(today)} AND p.id IN (SELECT id FROM page)) cards
    ORDER BY ${ORDER[sort]}`;
  return rows.map(toCard);
}

/**
 * The first regions (Mekong Delta first) that have visible products, a few
 * products each, skipping `exclude` (already on the page) when a region has others.
 *
 * A region's place is its first province (by position) that has visible products. Each
 * of the first `regions` regions takes its best sellers (top-N per region on products'
 * own columns), and cards are built for those candidates only. Returns the picker that
 * applies `exclude` (at most `maxExclude` ids).
 */
async function regionShelves(today: string, regions: number, perRegion: number, maxExclude: number): Promise<(exclude: ReadonlySet<string>) => RegionShelf[]> {
  const popular = Prisma.sql`sales_count DESC, stars DESC NULLS LAST, coalesce(published_at, created_at) DESC, id`;
  const rows = await prisma.$queryRaw<(CardRow & { rn: number })[]>`
    WITH shelf_regions AS MATERIALIZED (
      SELECT pr.region, min(pr.position) AS region_position
      FROM provinces pr
      CROSS JOIN LATERAL ( -- a probe per province (LIMIT 1), not a semi-join over every product
        SELECT 1 FROM sellers s JOIN products p ON p.seller_id = s.id
        WHERE s.province_code = pr.code AND s.status = 'APPROVED' AND p.status = 'ACTIVE'
          AND EXISTS (SELECT 1 FROM product_variants pv WHERE pv.product_id = p.id)
        LIMIT 1
      ) live
      GROUP BY pr.region
      ORDER BY region_position
      LIMIT ${regions}
    ),
    ranked AS MATERIALIZED (
      SELECT r.region_position, top.id, top.rn
      FROM shelf_regions r
      CROSS JOIN LATERAL (
        SELECT id, row_number() OVER (ORDER BY ${popular}) AS rn FROM (
          SELECT * FROM (${visibleFrom(today, false)}) visible
          WHERE region = r.region
          ORDER BY ${popular}
          LIMIT ${perRegion + maxExclude}
        ) best
      ) top
    )
    SELECT cards.*, ranked.rn, ranked.region_position
    FROM (${cardsFrom(today)} AND p.id IN (SELECT id FROM ranked)) cards
    JOIN ranked ON ranked.id = cards.id
    ORDER BY ranked.region_position, ranked.rn`;
  const byRegion = new Map<string, CardRow[]>();
  for (const row of rows) byRegion.set(row.region, [...(byRegion.get(row.region) ?? []), row]);
  // The first `perRegion` that are not excluded are among the best perRegion + exclude.size
  // ≤ perRegion + maxExclude, so fetching the larger set first changes no shelf.
  return (exclude) => {
    if (exclude.size > maxExclude) throw new Error(`regionShelves: ${exclude.size} excluded, at most ${maxExclude}`);
    return [...byRegion].slice(0, regions).map(([region, candidates]) => {
      const fresh = candidates.filter((row) => !exclude.has(row.id));
      const chosen = [...fresh, ...candidates.filter((row) => exclude.has(row.id))].slice(0, perRegion);
      return { region, products: chosen.map(toCard) };
    });
  };
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

const homeInFlight = new Map<string, Promise<HomePageData>>();

/**
 * Everything the home page shows, in four queries run at the same time. Requests that arrive
 * while those queries run share them (coalesce.server.ts); `now` (tests) always queries afresh.
 */
export function getHomePage({ now }: { now?: Date } = {}): Promise<HomePageData> {
  if (now) return loadHomePage(now);
  return coalesce(homeInFlight, "home", () => loadHomePage(new Date()));
}

async function loadHomePage(now: Date): Promise<HomePageData> {
  const today = vietnamDate(now);
  const featuredLimit = 8;
  // The region shelves skip the featured products; their candidates are fetched at the same
  // time (enough of them to skip any `featuredLimit` products) and picked once both are here.
  const [featured, pickRegions, newest, sellers] = await Promise.all([
    listProductCards({ minStars: 5, sort: "popular", limit: featuredLimit, now }),
    regionShelves(today, 3, 4, featuredLimit),
    listProductCards({ sort: "newest", limit: 8, now }),
    listFeaturedSellers(6),
  ]);
  const regions = pickRegions(new Set(featured.map((p) => p.id)));
  return { featured, regions, newest, sellers };
}
export { LISTING_CACHE_CONTROL, LISTING_PER_PAGE, didYouMean, hitsToCards, loadListing, type ListingData, type ListingFilters } from "./listing.server";
export { clearReferenceCache, findCatalogSection, findProvinceBySlug, getReference, refLabel, type CatalogSection } from "./reference-cache.server";
export { getSellerPage, type SellerPageData } from "./seller-page.server";
export { getSitemapEntries, siteOrigin, type SitemapEntry } from "./sitemap.server";
export { suggestForPath, wordsFromPath } from "./not-found.server";
export { suggestProducts, type Suggestion } from "./suggestions.server";

// Product search: Meilisearch first; PostgreSQL (unaccent + trigram) when
// Meilisearch is unreachable, with the same result shape so pages degrade
// instead of failing.
import { Prisma } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { getSearchClient } from "./client.server";
import { RATING_PRIOR, RATING_PRIOR_WEIGHT, type ProductDocument } from "./documents.server";
import { MATCHING_STRATEGY, productsIndexName } from "./settings";
import type { SearchParams, Sort } from "./schemas";

export type ProductHit = Pick<
  ProductDocument,
  "id" | "slug" | "name" | "price" | "maxPrice" | "inStock" | "stars" | "rating" | "ratingCount" | "producer" | "producerSlug" | "province" | "provinceCode" | "group" | "category" | "categorySlug" | "image" | "imageWidth"
>;

export type FacetCounts = Record<string, number>;
export type SearchFacets = { group: FacetCounts; category: FacetCounts; province: FacetCounts; stars: FacetCounts };

export type SearchResult = {
  hits: ProductHit[];
  total: number;
  page: number;
  perPage: number;
  totalPages: number;
  facets: SearchFacets;
  /** True when Meilisearch was unreachable and PostgreSQL answered. */
  degraded: boolean;
  /** True when no product had every word, so products with most of them are shown. */
  relaxed: boolean;
};

/** Fixed filters a listing page adds (category page, province page, seller page). */
export type Scope = { group?: string; category?: string; province?: string; sellerId?: string };

const HIT_FIELDS: (keyof ProductHit)[] = ["id", "slug", "name", "price", "maxPrice", "inStock", "stars", "rating", "ratingCount", "producer", "producerSlug", "province", "provinceCode", "group", "category", "categorySlug", "image", "imageWidth"];
type FacetName = keyof SearchFacets;
const FACET_ATTRIBUTE: Record<FacetName, string> = { group: "group", category: "categorySlug", province: "provinceCode", stars: "stars" };

const quote = (v: string) => `"${v.replace(/["\\]/g, "\\$&")}"`;

type Criteria = SearchParams & { sellerId?: string };

function merge(params: SearchParams, scope: Scope): Criteria {
  return {
    ...params,
    group: scope.group ?? params.group,
    category: scope.category ?? params.category,
    province: scope.province ?? params.province,
    sellerId: scope.sellerId,
  };
}

/** Meilisearch filter expressions; `except` leaves one facet's own filter out (disjunctive counts). */
function meiliFilters(c: Criteria, except?: FacetName): string[] {
  const f: string[] = [];
  if (c.group && except !== "group") f.push(`group = ${quote(c.group)}`);
  if (c.category && except !== "category") f.push(`categorySlug = ${quote(c.category)}`);
  if (c.province && except !== "province") f.push(`provinceCode = ${quote(c.province)}`);
  if (c.stars && except !== "stars") f.push(`stars >= ${c.stars}`);
  if (c.sellerId) f.push(`sellerId = ${quote(c.sellerId)}`);
  if (c.rating) f.push(`rating >= ${c.rating}`);
  if (c.minPrice !== undefined) f.push(`price >= ${c.minPrice}`);
  if (c.maxPrice !== undefined) f.push(`price <= ${c.maxPrice}`);
  if (c.inStock) f.push("inStock = true");
  return f;
}

const MEILI_SORT: Record<Sort, string[] | undefined> = {
  relevance: undefined,
  price_asc: ["price:asc"],
  price_desc: ["price:desc"],
  newest: ["createdAt:desc"],
  rating: ["ratingScore:desc", "ratingCount:desc", "sales:desc"],
  bestselling: ["sales:desc"],
};

function pick(doc: ProductDocument): ProductHit {
  return Object.fromEntries(HIT_FIELDS.map((k) => [k, doc[k]])) as ProductHit;
}

function cleanFacet(name: FacetName, dist: Record<string, number> | undefined): FacetCounts {
  const out: FacetCounts = {};
  for (const [value, count] of Object.entries(dist ?? {})) {
    if (name === "stars" && value === "0") continue; // no verified certificate
    out[value] = count;
  }
  return out;
}

async function searchMeili(c: Criteria, matchingStrategy: "all" | "frequency" = MATCHING_STRATEGY): Promise<SearchResult> {
  const client = getSearchClient();
  if (!client) throw new Error("Meilisearch is not configured");
  const indexUid = productsIndexName();
  const facetNames: FacetName[] = ["group", "category", "province", "stars"];
  const { results } = await client.multiSearch({
    queries: [
      {
        indexUid,
        q: c.q,
        filter: meiliFilters(c),
        sort: MEILI_SORT[c.sort],
        hitsPerPage: c.perPage,
        page: c.page,
        matchingStrategy,
        attributesToRetrieve: HIT_FIELDS,
      },
      // One facet-only query per facet without its own filter, so choosing a
      // province still shows how many products the other provinces have.
      ...facetNames.map((name) => ({
        indexUid,
        q: c.q,
        filter: meiliFilters(c, name),
        facets: [FACET_ATTRIBUTE[name]],
        hitsPerPage: 0,
        matchingStrategy,
      })),
    ],
  });
  const [main, ...facetResults] = results;
  const total = main.totalHits ?? main.estimatedTotalHits ?? 0;
  const facets = Object.fromEntries(
    facetNames.map((name, i) => [name, cleanFacet(name, facetResults[i].facetDistribution?.[FACET_ATTRIBUTE[name]])]),
  ) as SearchFacets;
  return {
    hits: (main.hits as ProductDocument[]).map(pick),
    total,
    page: c.page,
    perPage: c.perPage,
    totalPages: Math.ceil(total / c.perPage),
    facets,
    degraded: false,
    relaxed: matchingStrategy !== MATCHING_STRATEGY,
  };
}

// ───────────── PostgreSQL fallback (same criteria, same shape) ─────────────

const DOCS = Prisma.sql`
  SELECT p.id, p.slug, p.name, p.created_at, p.sales_count AS sales,
         CASE WHEN p.rating_count > 0 THEN round(p.rating_sum::numeric / p.rating_count, 1)::float ELSE 0 END AS rating,
         p.rating_count AS "ratingCount",
         CASE WHEN p.rating_count > 0 THEN (${RATING_PRIOR * RATING_PRIOR_WEIGHT} + p.rating_sum)::float / (${RATING_PRIOR_WEIGHT} + p.rating_count) ELSE 0 END AS rating_score,
         s.id AS seller_id, s.slug AS "producerSlug", s.name AS producer,
         c.name_vi AS category, c.slug AS "categorySlug", c.group_slug AS "group", pr.code AS "provinceCode", pr.short_name AS province,
         v.price, v.max_price AS "maxPrice", coalesce(v.in_stock, false) AS "inStock",
         coalesce(CASE WHEN cert.status = 'VERIFIED' AND cert.expires_at > current_date THEN cert.stars END, 0) AS stars,
         img.key AS image, img.width AS "imageWidth",
         lower(f_unaccent(p.name || ' ' || s.name || ' ' || c.name_vi || ' ' || pr.name || ' ' || left(p.description, 600))) AS haystack,
         lower(f_unaccent(p.name)) AS name_folded
  FROM products p
  JOIN sellers s ON s.id = p.seller_id
  JOIN categories c ON c.id = p.category_id
  JOIN provinces pr ON pr.code = s.province_code
  LEFT JOIN ocop_certificates cert ON cert.id = p.certificate_id
  JOIN LATERAL (
    SELECT min(price)::int AS price, max(price)::int AS max_price, bool_or(on_hand > reserved) AS in_stock
    FROM product_variants WHERE product_id = p.id
  ) v ON v.price IS NOT NULL
  LEFT JOIN LATERAL (
    SELECT i.key, i.width FROM product_images i WHERE i.product_id = p.id ORDER BY i.position, i.created_at LIMIT 1
  ) img ON true
  WHERE p.status = 'ACTIVE' AND s.status = 'APPROVED'`;

function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

function sqlFilters(c: Criteria, except?: FacetName): Prisma.Sql {
  const f: Prisma.Sql[] = [Prisma.sql`true`];
  for (const word of fold(c.q).split(/\s+/).filter(Boolean).slice(0, 8)) {
    // Every word must appear, or be close (trigram word similarity forgives a typo).
    f.push(Prisma.sql`(d.haystack LIKE ${"%" + word.replace(/[%_\\]/g, "\\$&") + "%"} OR word_similarity(${word}, d.haystack) >= 0.6)`);
  }
  if (c.group && except !== "group") f.push(Prisma.sql`d."group" = ${c.group}`);
  if (c.category && except !== "category") f.push(Prisma.sql`d."categorySlug" = ${c.category}`);
  if (c.province && except !== "province") f.push(Prisma.sql`d."provinceCode" = ${c.province}`);
  if (c.stars && except !== "stars") f.push(Prisma.sql`d.stars >= ${c.stars}`);
  if (c.sellerId) f.push(Prisma.sql`d.seller_id = ${c.sellerId}`);
  if (c.rating) f.push(Prisma.sql`d.rating >= ${c.rating}`);
  if (c.minPrice !== undefined) f.push(Prisma.sql`d.price >= ${c.minPrice}`);
  if (c.maxPrice !== undefined) f.push(Prisma.sql`d.price <= ${c.maxPrice}`);
  if (c.inStock) f.push(Prisma.sql`d."inStock"`);
  return Prisma.join(f, " AND ");
}

function sqlOrder(c: Criteria): Prisma.Sql {
  switch (c.sort) {
    case "price_asc":
      return Prisma.sql`d.price ASC, d.id`;
    case "price_desc":
      return Prisma.sql`d.price DESC, d.id`;
    case "newest":
      return Prisma.sql`d.created_at DESC, d.id`;
    case "rating":
      return Prisma.sql`d.rating_score DESC, d."ratingCount" DESC, d.sales DESC, d.id`;
    case "bestselling":
      return Prisma.sql`d.sales DESC, d.id`;
    default:
      return c.q ? Prisma.sql`word_similarity(${fold(c.q)}, d.name_folded) DESC, d.sales DESC, d.id` : Prisma.sql`d.sales DESC, d.created_at DESC, d.id`;
  }
}

async function searchDatabase(c: Criteria): Promise<SearchResult> {
  const offset = (c.page - 1) * c.perPage;
  const columns = Prisma.raw(HIT_FIELDS.map((f) => `d."${f}"`).join(", "));
  const facetSql = (name: FacetName, column: string) =>
    prisma.$queryRaw<{ value: string; n: number }[]>`
      SELECT ${Prisma.raw(column)}::text AS value, count(*)::int AS n FROM (${DOCS}) d
      WHERE ${sqlFilters(c, name)} GROUP BY 1`;
  const [hits, [{ total }], group, category, province, stars] = await Promise.all([
    prisma.$queryRaw<ProductHit[]>`SELECT ${columns} FROM (${DOCS}) d WHERE ${sqlFilters(c)} ORDER BY ${sqlOrder(c)} LIMIT ${c.perPage} OFFSET ${offset}`,
    prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM (${DOCS}) d WHERE ${sqlFilters(c)}`,
    facetSql("group", `d."group"`),
    facetSql("category", `d."categorySlug"`),
    facetSql("province", `d."provinceCode"`),
    facetSql("stars", "d.stars"),
  ]);
  const toCounts = (name: FacetName, rows: { value: string; n: number }[]) =>
    cleanFacet(name, Object.fromEntries(rows.sort((a, b) => b.n - a.n).map((r) => [r.value, r.n])));
  return {
    hits,
    total,
    page: c.page,
    perPage: c.perPage,
    totalPages: Math.ceil(total / c.perPage),
    facets: {
      group: toCounts("group", group),
      category: toCounts("category", category),
      province: toCounts("province", province),
      stars: toCounts("stars", stars),
    },
    degraded: true,
    relaxed: false,
  };
}

/**
 * Search (or list, with an empty query) products. `scope` pins a listing page's
 * own filter. Falls back to PostgreSQL when Meilisearch cannot answer.
 */
export async function searchProducts(params: SearchParams, scope: Scope = {}, opts: { preferDatabase?: boolean } = {}): Promise<SearchResult> {
  const criteria = merge(params, scope);
  if (!opts.preferDatabase && getSearchClient()) {
    try {
      const strict = await searchMeili(criteria);
      // Every word is required (precise); when that finds nothing for a
      // several-word query, show what matches most of the words rather than nothing.
      if (strict.total === 0 && criteria.q.trim().includes(" ")) return await searchMeili(criteria, "frequency");
      return strict;
    } catch (error) {
      console.warn("[search] Meilisearch unavailable, answering from PostgreSQL:", error instanceof Error ? error.message : error);
    }
  }
  return searchDatabase(criteria);
}

export { searchDatabase as searchProductsInDatabase };

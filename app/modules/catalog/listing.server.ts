// Listing pages (search, OCOP group or category, province, seller): reference
// labels cached in memory, search hits turned into product cards, facet
// options with labels and counts, the seller page, suggestions, the sitemap.
//
// Listings go through the search module (Meilisearch first, PostgreSQL when it
// is down), so every listing page keeps working when Meilisearch does not.
import type { SellerKind } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import type { Locale } from "~/lib/i18n/config";
import { LOGO_WIDTHS, productImageData, sellerLogoUrl } from "~/lib/images.server";
import {
  getProductsIndex,
  parseSearchParamsLenient,
  searchProducts,
  type ProductHit,
  type Scope,
  type SearchParams,
  type SearchResult,
  type Sort,
} from "~/modules/search/index.server";
import type { ProductCardData } from "./types";

/**
 * HTML listing pages are `private, max-age=0`: the document carries the root
 * loader's data (the signed-in user's name and e-mail), so no shared cache may
 * keep it; browsers revalidate every time. The JSON suggestions are public.
 */
export const LISTING_CACHE_CONTROL = "private, max-age=0";

export const LISTING_PER_PAGE = 24;

// ───────────────────────────── reference data ─────────────────────────────

export type GroupRef = { slug: string; nameVi: string; nameEn: string; position: number };
export type CategoryRef = { slug: string; nameVi: string; nameEn: string; groupSlug: string; position: number };
export type ProvinceRef = { code: string; name: string; shortName: string; slug: string; region: string; position: number };

export type Reference = {
  groups: GroupRef[];
  categories: CategoryRef[];
  provinces: ProvinceRef[];
  groupBySlug: Map<string, GroupRef>;
  categoryBySlug: Map<string, CategoryRef>;
  provinceByCode: Map<string, ProvinceRef>;
  provinceBySlug: Map<string, ProvinceRef>;
};

let reference: Promise<Reference> | null = null;

async function loadReference(): Promise<Reference> {
  const [groups, categories, provinces] = await Promise.all([
    prisma.ocopGroup.findMany({ orderBy: { position: "asc" }, select: { slug: true, nameVi: true, nameEn: true, position: true } }),
    prisma.category.findMany({ orderBy: { position: "asc" }, select: { slug: true, nameVi: true, nameEn: true, groupSlug: true, position: true } }),
    prisma.province.findMany({ orderBy: { position: "asc" }, select: { code: true, name: true, shortName: true, slug: true, region: true, position: true } }),
  ]);
  return {
    groups,
    categories,
    provinces,
    groupBySlug: new Map(groups.map((g) => [g.slug, g])),
    categoryBySlug: new Map(categories.map((c) => [c.slug, c])),
    provinceByCode: new Map(provinces.map((p) => [p.code, p])),
    provinceBySlug: new Map(provinces.map((p) => [p.slug, p])),
  };
}

/**
 * OCOP groups, categories and provinces. They change only with a migration
 * (reference data), so one copy per process is kept; a failed load is retried.
 */
export function getReference(): Promise<Reference> {
  reference ??= loadReference().catch((error: unknown) => {
    reference = null;
    throw error;
  });
  return reference;
}

/** For tests that change reference rows. */
export function clearReferenceCache(): void {
  reference = null;
}

export function refLabel(ref: { nameVi: string; nameEn: string }, locale: Locale): string {
  return locale === "en" ? ref.nameEn : ref.nameVi;
}

/** /c/:slug is an OCOP group or a category (the two sets of slugs do not overlap). */
export type CatalogSection =
  | { kind: "group"; group: GroupRef; categories: CategoryRef[] }
  | { kind: "category"; category: CategoryRef; group: GroupRef };

export async function findCatalogSection(slug: string): Promise<CatalogSection | null> {
  const ref = await getReference();
  const group = ref.groupBySlug.get(slug);
  if (group) return { kind: "group", group, categories: ref.categories.filter((c) => c.groupSlug === slug) };
  const category = ref.categoryBySlug.get(slug);
  if (category) return { kind: "category", category, group: ref.groupBySlug.get(category.groupSlug)! };
  return null;
}

export async function findProvinceBySlug(slug: string): Promise<ProvinceRef | null> {
  return (await getReference()).provinceBySlug.get(slug) ?? null;
}

// ───────────────────────────── cards ─────────────────────────────

/** Search hits → the product cards the catalog components show (product images are square). */
export function hitsToCards(hits: ProductHit[]): ProductCardData[] {
  return hits.map((hit) => {
    const width = hit.imageWidth ?? 960;
    return {
      id: hit.id,
      slug: hit.slug,
      name: hit.name,
      price: hit.price,
      priceVaries: hit.maxPrice > hit.price,
      available: hit.inStock,
      stars: hit.stars > 0 ? hit.stars : null,
      seller: { name: hit.producer, slug: hit.producerSlug },
      provinceName: hit.province,
      image: hit.image ? productImageData({ key: hit.image, width, height: width, alt: hit.name }, hit.name) : null,
    };
  });
}

// ───────────────────────────── listings ─────────────────────────────

/** The filters a listing page's links and forms carry (scope-pinned ones left out). */
export type ListingFilters = {
  q: string;
  group?: string;
  category?: string;
  province?: string;
  stars?: number;
  rating?: number;
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  sort: Sort;
  page: number;
};

export type FacetKey = "group" | "category" | "province";
export type FacetOption = { value: string; label: string; count: number; selected: boolean };
export type StarsOption = { stars: number; count: number; selected: boolean };
export type ListingFacets = { group: FacetOption[]; category: FacetOption[]; province: FacetOption[]; stars: StarsOption[] };

export type EmptyHelp = {
  /** The same words with one left out, when that finds something. */
  didYouMean: { q: string; total: number } | null;
  /** Results for the same words without the filters, when filters were set. */
  withoutFilters: number | null;
  popularCategories: { slug: string; label: string; count: number }[];
};

export type ListingData = {
  filters: ListingFilters;
  /** Facets the page itself fixes (a province page has no province facet). */
  pinned: FacetKey[];
  products: ProductCardData[];
  total: number;
  page: number;
  perPage: number;
  totalPages: number;
  facets: ListingFacets;
  degraded: boolean;
  /**
   * No product had every word, so products with most of them are shown; with
   * the best query that does match every word but one, when there is one.
   */
  relaxed: { didYouMean: { q: string; total: number } | null } | null;
  emptyHelp: EmptyHelp | null;
};

export type ListingScope = Scope;

/** Which facets a scope pins: a category fixes its group, a seller its province. */
function pinnedFacets(scope: ListingScope): FacetKey[] {
  const pinned = new Set<FacetKey>();
  if (scope.group) pinned.add("group");
  if (scope.category) pinned.add("category").add("group");
  if (scope.province || scope.sellerId) pinned.add("province");
  return [...pinned];
}

function toFilters(params: SearchParams, pinned: FacetKey[]): ListingFilters {
  return {
    q: params.q,
    group: pinned.includes("group") ? undefined : params.group,
    category: pinned.includes("category") ? undefined : params.category,
    province: pinned.includes("province") ? undefined : params.province,
    stars: params.stars,
    rating: params.rating,
    minPrice: params.minPrice,
    maxPrice: params.maxPrice,
    inStock: params.inStock || undefined,
    sort: params.sort,
    page: params.page,
  };
}

function toParams(filters: ListingFilters, perPage = LISTING_PER_PAGE): SearchParams {
  return { ...filters, inStock: filters.inStock, perPage };
}

export function hasFilters(f: ListingFilters): boolean {
  return Boolean(f.group || f.category || f.province || f.stars || f.rating || f.minPrice !== undefined || f.maxPrice !== undefined || f.inStock);
}

function options(counts: Record<string, number>, selected: string | undefined, label: (value: string) => string, order: (value: string) => number): FacetOption[] {
  const values = new Set(Object.keys(counts).filter((v) => counts[v] > 0));
  if (selected) values.add(selected);
  return [...values]
    .map((value) => ({ value, label: label(value), count: counts[value] ?? 0, selected: value === selected }))
    .sort((a, b) => b.count - a.count || order(a.value) - order(b.value) || a.label.localeCompare(b.label, "vi"));
}

/** Facet counts → labelled options. Stars values are exact; the options are "N stars and up". */
export function buildFacets(result: Pick<SearchResult, "facets">, filters: ListingFilters, ref: Reference, locale: Locale): ListingFacets {
  const { facets } = result;
  const groupOrder = (slug: string) => ref.groupBySlug.get(slug)?.position ?? 999;
  const group = options(facets.group, filters.group, (slug) => {
    const g = ref.groupBySlug.get(slug);
    return g ? refLabel(g, locale) : slug;
  }, groupOrder).sort((a, b) => groupOrder(a.value) - groupOrder(b.value)); // the six groups keep their official order
  const category = options(facets.category, filters.category, (slug) => {
    const c = ref.categoryBySlug.get(slug);
    return c ? refLabel(c, locale) : slug;
  }, (slug) => ref.categoryBySlug.get(slug)?.position ?? 999);
  const province = options(facets.province, filters.province, (code) => ref.provinceByCode.get(code)?.shortName ?? code, (code) => ref.provinceByCode.get(code)?.position ?? 999);
  const stars = [3, 4, 5]
    .map((min) => ({
      stars: min,
      count: Object.entries(facets.stars).reduce((sum, [value, n]) => (Number(value) >= min ? sum + n : sum), 0),
      selected: filters.stars === min,
    }))
    .filter((o) => o.count > 0 || o.selected);
  return { group, category, province, stars };
}

const DEFAULT_PARAMS: SearchParams = parseSearchParamsLenient(new URLSearchParams());

/** A query with one word left out, the variant that finds the most (within the scope, no filters). */
export async function didYouMean(q: string, scope: ListingScope = {}): Promise<{ q: string; total: number } | null> {
  const words = q.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 6) return null;
  const variants = [...new Set(words.map((_, i) => words.filter((__, j) => j !== i).join(" ")))];
  // Only variants that match every word count (the search itself relaxes a query that finds nothing).
  const totals = await Promise.all(variants.map((v) => searchProducts({ ...DEFAULT_PARAMS, q: v, perPage: 1 }, scope).then((r) => (r.relaxed ? 0 : r.total))));
  let best: { q: string; total: number } | null = null;
  variants.forEach((variant, i) => {
    if (totals[i] > 0 && (!best || totals[i] > best.total)) best = { q: variant, total: totals[i] };
  });
  return best;
}

async function emptyHelpFor(filters: ListingFilters, scope: ListingScope, ref: Reference, locale: Locale): Promise<EmptyHelp> {
  // Other words only help when the words themselves find nothing, with or without the filters.
  const wordsAlone = async () => {
    const withoutFilters = hasFilters(filters) ? (await searchProducts({ ...DEFAULT_PARAMS, q: filters.q, perPage: 1 }, scope)).total : 0;
    return { withoutFilters, suggestion: withoutFilters === 0 && filters.q ? await didYouMean(filters.q, scope) : null };
  };
  const [{ withoutFilters, suggestion }, everything] = await Promise.all([wordsAlone(), searchProducts({ ...DEFAULT_PARAMS, perPage: 1 })]);
  const popularCategories = Object.entries(everything.facets.category)
    .filter(([slug, count]) => count > 0 && ref.categoryBySlug.has(slug))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([slug, count]) => ({ slug, label: refLabel(ref.categoryBySlug.get(slug)!, locale), count }));
  return { didYouMean: suggestion, withoutFilters: withoutFilters || null, popularCategories };
}

/**
 * Everything a listing page shows: the URL's filters (invalid ones dropped),
 * one page of product cards, labelled facets and, when nothing matched, help.
 */
export async function loadListing({ url, scope = {}, locale }: { url: URL; scope?: ListingScope; locale: Locale }): Promise<ListingData> {
  const pinned = pinnedFacets(scope);
  const filters = toFilters(parseSearchParamsLenient(url.searchParams), pinned);
  const [ref, result] = await Promise.all([getReference(), searchProducts(toParams(filters), scope)]);
  const [emptyHelp, relaxedSuggestion] = await Promise.all([
    result.total === 0 ? emptyHelpFor(filters, scope, ref, locale) : null,
    result.relaxed ? didYouMean(filters.q, scope) : null,
  ]);
  return {
    filters,
    pinned,
    products: hitsToCards(result.hits),
    total: result.total,
    page: result.page,
    perPage: result.perPage,
    totalPages: result.totalPages,
    facets: buildFacets(result, filters, ref, locale),
    degraded: result.degraded,
    relaxed: result.relaxed ? { didYouMean: relaxedSuggestion } : null,
    emptyHelp,
  };
}

// ───────────────────────────── suggestions ─────────────────────────────

export type Suggestion = { name: string; slug: string; price: number };

/**
 * Search-as-you-type: the top products for what was typed so far (the last
 * word counts as a prefix). One Meilisearch query, no facets. When Meilisearch
 * is down this answers nothing rather than sending every keystroke to
 * PostgreSQL: the search page itself still falls back.
 */
export async function suggestProducts(q: string, limit = 6): Promise<Suggestion[]> {
  const query = q.trim().replace(/\s+/g, " ").slice(0, 100);
  const index = getProductsIndex();
  if (query.length < 2 || !index) return [];
  try {
    const result = await index.search(query, {
      limit,
      attributesToRetrieve: ["name", "slug", "price"],
      // Every word must match, as on the search page (search module: MATCHING_STRATEGY).
      matchingStrategy: "all",
    });
    return result.hits.map((hit) => ({ name: hit.name, slug: hit.slug, price: hit.price }));
  } catch (error) {
    console.warn("[search] suggestions unavailable:", error instanceof Error ? error.message : error);
    return [];
  }
}

// ───────────────────────────── 404 help ─────────────────────────────

// Path words that name a kind of page, not what the visitor wanted.
const PATH_NOISE = new Set(["products", "product", "search", "category", "categories", "seller", "sellers", "shop", "index", "html", "php"]);

/** Words a mistyped or outdated URL may still carry: "/mat-ong-u-minh" → "mat ong u minh". */
export function wordsFromPath(pathname: string): string {
  if (/^\/(media|assets|build)\//.test(pathname) || /\.[a-z0-9]{2,5}$/i.test(pathname)) return "";
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // a malformed escape: use the path as it is
  }
  return decoded
    .split("/")
    .filter((segment) => segment.length > 1) // "/c/", "/p/", "/s/" name the kind of page
    .flatMap((segment) => segment.split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length >= 1 && w.length <= 20 && !/^\d+$/.test(w) && !PATH_NOISE.has(w.toLowerCase()))
    .slice(-5)
    .join(" ")
    .toLowerCase();
}

/** Products matching the words of an unknown URL, for the 404 page (never throws). */
export async function suggestForPath(pathname: string, limit = 4): Promise<{ q: string; products: ProductCardData[] } | null> {
  const q = wordsFromPath(pathname);
  if (!q) return null;
  try {
    let result = await searchProducts({ ...DEFAULT_PARAMS, q, perPage: limit });
    let query = q;
    // Old slugs often end in a word that matches nothing: every word but one beats "most words".
    if (result.total === 0 || result.relaxed) {
      const other = await didYouMean(q);
      if (other) {
        query = other.q;
        result = await searchProducts({ ...DEFAULT_PARAMS, q: query, perPage: limit });
      }
    }
    return result.total > 0 ? { q: query, products: hitsToCards(result.hits) } : null;
  } catch (error) {
    console.warn("[catalog] 404 suggestions failed:", error instanceof Error ? error.message : error);
    return null;
  }
}

// ───────────────────────────── seller page ─────────────────────────────

type SellerBase = {
  id: string;
  slug: string;
  name: string;
  kind: SellerKind;
  province: { code: string; name: string; shortName: string; slug: string };
  logo: { src: string; srcSet: string } | null;
};

export type SellerPageData =
  | (SellerBase & {
      status: "APPROVED";
      story: string;
      productCount: number;
      /** Average over the seller's visible products' reviews; null without reviews. */
      rating: { average: number; count: number } | null;
    })
  | (SellerBase & { status: "SUSPENDED" });

/**
 * A seller's public page. APPROVED: everything; SUSPENDED: only who it is (the
 * page says it is temporarily unavailable, no story, no products); PENDING,
 * REJECTED or unknown: null (404).
 */
export async function getSellerPage(slug: string): Promise<SellerPageData | null> {
  const seller = await prisma.seller.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      status: true,
      story: true,
      logoPath: true,
      province: { select: { code: true, name: true, shortName: true, slug: true } },
    },
  });
  if (!seller || (seller.status !== "APPROVED" && seller.status !== "SUSPENDED")) return null;
  const logoPath = seller.logoPath;
  const base: SellerBase = {
    id: seller.id,
    slug: seller.slug,
    name: seller.name,
    kind: seller.kind,
    province: seller.province,
    logo: logoPath ? { src: sellerLogoUrl(logoPath, LOGO_WIDTHS[1]), srcSet: LOGO_WIDTHS.map((w) => `${sellerLogoUrl(logoPath, w)} ${w}w`).join(", ") } : null,
  };
  if (seller.status === "SUSPENDED") return { ...base, status: "SUSPENDED" };
  const stats = await prisma.product.aggregate({
    where: { sellerId: seller.id, status: "ACTIVE" },
    _count: { _all: true },
    _sum: { ratingSum: true, ratingCount: true },
  });
  const ratingCount = stats._sum.ratingCount ?? 0;
  return {
    ...base,
    status: "APPROVED",
    story: seller.story,
    productCount: stats._count._all,
    rating: ratingCount > 0 ? { average: Math.round(((stats._sum.ratingSum ?? 0) / ratingCount) * 10) / 10, count: ratingCount } : null,
  };
}

// ───────────────────────────── sitemap ─────────────────────────────

export type SitemapEntry = { path: string; lastmod?: Date };

/** The site's absolute origin for sitemap and robots.txt: APP_URL when set (behind a proxy), else the request's. */
export function siteOrigin(request: Request): string {
  return (env.APP_URL ?? new URL(request.url).origin).replace(/\/+$/, "");
}

/** A sitemap holds at most 50,000 URLs; past that the products need a sitemap index. */
const SITEMAP_MAX_PRODUCTS = 45_000;

/** Public pages worth crawling: home, groups, categories, provinces with products, approved sellers, visible products. */
export async function getSitemapEntries(): Promise<SitemapEntry[]> {
  const [ref, provinces, sellers, products] = await Promise.all([
    getReference(),
    prisma.province.findMany({
      where: { sellers: { some: { status: "APPROVED", products: { some: { status: "ACTIVE" } } } } },
      orderBy: { position: "asc" },
      select: { slug: true },
    }),
    prisma.seller.findMany({ where: { status: "APPROVED" }, orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true } }),
    prisma.product.findMany({
      where: { status: "ACTIVE", seller: { status: "APPROVED" } },
      orderBy: { updatedAt: "desc" },
      take: SITEMAP_MAX_PRODUCTS,
      select: { slug: true, updatedAt: true },
    }),
  ]);
  return [
    { path: "/" },
    ...ref.groups.map((g) => ({ path: `/c/${g.slug}` })),
    ...ref.categories.map((c) => ({ path: `/c/${c.slug}` })),
    ...provinces.map((p) => ({ path: `/p/${p.slug}` })),
    ...sellers.map((s) => ({ path: `/s/${s.slug}`, lastmod: s.updatedAt })),
    ...products.map((p) => ({ path: `/products/${p.slug}`, lastmod: p.updatedAt })),
  ];
}

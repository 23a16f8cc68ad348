// Listing pages (search, OCOP group or category, province, seller): search
// hits turned into product cards, facet options with labels and counts, and
// help when nothing matched. Reference labels: reference-cache.server.ts.
//
// Listings go through the search module (Meilisearch first, PostgreSQL when it
// is down), so every listing page keeps working when Meilisearch does not.
import type { Locale } from "~/lib/i18n/config";
import { productImageData } from "~/lib/images.server";
import {
  parseSearchParamsLenient,
  searchProducts,
  type ProductHit,
  type Scope,
  type SearchParams,
  type SearchResult,
  type Sort,
} from "~/modules/search/index.server";
import { coalesce } from "./coalesce.server";
import { getReference, refLabel, type Reference } from "./reference-cache.server";
import type { ProductCardData } from "./types";

/**
 * HTML listing pages are `private, max-age=0`: the document carries the root
 * loader's data (the signed-in user's name and e-mail), so no shared cache may
 * keep it; browsers revalidate every time. The JSON suggestions are public.
 */
export const LISTING_CACHE_CONTROL = "private, max-age=0";

export const LISTING_PER_PAGE = 24;

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

/** No filters, first page, default sort (what "the same words without the filters" searches with). */
export const DEFAULT_SEARCH_PARAMS: SearchParams = parseSearchParamsLenient(new URLSearchParams());

/** A query with one word left out, the variant that finds the most (within the scope, no filters). */
export async function didYouMean(q: string, scope: ListingScope = {}): Promise<{ q: string; total: number } | null> {
  const words = q.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 6) return null;
  const variants = [...new Set(words.map((_, i) => words.filter((__, j) => j !== i).join(" ")))];
  // Only variants that match every word count (the search itself relaxes a query that finds nothing).
  const totals = await Promise.all(variants.map((v) => searchProducts({ ...DEFAULT_SEARCH_PARAMS, q: v, perPage: 1 }, scope).then((r) => (r.relaxed ? 0 : r.total))));
  let best: { q: string; total: number } | null = null;
  variants.forEach((variant, i) => {
    if (totals[i] > 0 && (!best || totals[i] > best.total)) best = { q: variant, total: totals[i] };
  });
  return best;
}

async function emptyHelpFor(filters: ListingFilters, scope: ListingScope, ref: Reference, locale: Locale): Promise<EmptyHelp> {
  // Other words only help when the words themselves find nothing, with or without the filters.
  const wordsAlone = async () => {
    const withoutFilters = hasFilters(filters) ? (await searchProducts({ ...DEFAULT_SEARCH_PARAMS, q: filters.q, perPage: 1 }, scope)).total : 0;
    return { withoutFilters, suggestion: withoutFilters === 0 && filters.q ? await didYouMean(filters.q, scope) : null };
  };
  const [{ withoutFilters, suggestion }, everything] = await Promise.all([wordsAlone(), searchProducts({ ...DEFAULT_SEARCH_PARAMS, perPage: 1 })]);
  const popularCategories = Object.entries(everything.facets.category)
    .filter(([slug, count]) => count > 0 && ref.categoryBySlug.has(slug))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([slug, count]) => ({ slug, label: refLabel(ref.categoryBySlug.get(slug)!, locale), count }));
  return { didYouMean: suggestion, withoutFilters: withoutFilters || null, popularCategories };
}

const listingsInFlight = new Map<string, Promise<ListingData>>();

/**
 * Everything a listing page shows: the URL's filters (invalid ones dropped),
 * one page of product cards, labelled facets and, when nothing matched, help.
 * Requests for the same listing while its search runs share it (coalesce.server.ts).
 */
export function loadListing({ url, scope = {}, locale }: { url: URL; scope?: ListingScope; locale: Locale }): Promise<ListingData> {
  const pinned = pinnedFacets(scope);
  const filters = toFilters(parseSearchParamsLenient(url.searchParams), pinned);
  return coalesce(listingsInFlight, JSON.stringify([locale, scope, filters]), () => searchListing(filters, pinned, scope, locale));
}

async function searchListing(filters: ListingFilters, pinned: ListingData["pinned"], scope: ListingScope, locale: Locale): Promise<ListingData> {
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

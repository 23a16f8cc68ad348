// Listing URLs: every facet link, chip, sort form and page link keeps the other
// filters and starts again from page 1 unless it sets the page itself.
import type { ListingFilters } from "~/modules/catalog/listing.server";

/** Parameter order in generated URLs (stable, so links are cacheable and readable). */
export const FILTER_KEYS = ["q", "group", "category", "province", "stars", "rating", "minPrice", "maxPrice", "inStock", "sort", "page"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

type Patch = Partial<Record<FilterKey, string | number | boolean | null | undefined>>;

/** "?q=mat+ong&province=96" for the filters with `patch` applied; "" when nothing is set. */
export function listingSearch(filters: ListingFilters, patch: Patch = {}): string {
  const merged: Patch = { ...filters, page: undefined, ...patch };
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = merged[key];
    if (value === undefined || value === null || value === "" || value === false) continue;
    if (key === "sort" && value === "relevance") continue;
    if (key === "page" && Number(value) <= 1) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function listingHref(pathname: string, filters: ListingFilters, patch: Patch = {}): string {
  return `${pathname}${listingSearch(filters, patch)}`;
}

/** The filters as name/value pairs for hidden form inputs, leaving out `omit`. */
export function hiddenFilterFields(filters: ListingFilters, omit: readonly FilterKey[]): [FilterKey, string][] {
  const params = new URLSearchParams(listingSearch(filters));
  return [...params].filter(([key]) => !omit.includes(key as FilterKey)) as [FilterKey, string][];
}

/** How many filters (not the query, sort or page) are set. */
export function activeFilterCount(f: ListingFilters): number {
  return [f.group, f.category, f.province, f.stars, f.rating, f.minPrice !== undefined || f.maxPrice !== undefined || undefined, f.inStock].filter(Boolean).length;
}

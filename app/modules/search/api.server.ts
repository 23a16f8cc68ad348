// The public JSON read API's search: parameters validated by name (400 with the
// parameter, in the visitor's Accept-Language), hits in the documented shape.
import { getFixedT } from "~/lib/i18n/i18n";
import type { Locale } from "~/lib/i18n/config";
import { searchParamsSchema, rawSearchParams, SORTS } from "./schemas";
import { searchProducts, type ProductHit, type SearchFacets } from "./query.server";
import { productImageUrl } from "~/lib/images.server";

export type ApiSearchHit = {
  id: string;
  slug: string;
  name: string;
  price: number;
  currency: "VND";
  producer: { slug: string; name: string };
  province: { code: string; name: string };
  ocopStars: number | null;
  /** Buyers' reviews (verified purchases): average 1–5 to one decimal and how many; null when none. */
  rating: { average: number; count: number } | null;
  image: string | null;
  inStock: boolean;
};

export type ApiSearchResponse = { hits: ApiSearchHit[]; facets: SearchFacets; total: number; page: number; perPage: number };
export type ApiError = { error: { param: string; message: string } };

export function toApiHit(h: ProductHit): ApiSearchHit {
  return {
    id: h.id,
    slug: h.slug,
    name: h.name,
    price: h.price,
    currency: "VND",
    producer: { slug: h.producerSlug, name: h.producer },
    province: { code: h.provinceCode, name: h.province },
    ocopStars: h.stars > 0 ? h.stars : null,
    rating: h.ratingCount > 0 ? { average: h.rating, count: h.ratingCount } : null,
    image: h.image ? productImageUrl(h.image, 640, h.imageWidth ?? undefined) : null,
    inStock: h.inStock,
  };
}

export async function apiSearch(url: URL, locale: Locale): Promise<{ status: 200; body: ApiSearchResponse } | { status: 400; body: ApiError }> {
  const parsed = searchParamsSchema.safeParse(rawSearchParams(url.searchParams));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const param = String(issue.path[0] ?? "query");
    const t = getFixedT(locale, "common");
    const [reason, min, max] = issue.message.split(":");
    const detail = t(`api.reason.${reason}`, { min, max, sorts: SORTS.join(", "), defaultValue: t("api.reason.invalid") });
    return { status: 400, body: { error: { param, message: t("api.invalidParam", { param, detail }) } } };
  }
  const result = await searchProducts(parsed.data);
  return {
    status: 200,
    body: { hits: result.hits.map(toApiHit), facets: result.facets, total: result.total, page: result.page, perPage: result.perPage },
  };
}

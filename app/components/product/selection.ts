// What the URL chose (?variant=<id>, ?image=<n>): the same on the server (no
// JavaScript) and in the browser (switching in place), so both render alike.
import type { ProductVariantData } from "~/modules/catalog/product.server";

/** At or below this many units left, the page says "Chỉ còn N". */
export const LOW_STOCK_SHOWN = 10;

/** The chosen variant: ?variant=<id>, or the only one. Null while a shopper still has to choose. */
export function chosenVariant(variants: ProductVariantData[], variantParam: string | null): ProductVariantData | null {
  if (variants.length === 1) return variants[0];
  return variants.find((v) => v.id === variantParam) ?? null;
}

/** ?image=<n> (1-based) → an index into the gallery; anything else → the first image. */
export function chosenImageIndex(imageParam: string | null, count: number): number {
  const n = Number(imageParam);
  return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : 0;
}

export type Availability = { kind: "inStock" } | { kind: "outOfStock" } | { kind: "low"; count: number };

/** For the chosen variant, or for the product as a whole while none is chosen. */
export function availabilityOf(variants: ProductVariantData[], chosen: ProductVariantData | null): Availability {
  const available = chosen ? chosen.available : Math.max(0, ...variants.map((v) => v.available));
  if (available <= 0) return { kind: "outOfStock" };
  if (chosen && available <= LOW_STOCK_SHOWN) return { kind: "low", count: available };
  return { kind: "inStock" };
}

/** The URL parameters that only choose what the page shows (no data depends on them). */
export const URL_CHOICES = ["variant", "image"] as const;

/**
 * "?variant=…&image=…" with `key` set (or removed when null), keeping the other
 * choice. Nothing else is carried over: ?lang is already remembered in a cookie,
 * and repeating it would make the root reload its dictionary on every click.
 */
export function withParam(search: URLSearchParams, key: (typeof URL_CHOICES)[number], value: string | null): string {
  const next = new URLSearchParams();
  for (const name of URL_CHOICES) {
    const current = name === key ? value : search.get(name);
    if (current !== null && current !== "") next.set(name, current);
  }
  const query = next.toString();
  return query ? `?${query}` : "?";
}

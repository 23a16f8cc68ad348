// What search engines and link previews read: the meta description and the
// schema.org Product, written into a
// <script type="application/ld+json">. Product names and descriptions come from
// sellers, so the JSON is escaped: "</script>" inside a string must not end the
// script element (and U+2028/2029 are escaped for old JavaScript parsers).
import type { ProductPageData } from "~/modules/catalog/product.server";

export type JsonLdInput = Pick<ProductPageData, "name" | "description" | "images" | "variants" | "producer" | "reviews" | "category" | "priceRange">;

/** `origin` is "https://cho-ocop.vn" (no trailing slash); `url` the product's canonical URL. */
export function productJsonLd(product: JsonLdInput, { origin, url }: { origin: string; url: string }) {
  const inStock = product.variants.some((v) => v.inStock);
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.description || undefined,
    image: product.images.map((image) => `${origin}${image.large}`),
    sku: product.variants[0]?.sku,
    category: product.category.name,
    url,
    brand: { "@type": "Brand", name: product.producer.name },
    offers: {
      "@type": "AggregateOffer",
      priceCurrency: "VND",
      lowPrice: product.priceRange.min,
      highPrice: product.priceRange.max,
      offerCount: product.variants.length,
      availability: inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      url,
      seller: { "@type": "Organization", name: product.producer.name },
    },
    aggregateRating:
      product.reviews.count > 0 && product.reviews.average !== null
        ? { "@type": "AggregateRating", ratingValue: product.reviews.average, reviewCount: product.reviews.count, bestRating: 5, worstRating: 1 }
        : undefined,
  };
}

const UNSAFE: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/** JSON that is safe inside <script>: still valid JSON, parses to the same value. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]);
}

/** A meta description: the text's first sentences, cut between words at `max` characters. */
export function metaDescription(text: string, max = 160): string {
  const clean = text.trim().replace(/\s+/g, " ");
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const sentenceEnd = Math.max(cut.lastIndexOf(". "), cut.lastIndexOf("! "), cut.lastIndexOf("? "));
  if (sentenceEnd >= max / 2) return cut.slice(0, sentenceEnd + 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:–-]+$/, "")}…`;
}

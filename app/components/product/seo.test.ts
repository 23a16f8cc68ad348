import { describe, expect, it } from "vitest";
import { metaDescription, productJsonLd, serializeJsonLd, type JsonLdInput } from "./seo";

const product: JsonLdInput = {
  name: "Nước mắm </script><script>alert(1)</script>",
  description: "Cá cơm & muối. <b>40 độ đạm</b>\u2028",
  images: [{ src: "/media/a-640.webp", srcSet: "", width: 960, height: 960, alt: "", large: "/media/a-960.webp" }],
  variants: [
    { id: "v1", sku: "NM-1", label: "Chai 500 ml", price: 120_000, available: 0, inStock: false },
    { id: "v2", sku: "NM-2", label: "Chai 1 l", price: 210_000, available: 4, inStock: true },
  ],
  producer: { slug: "htx", name: "HTX Phú Quốc", kind: "COOPERATIVE", province: { code: "91", name: "An Giang" }, logo: null, excerpt: "" },
  reviews: { count: 3, average: 4.7, distribution: [] },
  category: { slug: "nuoc-mam-gia-vi", name: "Nước mắm và gia vị" },
  priceRange: { min: 120_000, max: 210_000 },
};

describe("JSON-LD", () => {
  it("describes the product for search engines", () => {
    const ld = productJsonLd(product, { origin: "https://cho-ocop.vn", url: "https://cho-ocop.vn/products/nuoc-mam" });
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Product",
      image: ["https://cho-ocop.vn/media/a-960.webp"],
      sku: "NM-1",
      brand: { "@type": "Brand", name: "HTX Phú Quốc" },
      offers: { "@type": "AggregateOffer", priceCurrency: "VND", lowPrice: 120_000, highPrice: 210_000, offerCount: 2, availability: "https://schema.org/InStock" },
      aggregateRating: { "@type": "AggregateRating", ratingValue: 4.7, reviewCount: 3 },
    });
    const none = productJsonLd({ ...product, reviews: { count: 0, average: null, distribution: [] }, variants: [{ ...product.variants[0] }] }, { origin: "http://x", url: "http://x/p" });
    expect(none.aggregateRating).toBeUndefined();
    expect(none.offers.availability).toBe("https://schema.org/OutOfStock");
    expect(JSON.parse(serializeJsonLd(none))).not.toHaveProperty("aggregateRating");
  });

  it("cannot break out of its <script> element, and parses back to the same value", () => {
    const ld = productJsonLd(product, { origin: "https://cho-ocop.vn", url: "https://cho-ocop.vn/products/nuoc-mam" });
    const json = serializeJsonLd(ld);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).not.toContain("</script");
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(ld)));
  });
});

describe("metaDescription", () => {
  it("keeps short text, cuts long text at a sentence or a word", () => {
    expect(metaDescription("  Gạo  thơm.\nDẻo. ")).toBe("Gạo thơm. Dẻo.");
    const long = `${"Gạo ST25 trồng trên ruộng lúa – tôm, hạt dài, cơm dẻo. ".repeat(2)}${"thơm ".repeat(40)}`;
    const cut = metaDescription(long);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith(".")).toBe(true);
    const words = metaDescription("chữ ".repeat(100));
    expect(words.length).toBeLessThanOrEqual(160);
    expect(words).toMatch(/chữ…$/);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { addMonths, createProduct, createSeller, type CreatedProduct } from "../../prisma/factories";
import { loader } from "./api.v1.products.$slug";

let product: CreatedProduct;
let sellerSlug: string;

function get(slug: string, acceptLanguage?: string) {
  const request = new Request(`http://localhost/api/v1/products/${slug}`, { headers: acceptLanguage ? { "Accept-Language": acceptLanguage } : {} });
  return loader({ request, params: { slug }, context: {} });
}

beforeAll(async () => {
  const seller = await createSeller({ name: "Hợp tác xã Nước mắm Phú Quốc", provinceCode: "91" });
  sellerSlug = seller.slug;
  product = await createProduct({
    sellerId: seller.id,
    name: "Nước mắm cá cơm 40 độ đạm",
    categorySlug: "nuoc-mam-gia-vi",
    description: "Ủ chượp 12 tháng trong thùng gỗ.",
    certificate: { stars: 4, issuedAt: addMonths(new Date(), -6), decisionNumber: "1530/QĐ-UBND", issuingAuthority: "UBND tỉnh An Giang" },
    variants: [
      { label: "Chai 500 ml", price: 120_000, onHand: 30 },
      { label: "Chai 1 lít", price: 210_000, onHand: 0 },
    ],
    images: [{ key: `products/api-test/1`, width: 960, height: 960 }],
  });
});

describe("GET /api/v1/products/:slug", () => {
  it("returns the product in the documented shape", async () => {
    const res = await get(product.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Content-Language")).toBe("vi");
    expect(res.headers.get("Vary")).toBe("Accept-Language");
    const body = await res.json();
    expect(body).toEqual({
      id: product.id,
      slug: product.slug,
      name: "Nước mắm cá cơm 40 độ đạm",
      description: "Ủ chượp 12 tháng trong thùng gỗ.",
      price: 120_000,
      currency: "VND",
      category: { slug: "nuoc-mam-gia-vi", name: "Nước mắm và gia vị" },
      group: { slug: "thuc-pham", name: "Thực phẩm" },
      variants: [
        { id: product.variants[0].id, sku: product.variants[0].sku, label: "Chai 500 ml", price: 120_000, available: 30 },
        { id: product.variants[1].id, sku: product.variants[1].sku, label: "Chai 1 lít", price: 210_000, available: 0 },
      ],
      certificate: {
        stars: 4,
        group: { slug: "thuc-pham", name: "Thực phẩm" },
        decisionNumber: "1530/QĐ-UBND",
        issuingAuthority: "UBND tỉnh An Giang",
        issuedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        expiresAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        verified: true,
      },
      producer: { slug: sellerSlug, name: "Hợp tác xã Nước mắm Phú Quốc", kind: "COOPERATIVE", province: { code: "91", name: "An Giang" } },
      images: ["/media/products/api-test/1-960.webp"],
    });
  });

  it("names categories and groups in the Accept-Language language", async () => {
    const res = await get(product.slug, "en-US,en;q=0.9");
    expect(res.headers.get("Content-Language")).toBe("en");
    const body = await res.json();
    expect(body.category).toEqual({ slug: "nuoc-mam-gia-vi", name: "Fish sauce and condiments" });
    expect(body.group).toEqual({ slug: "thuc-pham", name: "Food" });
    expect(body.name).toBe("Nước mắm cá cơm 40 độ đạm"); // the seller's own words
  });

  it("answers 404 with the error shape, in Vietnamese or English", async () => {
    const vi = await get("khong-co");
    expect(vi.status).toBe(404);
    expect(vi.headers.get("Cache-Control")).toBe("no-store");
    expect(vi.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(await vi.json()).toEqual({ error: { param: "slug", message: "Không tìm thấy sản phẩm “khong-co”." } });
    const en = await get("khong-co", "en");
    expect(en.headers.get("Content-Language")).toBe("en");
    expect(await en.json()).toEqual({ error: { param: "slug", message: "No product with the slug “khong-co”." } });
  });

  it("treats a suspended seller's product as not found", async () => {
    const seller = await createSeller({ status: "SUSPENDED", provinceCode: "92" });
    const hidden = await createProduct({ sellerId: seller.id });
    expect((await get(hidden.slug)).status).toBe(404);
  });
});

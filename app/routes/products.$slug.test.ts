import { beforeAll, describe, expect, it } from "vitest";
import { runRoute } from "~/modules/accounts/testing.server";
import { addMonths, createProduct, createSeller, type CreatedProduct } from "../../prisma/factories";
import { loader, shouldRevalidate } from "./products.$slug";

type PageData = { jsonLd: string; meta: { title: string; ogTitle: string; description: string; canonical: string; image: string | null } };

let product: CreatedProduct;

beforeAll(async () => {
  const seller = await createSeller({ name: "Hợp tác xã Trà Shan tuyết", provinceCode: "08" });
  product = await createProduct({
    sellerId: seller.id,
    name: "Trà Shan tuyết </script> cổ thụ",
    categorySlug: "tra",
    description: "Trà hái từ cây cổ thụ trên 100 năm tuổi.",
    certificate: { stars: 5, issuedAt: addMonths(new Date(), -3) },
    images: [{ key: "products/route-test/1", width: 960, height: 960 }],
  });
});

function load(path: string) {
  const slug = path.split("?")[0].split("/").pop()!;
  return runRoute<PageData>(() => loader({ request: new Request(`http://shop.test${path}`), params: { slug }, context: {} }));
}

describe("/products/:slug", () => {
  it("renders a visible product with meta, Open Graph and escaped JSON-LD, never shared-cached", async () => {
    const res = await load(`/products/${product.slug}?variant=x`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("private, max-age=0");
    const { meta, jsonLd } = res.data!;
    expect(meta).toMatchObject({
      title: "Trà Shan tuyết </script> cổ thụ | Chợ OCOP",
      description: "Trà hái từ cây cổ thụ trên 100 năm tuổi.",
      canonical: `http://shop.test/products/${product.slug}`,
      image: "http://shop.test/media/products/route-test/1-960.webp",
    });
    expect(jsonLd).not.toContain("</script>");
    expect(JSON.parse(jsonLd)).toMatchObject({ "@type": "Product", name: "Trà Shan tuyết </script> cổ thụ", sku: product.variants[0].sku });
  });

  it("is a 404 for products shoppers may not see", async () => {
    const seller = await createSeller({ status: "SUSPENDED", provinceCode: "92" });
    const hidden = await createProduct({ sellerId: seller.id });
    const draft = await createProduct({ sellerId: (await createSeller()).id, status: "DRAFT" });
    for (const slug of [hidden.slug, draft.slug, "khong-co"]) expect((await load(`/products/${slug}`)).status).toBe(404);
  });

  it("does not reload its data when only the chosen variant or photo changes", () => {
    const args = (from: string, to: string, formMethod?: string) =>
      ({ currentUrl: new URL(`http://x${from}`), nextUrl: new URL(`http://x${to}`), formMethod, defaultShouldRevalidate: true }) as Parameters<typeof shouldRevalidate>[0];
    expect(shouldRevalidate(args("/products/a", "/products/a?variant=v2", "GET"))).toBe(false);
    expect(shouldRevalidate(args("/products/a?variant=v2", "/products/a?variant=v2&image=3"))).toBe(false);
    expect(shouldRevalidate(args("/products/a", "/products/a?lang=en"))).toBe(true);
    expect(shouldRevalidate(args("/products/a", "/products/b"))).toBe(true);
    expect(shouldRevalidate(args("/products/a", "/products/a", "POST"))).toBe(true);
  });
});

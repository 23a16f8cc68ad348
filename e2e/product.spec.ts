// The product page on seeded demo data: variants (with and without JavaScript),
// the OCOP certificate, the producer, JSON-LD and Open Graph. Products are found
// through the public JSON API, the way a partner would, not by hard-coded slugs.
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

type ApiProduct = {
  slug: string;
  name: string;
  price: number;
  variants: { id: string; sku: string; label: string; price: number; available: number }[];
  certificate: { decisionNumber: string; verified: boolean } | null;
  producer: { slug: string; name: string };
  images: string[];
};

/** 235000 → "235.000 ₫", as <Price> writes it. */
const vnd = (amount: number) => `${amount.toLocaleString("de-DE")} ₫`;

/** A variant's radio: its accessible name starts with the label (then the price). */
const named = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

/** Seeded products through the API, until `want` finds one (search first, as a partner would). */
async function findProduct(request: APIRequestContext, want: (p: ApiProduct) => boolean): Promise<ApiProduct> {
  for (const query of ["q=gao&perPage=24", "perPage=100"]) {
    const search = await request.get(`/api/v1/search?${query}`);
    expect(search.ok()).toBe(true);
    const { hits } = (await search.json()) as { hits: { slug: string }[] };
    for (const hit of hits) {
      const res = await request.get(`/api/v1/products/${hit.slug}`);
      // A product can leave the storefront between the search and this request (another spec suspends its seller).
      if (!res.ok()) continue;
      const product = (await res.json()) as ApiProduct;
      if (want(product)) return product;
    }
  }
  throw new Error("no seeded product fits");
}

/** Several variants with different prices, a verified certificate, photos, the first two in stock. */
const withVariants = (p: ApiProduct) =>
  p.images.length >= 2 &&
  p.variants.length >= 2 && new Set(p.variants.map((v) => v.price)).size === p.variants.length && p.variants.slice(0, 2).every((v) => v.available > 0) && p.certificate?.verified === true;

function price(page: Page) {
  return page.getByRole("main").getByRole("status", { name: "Giá" });
}

test("a product with several variants: the picker switches price in place", async ({ page, request }) => {
  const product = await findProduct(request, withVariants);
  const [first, second] = product.variants;
  const dataRequests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes(".data") || r.url().includes("_data=")) dataRequests.push(r.url());
  });

  const response = await page.goto(`/products/${product.slug}`);
  expect(response?.status()).toBe(200);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: product.name })).toBeVisible();

  const picker = main.getByRole("group", { name: "Phân loại" });
  await expect(picker).toBeVisible();
  await expect(picker.getByRole("radio")).toHaveCount(product.variants.length);
  // Nothing chosen yet: "from" the lowest price, and the cart asks for a choice.
  await expect(price(page)).toHaveText(`Từ ${vnd(Math.min(...product.variants.map((v) => v.price)))}`);
  await expect(main.getByRole("button", { name: "Thêm vào giỏ hàng" })).toBeDisabled();
  // Hydrated: the no-JavaScript confirm button is gone.
  await expect(main.getByRole("button", { name: "Xem phân loại đã chọn" })).toHaveCount(0);

  // check(), which fails unless the radio is checked right after the click: the shopper's pick
  // shows at once, not when the navigation to ?variant= settles.
  await picker.getByRole("radio", { name: named(first.label) }).check();
  await expect(page).toHaveURL(new RegExp(`variant=${first.id}`));
  await expect(price(page)).toHaveText(vnd(first.price));

  await picker.getByRole("radio", { name: named(second.label) }).check();
  await expect(price(page)).toHaveText(vnd(second.price));
  await expect(picker.getByRole("radio", { name: named(second.label) })).toBeChecked();
  await expect(page).toHaveURL(new RegExp(`variant=${second.id}`));
  // The add-to-cart form now carries the chosen variant (not submitted here: the cart is another journey).
  const add = main.getByRole("button", { name: "Thêm vào giỏ hàng" });
  await expect(add).toBeEnabled();
  await expect(main.getByRole("spinbutton", { name: "Số lượng" })).toHaveAttribute("max", String(second.available));
  // Switched in place: no data was fetched for the choice.
  expect(dataRequests).toEqual([]);
});

test("the variant picker works with JavaScript disabled", async ({ browser, baseURL, request }) => {
  const product = await findProduct(request, withVariants);
  const [first, second] = product.variants;
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`/products/${product.slug}`);
    const main = page.getByRole("main");
    const picker = main.getByRole("group", { name: "Phân loại" });
    await picker.getByRole("radio", { name: named(second.label) }).check();
    await main.getByRole("button", { name: "Xem phân loại đã chọn" }).click();
    await expect(page).toHaveURL(new RegExp(`\\?variant=${second.id}`));
    await expect(price(page)).toHaveText(vnd(second.price));
    await expect(picker.getByRole("radio", { name: named(second.label) })).toBeChecked();

    await picker.getByRole("radio", { name: named(first.label) }).check();
    await main.getByRole("button", { name: "Xem phân loại đã chọn" }).click();
    await expect(price(page)).toHaveText(vnd(first.price));
    await expect(main.getByRole("button", { name: "Thêm vào giỏ hàng" })).toBeEnabled();

    // Thumbnails are links that switch the main photo.
    const gallery = main.getByRole("region", { name: "Ảnh sản phẩm" });
    await expect(gallery.getByRole("img").first()).toHaveAttribute("src", /-640\.webp$/);
    const mainPhoto = await gallery.getByRole("img").first().getAttribute("src");
    const thumbnails = gallery.getByRole("navigation", { name: "Chọn ảnh để xem" });
    await thumbnails.getByRole("link", { name: /Xem ảnh 2/ }).click();
    await expect(page).toHaveURL(/image=2/);
    await expect(page).toHaveURL(new RegExp(`variant=${first.id}`));
    await expect(thumbnails.getByRole("link", { name: /Xem ảnh 2/ })).toHaveAttribute("aria-current", "true");
    await expect(gallery.getByRole("img").first()).not.toHaveAttribute("src", mainPhoto!);
  } finally {
    await context.close();
  }
});

test("a product with one variant has no picker", async ({ page, request }) => {
  const product = await findProduct(request, (p) => p.variants.length === 1 && p.variants[0].available > 0);
  await page.goto(`/products/${product.slug}`);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: product.name })).toBeVisible();
  await expect(main.getByRole("group", { name: "Phân loại" })).toHaveCount(0);
  await expect(main.getByRole("radio")).toHaveCount(0);
  await expect(price(page)).toHaveText(vnd(product.variants[0].price));
  await expect(main.getByRole("button", { name: "Thêm vào giỏ hàng" })).toBeEnabled();
});

test("shows the OCOP certificate, the producer, JSON-LD and Open Graph", async ({ page, request }) => {
  const product = await findProduct(request, withVariants);
  await page.goto(`/products/${product.slug}`);
  const main = page.getByRole("main");

  const certificate = main.getByRole("region", { name: "Chứng nhận OCOP" });
  await expect(certificate).toContainText(product.certificate!.decisionNumber);
  await expect(certificate).toContainText(/Hiệu lực đến \d{2}\/\d{2}\/\d{4}/);
  await expect(certificate.getByText("Chứng nhận OCOP đã xác minh")).toBeVisible();
  await expect(certificate).toContainText("★");

  const producer = main.getByRole("region", { name: "Nhà sản xuất" });
  const link = producer.getByRole("link", { name: product.producer.name, exact: true });
  await expect(link).toHaveAttribute("href", `/s/${product.producer.slug}`);

  await expect(main.getByRole("navigation", { name: "Đường dẫn" }).getByRole("link", { name: "Trang chủ" })).toHaveAttribute("href", "/");
  await expect(main.getByRole("region", { name: "Đánh giá sản phẩm" })).toBeVisible();

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({ "@context": "https://schema.org", "@type": "Product", name: product.name, sku: product.variants[0].sku, offers: { priceCurrency: "VND", lowPrice: product.price } });
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", product.name);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "product");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /^https?:\/\/[^/]+\/media\/.+\.webp$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/products/${product.slug}$`));
});

test("an unknown product is a helpful 404", async ({ page }) => {
  const response = await page.goto("/products/khong-co-san-pham-nay");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("main").getByRole("search")).toBeVisible();
});

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("the product page has no horizontal overflow", async ({ page, request }) => {
    const product = await findProduct(request, withVariants);
    await page.goto(`/products/${product.slug}`);
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => {
      const doc = document.documentElement;
      return { scrollWidth: Math.max(doc.scrollWidth, document.body.scrollWidth), clientWidth: doc.clientWidth };
    });
    expect(overflow.scrollWidth, "page is wider than the screen").toBeLessThanOrEqual(overflow.clientWidth);
  });
});

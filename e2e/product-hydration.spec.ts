// The variant picker before hydration: the server's page is usable while the scripts are still on
// their way (a slow phone, a slow network). A variant the shopper checks in that moment reaches no
// React change handler, so the picker applies it once the page has hydrated: price, stock, the
// quantity limit and "add to cart" all follow the checked radio, without the no-JavaScript button.
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

type ApiVariant = { id: string; label: string; price: number; available: number };
type ApiProduct = { slug: string; name: string; variants: ApiVariant[] };

const vnd = (amount: number) => `${amount.toLocaleString("de-DE")} ₫`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A seeded product with at least two in-stock variants at different prices (through the public API). */
async function productWithVariants(request: APIRequestContext): Promise<ApiProduct> {
  const search = await request.get("/api/v1/search?perPage=100");
  expect(search.ok()).toBe(true);
  for (const { slug } of ((await search.json()) as { hits: { slug: string }[] }).hits) {
    const res = await request.get(`/api/v1/products/${slug}`);
    if (!res.ok()) continue;
    const product = (await res.json()) as ApiProduct;
    const [a, b] = product.variants;
    if (b && a.available >= 2 && b.available >= 2 && a.price !== b.price) return product;
  }
  throw new Error("no seeded product with two in-stock variants");
}

/** Holds every script of the page until release() (the HTML and CSS arrive as usual). */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.+\.js(\?.*)?$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

for (const start of ["nothing chosen yet", "another variant already in the URL"] as const) {
  test(`a variant checked before hydration is the one the page uses (${start})`, async ({ page, request }) => {
    const product = await productWithVariants(request);
    const [first, second] = product.variants;
    const release = await holdScripts(page);

    await page.goto(`/products/${product.slug}${start === "nothing chosen yet" ? "" : `?variant=${first.id}`}`, { waitUntil: "commit" });
    const main = page.getByRole("main");
    const picker = main.getByRole("group", { name: "Phân loại" });
    const confirm = main.getByRole("button", { name: "Xem phân loại đã chọn" });
    const radio = picker.getByRole("radio", { name: new RegExp(`^${escape(second.label)}`) });
    // The server's page, no JavaScript yet: the shopper checks a variant and nothing reacts.
    await expect(confirm).toBeVisible();
    await radio.check();
    await page.waitForTimeout(300);
    await expect(confirm).toBeVisible();
    await expect(page).not.toHaveURL(new RegExp(`variant=${second.id}`));

    release();
    // Hydrated (the no-JavaScript button is gone), and the early choice applied in place.
    await expect(confirm).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`variant=${second.id}`));
    await expect(main.getByRole("status", { name: "Giá" })).toHaveText(vnd(second.price));
    await expect(radio).toBeChecked();
    await expect(picker.getByRole("radio", { name: new RegExp(`^${escape(first.label)}`) })).not.toBeChecked();
    await expect(main.getByRole("spinbutton", { name: "Số lượng" })).toHaveAttribute("max", String(second.available));
    const add = main.getByRole("button", { name: "Thêm vào giỏ hàng" });
    await expect(add).toBeEnabled();

    // And the cart gets that variant.
    await add.click();
    await expect(page).toHaveURL(/\/cart$/);
    await expect(main.getByRole("status")).toHaveText(`Đã thêm ${product.name} (${second.label}) vào giỏ hàng`);
  });
}

test("without an early choice, hydrating changes nothing", async ({ page, request }) => {
  const product = await productWithVariants(request);
  const [first] = product.variants;
  const release = await holdScripts(page);
  await page.goto(`/products/${product.slug}?variant=${first.id}`, { waitUntil: "commit" });
  const main = page.getByRole("main");
  await expect(main.getByRole("button", { name: "Xem phân loại đã chọn" })).toBeVisible();
  release();
  await expect(main.getByRole("button", { name: "Xem phân loại đã chọn" })).toHaveCount(0);
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(new RegExp(`\\?variant=${first.id}$`));
  await expect(main.getByRole("status", { name: "Giá" })).toHaveText(vnd(first.price));
});

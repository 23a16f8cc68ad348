// Each area of the site (catalogue, shop, seller portal, operator console) sends only its own
// namespaces with the page (app/lib/i18n/area.ts). Moving between areas without a page load must
// bring the texts the next page needs: no raw keys, no missing labels.
import type { Page } from "@playwright/test";
import { expect, inlineNamespaces, test } from "./fixtures";

/** Marks the window: still marked after a click means the page changed without a page load. */
async function markWindow(page: Page) {
  await page.waitForFunction(() => "__remixRouter" in window);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
}
const stayed = (page: Page) => page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);

test("the seller portal, the storefront and back, by links: each page has its texts", async ({ page, loginAs }) => {
  await loginAs("seller");
  const response = await page.goto("/seller");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: "Kênh người bán" })).toBeVisible();
  // The seller's dictionary: the portal's namespaces, not the operator's or the checkout's.
  const namespaces = await inlineNamespaces(response);
  expect(namespaces).toEqual(expect.arrayContaining(["seller", "fulfilment", "team"]));
  expect(namespaces).not.toContain("admin");
  expect(namespaces).not.toContain("checkout");

  // To the storefront by the header's logo, then a product: the catalogue's texts arrive.
  await markWindow(page);
  await page.getByRole("banner").getByRole("link", { name: "Chợ OCOP", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await main.getByRole("article").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/products\//);
  await expect(main.getByRole("button", { name: "Thêm vào giỏ hàng" })).toBeVisible();
  await expect(main.getByText(/\b(addToCart|variants\.legend)\b/)).toHaveCount(0);

  // And back to the portal by the header's link.
  await page.getByRole("banner").getByRole("link", { name: "Kênh người bán", exact: true }).click();
  await expect(page).toHaveURL(/\/seller$/);
  await expect(main.getByRole("heading", { level: 1, name: "Kênh người bán" })).toBeVisible();
  await expect(main.getByText(/\bdashboard\.\w+/)).toHaveCount(0);
  expect(await stayed(page)).toBe(true);
});

test("the operator console to the storefront's cart and back, by links", async ({ page, loginAs }) => {
  await loginAs("admin");
  const response = await page.goto("/admin");
  const main = page.getByRole("main");
  const namespaces = await inlineNamespaces(response);
  expect(namespaces).toEqual(expect.arrayContaining(["admin", "admin-payments", "payouts"]));
  expect(namespaces).not.toContain("seller");
  const heading = await main.getByRole("heading", { level: 1 }).textContent();

  await markWindow(page);
  await page.getByRole("banner").getByRole("link", { name: "Giỏ hàng", exact: true }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(main.getByRole("heading", { level: 1, name: "Giỏ hàng" })).toBeVisible();
  await expect(main.getByText("Giỏ hàng của bạn đang trống")).toBeVisible();

  await page.getByRole("banner").getByRole("link", { name: "Quản trị", exact: true }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(heading!);
  expect(await stayed(page)).toBe(true);
});

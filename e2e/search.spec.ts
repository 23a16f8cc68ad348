// Finding products: search from the header without diacritics, narrow by
// province, sort by price, open a product — with and without JavaScript — plus
// suggestions as you type, the listing pages, a phone-width layout and the 404.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const PRICE = /(\d{1,3}(?:\.\d{3})*) ₫/;

/** The product cards in the results (each an article with a price). */
function resultCards(page: Page) {
  return page.getByRole("main").getByRole("article").filter({ hasText: PRICE });
}

async function cardPrices(page: Page): Promise<number[]> {
  const texts = await resultCards(page).allInnerTexts();
  return texts.map((text) => Number(PRICE.exec(text)![1].replace(/\./g, "")));
}

async function searchJourney(page: Page, { javaScript }: { javaScript: boolean }) {
  await page.goto("/");
  const header = page.getByRole("banner");
  const box = header.getByLabel("Tìm sản phẩm");
  await box.fill("mat ong");
  await box.press("Enter");

  await expect(page).toHaveURL(/\/search\?q=mat\+ong$/);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Kết quả tìm kiếm cho “mat ong”");
  await expect(resultCards(page).filter({ hasText: "Mật ong" }).first()).toBeVisible();

  // Narrow by province: a facet link that keeps the words.
  await main.getByRole("group", { name: "Tỉnh, thành phố" }).getByRole("link", { name: /^Cà Mau/ }).click();
  await expect(page).toHaveURL(/[?&]province=96(&|$)/);
  await page.waitForLoadState();
  expect(new URL(page.url()).searchParams.get("q")).toBe("mat ong");
  await expect(main.getByRole("link", { name: "Bỏ lọc: Cà Mau" })).toBeVisible();
  const cards = resultCards(page);
  await expect(cards.first()).toBeVisible();
  for (const text of await cards.allInnerTexts()) expect(text).toContain("Cà Mau");

  // Sort by price, lowest first (with JavaScript the choice applies at once).
  await main.getByLabel("Sắp xếp theo").selectOption("price_asc");
  if (!javaScript) await main.getByRole("button", { name: "Sắp xếp", exact: true }).click();
  await expect(page).toHaveURL(/[?&]sort=price_asc(&|$)/);
  await page.waitForLoadState();
  await expect(main.getByLabel("Sắp xếp theo")).toHaveValue("price_asc");
  expect(new URL(page.url()).searchParams.get("province")).toBe("96");
  await expect(resultCards(page).first()).toBeVisible();
  const prices = await cardPrices(page);
  expect(prices.length).toBeGreaterThan(1);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));
  for (const text of await resultCards(page).allInnerTexts()) expect(text).toContain("Cà Mau");

  // Only OCOP-certified ones (3 stars and up), still by price.
  await main.getByRole("group", { name: "Hạng sao OCOP" }).getByRole("link", { name: /^3 sao trở lên/ }).click();
  await expect(page).toHaveURL(/[?&]stars=3(&|$)/);
  await page.waitForLoadState();
  expect(new URL(page.url()).searchParams.get("sort")).toBe("price_asc");
  await expect(resultCards(page).first()).toBeVisible();

  // Open the first product: its certificate and its producer.
  await resultCards(page).first().getByRole("link").click();
  await expect(page).toHaveURL(/\/products\/[a-z0-9-]+$/);
  const product = page.getByRole("main");
  await expect(product.getByRole("heading", { level: 1 })).toBeVisible();
  const certificate = product.getByRole("region", { name: "Chứng nhận OCOP" });
  await expect(certificate).toContainText(/Hiệu lực đến \d{2}\/\d{2}\/\d{4}/);
  await expect(certificate.getByText("Chứng nhận OCOP đã xác minh")).toBeVisible();
  await expect(product.getByRole("region", { name: "Nhà sản xuất" }).getByRole("link").first()).toHaveAttribute("href", /^\/s\/[a-z0-9-]+$/);
}

test("search without diacritics → province facet → sort by price → OCOP stars → open a product: certificate and producer", async ({ page }) => {
  await searchJourney(page, { javaScript: true });
});

test("the same journey works with JavaScript disabled", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    await searchJourney(await context.newPage(), { javaScript: false });
  } finally {
    await context.close();
  }
});

test("suggestions appear as you type and the keyboard picks one", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Tìm sản phẩm" });
  await box.pressSequentially("mat o", { delay: 30 });
  const list = page.getByRole("listbox", { name: "Gợi ý sản phẩm" });
  await expect(list).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const first = list.getByRole("option").first();
  await expect(first).toContainText(PRICE);
  await box.press("ArrowDown");
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
  await box.press("Escape");
  await expect(list).toBeHidden();
  await expect(box).toHaveValue("mat o");
  await box.press("ArrowDown");
  await expect(list).toBeVisible();
  await box.press("Enter");
  await expect(page).toHaveURL(/\/products\/[a-z0-9-]+$/);
});

test("/c/thuc-pham lists food products with facets", async ({ page }) => {
  const response = await page.goto("/c/thuc-pham");
  expect(response?.status()).toBe(200);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Thực phẩm");
  await expect(resultCards(page).first()).toBeVisible();
  expect(await resultCards(page).count()).toBeGreaterThan(4);
  await expect(main.getByRole("group", { name: "Danh mục" })).toBeVisible();
  await expect(main.getByRole("group", { name: "Hạng sao OCOP" }).getByRole("link", { name: /^4 sao trở lên/ })).toBeVisible();
});

test("/p/ca-mau shows Cà Mau's specialities", async ({ page }) => {
  const response = await page.goto("/p/ca-mau");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle("Đặc sản Cà Mau | Chợ OCOP");
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText("Đặc sản Cà Mau");
  const cards = resultCards(page);
  await expect(cards.first()).toBeVisible();
  for (const text of await cards.allInnerTexts()) expect(text).toContain("Cà Mau");
});

test("a seller's page shows its story, facts and products", async ({ page, request }) => {
  const api = await request.get("/api/v1/search?q=mat%20ong");
  const { hits } = (await api.json()) as { hits: { producer: { slug: string; name: string } }[] };
  const producer = hits[0].producer;
  const response = await page.goto(`/s/${producer.slug}`);
  expect(response?.status()).toBe(200);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(producer.name);
  await expect(main.getByRole("heading", { name: "Câu chuyện nhà sản xuất" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "Thông tin nhà sản xuất" })).toBeVisible();
  await expect(main.getByText("Loại hình", { exact: true })).toBeVisible();
  await expect(resultCards(page).first()).toBeVisible();
  for (const text of await resultCards(page).allInnerTexts()) expect(text).toContain(producer.name.slice(0, 20));
});

test("an unknown URL answers 404 with a search box and suggestions", async ({ page }) => {
  const response = await page.goto("/san-pham/mat-ong-hoa-tram");
  expect(response?.status()).toBe(404);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  await expect(main.getByRole("search")).toBeVisible();
  await expect(main.getByRole("heading", { name: "Có thể bạn đang tìm" })).toBeVisible();
  await expect(resultCards(page).filter({ hasText: "Mật ong" }).first()).toBeVisible();
});

test("search results fit a 360 px phone, filters fold away", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    await page.goto("/search?q=mat+ong");
    const main = page.getByRole("main");
    await expect(resultCards(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const provinces = main.getByRole("group", { name: "Tỉnh, thành phố" });
    await expect(provinces).toBeHidden();
    await main.getByText("Bộ lọc", { exact: true }).first().click(); // the fold's summary
    await expect(provinces).toBeVisible();
  } finally {
    await context.close();
  }
});

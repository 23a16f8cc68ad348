// The storefront's front page: seeded products with prices, the six OCOP groups,
// no JavaScript needed, English on request, and a phone-width layout.
import { expect, inlineNamespaces, test } from "./fixtures";

const PRICE = /\d{1,3}(\.\d{3})+ ₫/;

const GROUPS_VI = [
  ["thuc-pham", "Thực phẩm"],
  ["do-uong", "Đồ uống"],
  ["thao-duoc", "Thảo dược"],
  ["vai-may-mac", "Vải và may mặc"],
  ["luu-niem-noi-that-trang-tri", "Lưu niệm, nội thất, trang trí"],
  ["dich-vu-du-lich", "Dịch vụ du lịch cộng đồng và điểm du lịch"],
] as const;

test("shows seeded products with prices in đồng", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toBeVisible();

  // Product cards: a name linking to the product page, and a price.
  const cards = main.getByRole("article").filter({ hasText: PRICE });
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(4);
  const first = cards.first();
  await expect(first.getByRole("link")).toHaveAttribute("href", /^\/products\/[a-z0-9-]+$/);
  await expect(first.getByRole("heading")).toHaveText(/\S/);

  // Every price is a whole number of đồng written the Vietnamese way: 150.000 ₫.
  const prices = main.getByText(PRICE);
  for (const text of await prices.allInnerTexts()) {
    expect(text).toMatch(PRICE);
    expect(text).not.toMatch(/,\d|VND|\d₫/);
  }
});

test("shows the six OCOP product groups, each linking to its page", async ({ page }) => {
  await page.goto("/");
  const groups = page.getByRole("main").getByRole("region", { name: "Sáu nhóm sản phẩm OCOP" });
  await expect(groups).toBeVisible();
  await expect(groups.getByRole("link")).toHaveCount(6);
  for (const [slug, name] of GROUPS_VI) {
    const link = groups.getByRole("link", { name, exact: true });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("href", `/c/${slug}`);
  }
});

test("works with JavaScript disabled", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    const main = page.getByRole("main");
    // Everything is in the server-rendered HTML.
    await expect(main.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(main.getByRole("article").filter({ hasText: PRICE }).first()).toBeVisible();
    await expect(main.getByRole("region", { name: "Sáu nhóm sản phẩm OCOP" }).getByRole("link")).toHaveCount(6);
    // Plain links navigate: the language switch is an ordinary link.
    await page.getByRole("banner").getByRole("link", { name: "English", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(main.getByRole("region", { name: "The six OCOP product groups" })).toBeVisible();
  } finally {
    await context.close();
  }
});

test("?lang=en switches the interface to English and it stays English while browsing", async ({ page }) => {
  await page.goto("/?lang=en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Log in", exact: true })).toBeVisible();
  await expect(header.getByRole("link", { name: "Cart", exact: true })).toBeVisible();
  const main = page.getByRole("main");
  const groups = main.getByRole("region", { name: "The six OCOP product groups" });
  await expect(groups.getByRole("link", { name: "Beverages", exact: true })).toBeVisible();
  // Prices stay in đồng, formatted the Vietnamese way, in either language.
  await expect(main.getByText(PRICE).first()).toBeVisible();

  // Follow a link (no ?lang in it): still English.
  await header.getByRole("link", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  await expect(page.getByRole("main").getByLabel("Password", { exact: true })).toBeVisible();

  // A fresh page load remembers the choice too.
  await page.goto("/register");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("main").getByRole("region", { name: "The six OCOP product groups" })).toBeVisible();

  // And back to Vietnamese.
  await page.getByRole("banner").getByRole("link", { name: "Tiếng Việt" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("main").getByRole("region", { name: "Sáu nhóm sản phẩm OCOP" })).toBeVisible();
});

test("the catalogue carries the smaller dictionary; following a link to the cart brings the cart's texts", async ({ page }) => {
  const response = await page.goto("/");
  // The document's dictionary: the catalogue's namespaces, not the cart's or checkout's.
  expect(await inlineNamespaces(response)).toEqual(["auth", "common", "product", "reviews", "search"]);
  await page.waitForFunction(() => "__remixRouter" in window);
  // A client-side navigation (the window object survives it) to a page of the larger area.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole("banner").getByRole("link", { name: "Giỏ hàng", exact: true }).click();
  await expect(page).toHaveURL(/\/cart$/);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: "Giỏ hàng" })).toBeVisible();
  await expect(main.getByText("Giỏ hàng của bạn đang trống")).toBeVisible();
  await expect(main.getByText(/\bempty\.title\b|cart:/)).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  for (const path of ["/", "/login", "/register"]) {
    test(`${path} has no horizontal overflow`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => {
        const doc = document.documentElement;
        return { scrollWidth: Math.max(doc.scrollWidth, document.body.scrollWidth), clientWidth: doc.clientWidth };
      });
      expect(overflow.scrollWidth, "page is wider than the screen").toBeLessThanOrEqual(overflow.clientWidth);
    });
  }
});

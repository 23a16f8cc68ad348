// Sales charts (issues 5 and 6): the seller dashboard shows 30 days of sales as an SVG chart with
// its numbers in a table, and the balance; the admin overview shows GMV and orders over time.
// A newly paid order of the demo cooperative moves today's figures on both. Other specs buy the
// same cooperative's products in parallel, so figures are compared as "at least this much more".
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { type ApiProduct, DEMO_SELLER_SLUG, expect, findProduct, payByBankTransfer, placeTransferOrder, test } from "./fixtures";

/** "1.234.000 ₫" → 1234000 */
const money = (text: string | null) => Number((text ?? "").replace(/[^\d]/g, ""));

/** A new shopper buys one unit by VietQR; a signed bank notification pays it. Returns the amount paid. */
async function buyAndPay(page: Page, request: APIRequestContext, product: ApiProduct): Promise<number> {
  await page.context().clearCookies();
  const order = await placeTransferOrder(page, product, { shopper: "Lê Thị Biểu Đồ", emailPrefix: "charts", street: "8 Đường Trần Hưng Đạo" });
  await payByBankTransfer(request, order, { tag: "C" });
  await page.context().clearCookies();
  return order.amount;
}

/** Opens "Xem số liệu" under the chart and returns its table's body rows (newest first). */
async function chartRows(figure: Locator): Promise<Locator> {
  await figure.getByText("Xem số liệu").click();
  const table = figure.getByRole("table");
  await expect(table).toBeVisible();
  return table.getByRole("rowgroup").nth(1).getByRole("row");
}

async function sellerToday(page: Page): Promise<{ orders: number; revenue: number }> {
  await page.goto("/seller");
  const figure = page.getByRole("figure", { name: "Doanh số 30 ngày qua" });
  const rows = await chartRows(figure);
  await expect(rows).toHaveCount(30);
  const cells = rows.first().getByRole("cell");
  return { orders: money(await cells.nth(0).textContent()), revenue: money(await cells.nth(1).textContent()) };
}

async function adminToday(page: Page): Promise<{ orders: number; gmv: number; totalGmv: number }> {
  await page.goto("/admin");
  const figure = page.getByRole("figure", { name: "GMV và số đơn 30 ngày qua" });
  const rows = await chartRows(figure);
  await expect(rows).toHaveCount(30);
  const cells = rows.first().getByRole("cell");
  const total = await page.getByRole("main").getByRole("definition").filter({ hasText: "₫" }).first().locator("data").getAttribute("value");
  return { orders: money(await cells.nth(0).textContent()), gmv: money(await cells.nth(1).textContent()), totalGmv: Number(total) };
}

test("the seller dashboard shows 30 days of sales as a chart with a data table, and the balance, on a phone", async ({ page, loginAs }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await loginAs("seller");
  await page.goto("/seller");
  const main = page.getByRole("main");
  const figure = main.getByRole("figure", { name: "Doanh số 30 ngày qua" });
  await expect(figure).toBeVisible();
  const chart = figure.getByRole("img");
  await expect(chart).toHaveAttribute("aria-label", /^Doanh thu 30 ngày qua, từ \d{2}\/\d{2} đến \d{2}\/\d{2}: /);
  const box = (await chart.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(360);
  expect(await chart.locator("rect").count()).toBe(30);

  const rows = await chartRows(figure);
  await expect(rows).toHaveCount(30);
  await expect(rows.first().getByRole("rowheader")).toHaveText(/^\d{2}\/\d{2}$/);
  await expect(rows.first().getByRole("cell").nth(1)).toHaveText(/^[\d.]+ ₫$/);
  await expect(figure.getByRole("columnheader", { name: "Doanh thu" })).toBeVisible();

  const balance = main.getByRole("link", { name: /^Số dư [\d.]+ ₫/ });
  await expect(balance).toHaveAttribute("href", /^\/seller\/balance/);
  await expect(balance).toContainText(/[\d.]+ ₫/);
  await balance.click();
  await expect(page).toHaveURL(/\/seller\/balance/);
});

test("a newly paid order moves today's sales on the seller dashboard and today's GMV on the admin overview", async ({ page, request, loginAs }) => {
  test.setTimeout(90_000);
  const product = await findProduct(request, { seller: DEMO_SELLER_SLUG });
  await loginAs("seller");
  const sellerBefore = await sellerToday(page);
  await loginAs("admin");
  const adminBefore = await adminToday(page);

  const paid = await buyAndPay(page, request, product);
  const price = product.variants[0].price;

  await loginAs("seller");
  const sellerAfter = await sellerToday(page);
  expect(sellerAfter.orders).toBeGreaterThanOrEqual(sellerBefore.orders + 1);
  // The seller's revenue is the goods (no shipping); the admin's GMV is what the buyer paid.
  expect(sellerAfter.revenue).toBeGreaterThanOrEqual(sellerBefore.revenue + price);
  await loginAs("admin");
  const adminAfter = await adminToday(page);
  expect(adminAfter.orders).toBeGreaterThanOrEqual(adminBefore.orders + 1);
  expect(adminAfter.gmv).toBeGreaterThanOrEqual(adminBefore.gmv + paid);
  expect(adminAfter.totalGmv).toBeGreaterThanOrEqual(adminBefore.totalGmv + paid);
});

test("the admin overview switches to 12 weeks and back", async ({ page, loginAs }) => {
  await loginAs("admin");
  await page.goto("/admin");
  const main = page.getByRole("main");
  const periods = main.getByRole("navigation", { name: "Khoảng thời gian" });
  await expect(periods.getByRole("link", { name: "30 ngày" })).toHaveAttribute("aria-current", "page");
  await periods.getByRole("link", { name: "12 tuần" }).click();
  await expect(page).toHaveURL(/\?range=12w$/);
  const figure = main.getByRole("figure", { name: "GMV và số đơn 12 tuần qua" });
  const rows = await chartRows(figure);
  await expect(rows).toHaveCount(12);
  await expect(rows.first().getByRole("rowheader")).toHaveText(/^Tuần từ \d{2}\/\d{2}$/);
  await expect(main.getByText(/so với kỳ trước|Kỳ trước chưa có/).first()).toBeVisible();
});

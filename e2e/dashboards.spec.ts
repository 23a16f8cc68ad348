// Sales charts (issues 5 and 6): the seller dashboard shows 30 days of sales as an SVG chart with
// its numbers in a table, and the balance; the admin overview shows GMV and orders over time.
// A newly paid order of the demo cooperative moves today's figures on both. Other specs buy the
// same cooperative's products in parallel, so figures are compared as "at least this much more".
import crypto from "node:crypto";
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { QRPay } from "vietnam-qr-pay";
import { expect, strongPassword, test, uniqueEmail } from "./fixtures";

const BANK_WEBHOOK_SECRET = process.env.BANK_WEBHOOK_SECRET ?? "e2e-bank-webhook-secret-0123456789";
const DEMO_SELLER_SLUG = "htx-nong-nghiep-my-xuyen";

type ApiProduct = { slug: string; name: string; producer: { slug: string }; variants: { id: string; available: number; price: number }[] };

/** "1.234.000 ₫" → 1234000 */
const money = (text: string | null) => Number((text ?? "").replace(/[^\d]/g, ""));

async function demoSellerProduct(request: APIRequestContext): Promise<ApiProduct> {
  const search = await request.get("/api/v1/search?perPage=100");
  expect(search.ok()).toBe(true);
  const { hits } = (await search.json()) as { hits: { slug: string }[] };
  for (const hit of hits) {
    const product = (await (await request.get(`/api/v1/products/${hit.slug}`)).json()) as ApiProduct;
    if (!product.variants) continue; // left the storefront meanwhile (another spec suspends its seller)
    if (product.producer.slug === DEMO_SELLER_SLUG && product.variants.length === 1 && product.variants[0].available >= 5) return product;
  }
  throw new Error("no in-stock single-variant product of the demo seller");
}

/** A new shopper buys one unit by VietQR; a signed bank notification pays it. Returns the amount paid. */
async function buyAndPay(page: Page, request: APIRequestContext, product: ApiProduct): Promise<number> {
  await page.context().clearCookies();
  await page.goto("/register");
  const main = page.getByRole("main");
  await main.getByLabel("Họ và tên", { exact: true }).fill("Lê Thị Biểu Đồ");
  await main.getByLabel("Email", { exact: true }).fill(uniqueEmail("charts"));
  await main.getByLabel("Mật khẩu", { exact: true }).fill(strongPassword());
  await main.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
  await expect(page.getByRole("banner").getByRole("button", { name: "Đăng xuất" })).toBeVisible();

  await page.goto(`/products/${product.slug}`);
  await main.getByRole("button", { name: "Thêm vào giỏ hàng" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await page.goto("/checkout");
  await main.getByLabel("Họ và tên người nhận").fill("Lê Thị Biểu Đồ");
  await main.getByLabel("Số điện thoại").fill("0912345678");
  await main.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Cần Thơ" });
  const ward = main.getByLabel("Phường, xã, đặc khu");
  const loadWards = main.getByRole("button", { name: "Tải danh sách phường, xã" });
  if (await loadWards.isVisible()) await loadWards.click();
  await expect(ward.locator("option")).not.toHaveCount(1);
  await ward.selectOption((await ward.locator("option").nth(1).getAttribute("value"))!);
  await main.getByLabel("Số nhà, tên đường, ấp, thôn").fill("8 Đường Trần Hưng Đạo");
  await main.getByRole("radio", { name: /VietQR/ }).check();
  await main.getByRole("button", { name: "Đặt hàng" }).click();
  await expect(page).toHaveURL(/\/account\/orders\/[^/]+\/pay$/);

  const qr = new QRPay((await page.locator("[data-payload]").getAttribute("data-payload"))!);
  const amount = Number(qr.amount);
  const raw = JSON.stringify({ id: `FT${Date.now()}C`, amount, content: qr.additionalData.purpose!, accountNumber: qr.consumer.bankNumber!, transactionAt: new Date().toISOString() });
  const signature = "sha256=" + crypto.createHmac("sha256", BANK_WEBHOOK_SECRET).update(raw).digest("hex");
  const notified = await request.post("/webhooks/bank-transfer", { data: raw, headers: { "Content-Type": "application/json", "X-Signature": signature } });
  expect(await notified.json()).toMatchObject({ ok: true, match: "matched" });
  await page.context().clearCookies();
  return amount;
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
  const product = await demoSellerProduct(request);
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

// A seller fulfils an order: a shopper buys one of the demo cooperative's products and pays by
// VietQR (a signed bank notification marks it paid); the cooperative's manager (seller@example.com)
// finds it in /seller/orders, confirms, ships with a carrier and tracking number, marks it
// delivered, and sees the sale credited on /seller/balance; the buyer follows it on the timeline.
import type { APIRequestContext, Page } from "@playwright/test";
import { type ApiProduct, DEMO_SELLER_SLUG, expect, findProduct, payByBankTransfer, placeTransferOrder, test } from "./fixtures";

async function buyAndPay(page: Page, request: APIRequestContext, product: ApiProduct): Promise<{ orderId: string; code: string }> {
  const order = await placeTransferOrder(page, product, { shopper: "Phạm Minh Giao", emailPrefix: "fulfil", street: "8 Đường Trần Hưng Đạo" });
  await payByBankTransfer(request, order, { tag: "F" });
  return order;
}

test("the demo cooperative confirms, ships and delivers a paid order; its balance is credited", async ({ page, request, loginAs }) => {
  test.setTimeout(90_000);
  const product = await findProduct(request, { seller: DEMO_SELLER_SLUG });
  const { orderId, code } = await buyAndPay(page, request, product);

  const shopperCookies = await page.context().cookies();
  await loginAs("seller");
  await page.goto("/seller/orders?status=paid");
  const main = page.getByRole("main");
  await main.getByRole("link", { name: `Xem đơn ${code}` }).click();
  await expect(main.getByRole("heading", { level: 1, name: new RegExp(`Đơn hàng ${code}`) })).toBeVisible();
  await expect(main.getByText(product.name).first()).toBeVisible();

  await main.getByRole("button", { name: "Xác nhận đơn" }).click();
  await expect(main.getByRole("status").filter({ hasText: "Đã xác nhận đơn hàng." })).toBeVisible();

  // Shipping needs a tracking number: refused with the reason next to the field, the carrier kept.
  await main.getByLabel("Đơn vị vận chuyển").selectOption("GHN");
  await main.getByRole("button", { name: "Đánh dấu đã gửi hàng" }).click();
  await expect(main.getByText("Hãy nhập mã vận đơn.")).toBeVisible();
  await expect(main.getByLabel("Đơn vị vận chuyển")).toHaveValue("GHN");
  await main.getByLabel("Mã vận đơn").fill("GHN-E2E-778899");
  await main.getByRole("button", { name: "Đánh dấu đã gửi hàng" }).click();
  await expect(main.getByRole("status").filter({ hasText: "Đã ghi nhận gửi hàng." })).toBeVisible();
  await expect(main.getByText("GHN · Mã vận đơn GHN-E2E-778899").first()).toBeVisible();

  await main.getByRole("button", { name: "Đánh dấu đã giao" }).click();
  await expect(main.getByRole("status").filter({ hasText: "Đã ghi nhận giao hàng." })).toBeVisible();
  await expect(main.locator('h1 [data-status="delivered"]')).toBeVisible();

  // The packing slip prints the recipient and the lines.
  await page.goto(`${page.url().split("?")[0]}/slip`);
  await expect(page.getByRole("heading", { name: "Phiếu đóng gói" })).toBeVisible();
  await expect(page.getByText("Phạm Minh Giao").first()).toBeVisible();

  await page.goto("/seller/balance");
  const sale = main.getByRole("link", { name: `Bán hàng — đơn ${code}` });
  await expect(sale).toBeVisible();
  const price = product.variants[0].price;
  const net = price - Math.round((price * 500) / 10_000);
  const row = main.getByRole("row").filter({ hasText: code });
  await expect(row.locator(`data[value="${net}"]`)).toBeVisible();

  // The buyer follows the seller's progress on the order.
  await page.context().clearCookies();
  await page.context().addCookies(shopperCookies);
  await page.goto(`/account/orders/${orderId}`);
  await expect(main.locator('li[data-status="shipped"]').first()).toBeVisible();
  await expect(main.locator('[data-status="delivered"]').first()).toBeVisible();
});

test("the demo cooperative cancels a paid order before shipping with a reason; the buyer sees it and the stock is back", async ({ page, request, loginAs }) => {
  test.setTimeout(90_000);
  const product = await findProduct(request, { seller: DEMO_SELLER_SLUG });
  const { orderId, code } = await buyAndPay(page, request, product);
  const shopperCookies = await page.context().cookies();

  await loginAs("seller");
  await page.goto("/seller/orders");
  const main = page.getByRole("main");
  await main.getByRole("link", { name: `Xem đơn ${code}` }).click();

  // A reason is required (kept in Vietnamese next to the field).
  await main.getByRole("button", { name: "Huỷ đơn" }).click();
  await expect(main.getByText("Hãy nhập lý do huỷ.")).toBeVisible();
  await main.getByLabel("Lý do huỷ (người mua sẽ thấy)").fill("Hết hàng do lũ tại kho");
  await main.getByRole("button", { name: "Huỷ đơn" }).click();
  await expect(main.getByRole("status").filter({ hasText: "Đã huỷ đơn." })).toBeVisible();
  await expect(main.locator('h1 [data-status="cancelled"]')).toBeVisible();
  await expect(main.getByRole("button", { name: "Đánh dấu đã gửi hàng" })).toHaveCount(0);

  // The unit is back on the shelf: the variant's history has this cancellation's movement. (Other
  // specs buy this product in parallel, so the available count alone can't prove it.)
  await page.goto(`/seller/inventory/${product.variants[0].id}`);
  const movement = main.getByRole("row").filter({ hasText: "Hết hàng do lũ tại kho" });
  await expect(movement).toHaveCount(1);
  await expect(movement.getByRole("cell").nth(1)).toHaveText("Nhập lại do huỷ đơn");
  await expect(movement.getByRole("cell").nth(2)).toHaveText("+1");

  await page.context().clearCookies();
  await page.context().addCookies(shopperCookies);
  await page.goto(`/account/orders/${orderId}`);
  await expect(main.locator('[data-status="cancelled"]').first()).toBeVisible();
  // (The buyer page does not print the seller's reason yet: SellerOrderView.cancelReason is there to show.)
});

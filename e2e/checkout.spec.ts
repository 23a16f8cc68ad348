// Checkout with VietQR on seeded demo data: product page → cart → /checkout
// (delivery address with Vietnam's current units: province → ward) → the
// payment page with the QR → the order in "my orders". With and without
// JavaScript; a double submit places one order. (Paying is e2e/payment.spec.ts.)
import type { APIRequestContext, Page } from "@playwright/test";
import { addToCart, type ApiProduct, expect, findProduct, registerUser, test } from "./fixtures";

/** An in-stock single-variant product (at least 10 units), found through the public API (not a hard-coded slug). */
async function inStockProduct(request: APIRequestContext, skip = 0): Promise<ApiProduct> {
  return findProduct(request, { minAvailable: 10, skip });
}

/** The new-address fields, province first; the wards arrive by themselves (JS) or by the reload button (no JS). */
async function fillNewAddress(page: Page, { javaScript }: { javaScript: boolean }) {
  const main = page.getByRole("main");
  await main.getByLabel("Họ và tên người nhận").fill("Phạm Thị Thu");
  await main.getByLabel("Số điện thoại").fill("+84 935 112 233");
  await main.getByLabel("Số nhà, tên đường, ấp, thôn").fill("Số 8 đường Trần Hưng Đạo");
  await main.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Cần Thơ" });
  if (!javaScript) {
    await main.getByRole("button", { name: "Tải danh sách phường, xã" }).click();
    // A GET reload: the province is in the URL, and what was typed is still there.
    await expect(page).toHaveURL(/[?&]provinceCode=92(&|$)/);
    await expect(main.getByLabel("Họ và tên người nhận")).toHaveValue("Phạm Thị Thu");
    await expect(main.getByLabel("Số điện thoại")).toHaveValue("+84 935 112 233");
    await expect(main.getByLabel("Số nhà, tên đường, ấp, thôn")).toHaveValue("Số 8 đường Trần Hưng Đạo");
  }
  const ward = main.getByLabel("Phường, xã, đặc khu");
  await expect(ward.locator("option", { hasText: "Phường Ninh Kiều" })).toHaveCount(1);
  await ward.selectOption({ label: "Phường Ninh Kiều" });
  // The summary now charges shipping for Cần Thơ, before paying.
  await expect(main.getByText("Phí vận chuyển tính cho địa chỉ nhận ở Thành phố Cần Thơ.")).toBeVisible();
}

async function expectPayPage(page: Page) {
  await expect(page).toHaveURL(/\/account\/orders\/[^/]+\/pay$/);
  const qr = page.getByRole("main").locator("[data-payload]");
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute("data-payload")).toMatch(/^000201/);
  const code = (await page.locator("[data-transfer-content]").textContent())!.trim();
  expect(code).toMatch(/^OCOP[2-9A-HJKMNP-Z]{6}$/);
  expect(await qr.getAttribute("data-payload")).toContain(code);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(code);
  await expect(page.getByRole("main").getByText(/^Còn (\d+ phút|\d\d:\d\d)$/)).toBeVisible();
  return { orderId: /\/account\/orders\/([^/]+)\/pay$/.exec(page.url())![1], code };
}

test("a shopper checks out with VietQR: new address, QR on the payment page, the order awaits payment", async ({ page, request, loginAs }) => {
  const product = await inStockProduct(request);
  await loginAs("shopper");
  await addToCart(page, product);
  await page.goto("/checkout");
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1, name: "Thanh toán" })).toBeVisible();
  // The demo shopper has a saved address; this time the parcel goes elsewhere.
  await main.getByRole("radio", { name: "Giao đến địa chỉ khác" }).check();
  await fillNewAddress(page, { javaScript: true });
  await main.getByRole("radio", { name: /VietQR/ }).check();
  // The server checks the form (the page carries no validation code): a wrong number comes back
  // next to its field, focused, and everything typed or chosen is still there.
  const phone = main.getByLabel("Số điện thoại");
  await phone.fill("0212 345 678");
  await main.getByRole("button", { name: "Đặt hàng" }).click();
  await expect(phone).toHaveAccessibleDescription(/Số di động không hợp lệ/);
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(phone).toBeFocused();
  await expect(phone).toHaveValue("0212 345 678");
  await expect(main.getByLabel("Họ và tên người nhận")).toHaveValue("Phạm Thị Thu");
  await expect(main.getByLabel("Số nhà, tên đường, ấp, thôn")).toHaveValue("Số 8 đường Trần Hưng Đạo");
  await expect(main.getByLabel("Phường, xã, đặc khu").locator("option:checked")).toHaveText("Phường Ninh Kiều");
  await expect(main.getByRole("radio", { name: "Giao đến địa chỉ khác" })).toBeChecked();
  await phone.fill("+84 935 112 233");
  // Correcting the field takes its error away at once; the server checks it again on submit.
  await expect(phone).not.toHaveAttribute("aria-invalid");
  await expect(main.getByText(/Số di động không hợp lệ/)).toHaveCount(0);
  await main.getByRole("button", { name: "Đặt hàng" }).click();

  const { orderId, code } = await expectPayPage(page);

  await page.goto("/account/orders");
  const listed = page.getByRole("main").locator(`[data-order-code="${code}"]`);
  await expect(listed).toBeVisible();
  await expect(listed.locator('[data-status="pending_payment"]').first()).toBeVisible();

  await page.goto(`/account/orders/${orderId}`);
  await expect(page.getByRole("main").getByText("Phạm Thị Thu")).toBeVisible();
  await expect(page.getByRole("main").locator('[data-status="pending_payment"]').first()).toBeVisible();
  await expect(page.getByRole("main").getByText(product.name)).toBeVisible();
});

test("without JavaScript: province → ward by a GET reload, a double submit places one order", async ({ browser, request }) => {
  const product = await inStockProduct(request, 1);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await registerUser(page, { name: "Phạm Thị Thu", emailPrefix: "checkout" });
    const main = page.getByRole("main");

    await addToCart(page, product);
    await page.goto("/checkout");
    await fillNewAddress(page, { javaScript: false });
    await main.getByRole("radio", { name: /VietQR/ }).check();
    // A field left wrong comes back with its message, and nothing typed is lost.
    await main.getByLabel("Số điện thoại").fill("0212 345 678");
    await main.getByRole("button", { name: "Đặt hàng" }).click();
    await expect(main.getByLabel("Số điện thoại")).toHaveAccessibleDescription(/Số di động không hợp lệ/);
    await expect(main.getByLabel("Họ và tên người nhận")).toHaveValue("Phạm Thị Thu");
    await main.getByLabel("Số điện thoại").fill("0935 112 233");

    // Two clicks in a row: the browser posts twice, with the same idempotency key.
    await main.getByRole("button", { name: "Đặt hàng" }).dblclick();
    const { code } = await expectPayPage(page);

    await page.goto("/account/orders");
    await expect(page.getByRole("main").locator("[data-order-code]")).toHaveCount(1);
    await expect(page.getByRole("main").locator(`[data-order-code="${code}"] [data-status="pending_payment"]`).first()).toBeVisible();
  } finally {
    await context.close();
  }
});

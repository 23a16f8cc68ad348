// Issue 5, end to end, each step through the UI as a person would: a new user registers and
// applies to sell; the operator approves (in its own browser context); the new seller lists a
// product with two variants and a photo and publishes it; a shopper finds it through search;
// the seller restocks with a reason; the shopper orders both variants and pays by VietQR (a
// signed bank notification marks the order paid); the seller confirms, ships and delivers;
// /seller/balance shows the credit: line totals minus the default 5 % commission.
// Everything here is this test's own (seller, product, shopper): other specs running at the
// same time suspend sellers and buy demo stock.
import fs from "node:fs/promises";
import sharp from "sharp";
import { applyToSell, approveSellerAsAdmin, checkoutByTransfer, expect, payByBankTransfer, registerUser, test, token } from "./fixtures";

/** The platform's default commission (5 %) in basis points; a new seller has no rate of its own. */
const DEFAULT_COMMISSION_BPS = 500;

/** "178.600 ₫", as formatVnd prints money (a plain space before the sign). */
function vnd(amount: number): string {
  return `${amount.toLocaleString("de-DE")} ₫`;
}

test("a new seller applies, is approved, lists, sells, fulfils and is credited", async ({ page, browser, request, baseURL }, testInfo) => {
  test.setTimeout(240_000);
  const tag = token();
  const sellerName = `Hợp tác xã Bánh tráng Thuận Hưng ${tag}`;
  const productName = `Bánh tráng sữa Thuận Hưng ${tag}`;
  const small = { label: "Gói 200 g", sku: `BT-${tag.toUpperCase()}-200`, price: 45_000, stock: 12 };
  const large = { label: "Gói 500 g", sku: `BT-${tag.toUpperCase()}-500`, price: 98_000, stock: 4 };
  const main = page.getByRole("main");

  await test.step("a fresh user registers and applies to sell", async () => {
    await registerUser(page, { name: "Nguyễn Thị Hồng Nhung", redirectTo: "/sell" });
    await expect(page).toHaveURL(/\/sell$/);
    await applyToSell(page, { business: sellerName, kind: "Hợp tác xã", representative: "Nguyễn Thị Hồng Nhung" });
    await expect(main.getByRole("heading", { level: 2, name: "Đang chờ duyệt" })).toBeVisible();
    // Not approved yet: the seller portal is closed, and says why.
    const closed = await page.goto("/seller/products/new");
    expect(closed?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Bạn chưa thể vào kênh người bán" })).toBeVisible();
    await expect(page.getByText(`Hồ sơ người bán "${sellerName}" đang chờ duyệt.`, { exact: false })).toBeVisible();
  });

  await test.step("the operator approves the application", async () => {
    await approveSellerAsAdmin(browser, sellerName);
  });

  let productUrl = "";
  await test.step("the new seller lists a product with two variants and a photo", async () => {
    await page.goto("/seller/products/new");
    await expect(main.getByRole("heading", { level: 1, name: "Thêm sản phẩm" })).toBeVisible();
    await main.getByLabel("Tên sản phẩm").fill(productName);
    await main.getByLabel("Danh mục").selectOption({ label: "Bánh kẹo và mứt" });
    await main.getByLabel("Mô tả").fill("Bánh tráng sữa nướng than, làm thủ công ở Mỏ Cày Bắc.");

    const first = main.getByRole("group", { name: "Phân loại 1" });
    await first.getByLabel("Tên phân loại").fill(small.label);
    await first.getByLabel("Mã SKU").fill(small.sku);
    await first.getByLabel("Giá (đồng)").fill("45.000");
    await first.getByLabel("Khối lượng khi giao (gam)").fill("250");
    await first.getByLabel("Tồn kho ban đầu").fill(String(small.stock));
    await main.getByRole("button", { name: "Thêm phân loại" }).click();
    const second = main.getByRole("group", { name: "Phân loại 2" });
    await second.getByLabel("Tên phân loại").fill(large.label);
    await second.getByLabel("Mã SKU").fill(large.sku);
    await second.getByLabel("Giá (đồng)").fill("98000");
    await second.getByLabel("Khối lượng khi giao (gam)").fill("560");
    await second.getByLabel("Tồn kho ban đầu").fill(String(large.stock));

    // A real JPEG on disk, as a seller's phone would hand it over.
    const photo = testInfo.outputPath("banh-trang.jpg");
    await fs.writeFile(photo, await sharp({ create: { width: 640, height: 480, channels: 3, background: "#e9c46a" } }).jpeg({ quality: 80 }).toBuffer());
    await main.getByLabel("Thêm ảnh").setInputFiles(photo);
    await main.getByRole("button", { name: "Tạo sản phẩm" }).click();

    await expect(page).toHaveURL(/\/seller\/products\/[a-z0-9]+\?saved=1$/, { timeout: 20_000 });
    await expect(main.getByRole("status")).toHaveText("Đã lưu sản phẩm.");
    await expect(main.getByRole("heading", { level: 1 })).toContainText("Bản nháp");
    await expect(main.getByRole("img", { name: "Ảnh 1" })).toBeVisible();
  });

  await test.step("publishes it", async () => {
    await main.getByRole("radio", { name: "Đang bán" }).check();
    await main.getByRole("button", { name: "Lưu thay đổi" }).click();
    await expect(main.getByRole("heading", { level: 1 })).toContainText("Đang bán", { timeout: 20_000 });
  });

  // The shopper: a context of its own, so the seller stays logged in on `page`.
  const shopperContext = await browser.newContext({ baseURL, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const shopper = await shopperContext.newPage();
  const shop = shopper.getByRole("main");
  try {
    await test.step("a shopper finds it through search once the outbox worker indexed it", async () => {
      const query = `banh trang sua thuan hung ${tag}`;
      const card = shop.getByRole("article").filter({ hasText: productName });
      await expect(async () => {
        await shopper.goto(`/search?q=${encodeURIComponent(query)}`);
        await expect(card).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 30_000, intervals: [500, 1_000] });
      await expect(card).toContainText(sellerName);
      await card.getByRole("link", { name: productName }).first().click();
      await expect(shop.getByRole("heading", { level: 1, name: productName })).toBeVisible();
      productUrl = new URL(shopper.url()).pathname;
    });

    await test.step("the seller restocks the small pack with a reason", async () => {
      await page.goto(`/seller/inventory?q=${encodeURIComponent(small.sku)}`);
      const row = main.getByRole("listitem", { name: `${productName} · ${small.label}` });
      await expect(row.getByRole("definition").first()).toHaveText(String(small.stock));
      await row.getByText("Điều chỉnh tồn kho").click();
      await row.getByLabel("Lý do").selectOption({ label: "Nhập thêm hàng" });
      await row.getByLabel("Số lượng").fill("6");
      await row.getByLabel("Ghi chú").fill("Mẻ bánh nướng sáng nay");
      await row.getByRole("button", { name: "Lưu điều chỉnh" }).click();
      await expect(main.getByRole("status")).toHaveText(`Đã điều chỉnh ${productName} · ${small.label}: tồn kho mới ${small.stock + 6}.`, { timeout: 20_000 });
      await row.getByRole("link", { name: "Lịch sử nhập xuất" }).click();
      const latest = main.getByRole("table").getByRole("row").nth(1);
      await expect(latest).toContainText("Nhập thêm hàng");
      await expect(latest).toContainText("+6");
      await expect(latest).toContainText("Mẻ bánh nướng sáng nay");
    });

    /** Picks a variant on the product page: with JavaScript the choice applies itself; before hydration the shopper confirms it. */
    // A click is kept whether or not the page has hydrated yet (VariantPicker applies an early
    // choice; e2e/product-hydration.spec.ts covers that race on its own).
    const chooseVariant = async (label: string) => {
      const radio = shop.getByRole("radio", { name: new RegExp(label) });
      await radio.check();
      await expect(shopper).toHaveURL(/[?&]variant=/);
      await expect(radio).toBeChecked();
    };

    let code = "";
    await test.step("the shopper orders two small packs and one large and pays by bank transfer", async () => {
      await registerUser(shopper, { name: "Lê Thị Bảo Ngọc" });
      await shopper.goto(productUrl);
      await chooseVariant(small.label);
      await shop.getByLabel("Số lượng", { exact: true }).fill("2");
      await shop.getByRole("button", { name: "Thêm vào giỏ hàng" }).click();
      await expect(shopper).toHaveURL(/\/cart$/);
      await shopper.goto(productUrl);
      await chooseVariant(large.label);
      await shop.getByRole("button", { name: "Thêm vào giỏ hàng" }).click();
      await expect(shopper).toHaveURL(/\/cart$/);
      await expect(shop.getByText(small.label).first()).toBeVisible();
      await expect(shop.getByText(large.label).first()).toBeVisible();

      const order = await checkoutByTransfer(shopper, { recipient: "Lê Thị Bảo Ngọc", phone: "0913456789", street: "45 Đường Mậu Thân" });
      code = order.code;
      await payByBankTransfer(request, order, { tag: "SJ", content: `${code} chuyen tien mua banh trang` });
    });

    await test.step("the seller sees the order, confirms, ships and delivers it", async () => {
      await page.goto("/seller/orders?status=paid");
      await main.getByRole("link", { name: `Xem đơn ${code}` }).click();
      await expect(main.getByRole("heading", { level: 1, name: new RegExp(`Đơn hàng ${code}`) })).toBeVisible();
      await expect(main.getByText(`${productName} · ${small.label}`)).toBeVisible();
      await expect(main.getByText(`${productName} · ${large.label}`)).toBeVisible();

      await main.getByRole("button", { name: "Xác nhận đơn" }).click();
      await expect(main.getByRole("status").filter({ hasText: "Đã xác nhận đơn hàng." })).toBeVisible();
      await main.getByLabel("Đơn vị vận chuyển").selectOption("Viettel Post");
      await main.getByLabel("Mã vận đơn").fill(`VTP${tag.toUpperCase()}001`);
      await main.getByRole("button", { name: "Đánh dấu đã gửi hàng" }).click();
      await expect(main.getByRole("status").filter({ hasText: "Đã ghi nhận gửi hàng." })).toBeVisible();
      await expect(main.getByText(`Viettel Post · Mã vận đơn VTP${tag.toUpperCase()}001`).first()).toBeVisible();
      await main.getByRole("button", { name: "Đánh dấu đã giao" }).click();
      await expect(main.getByRole("status").filter({ hasText: "Đã ghi nhận giao hàng." })).toBeVisible();
      await expect(main.locator('h1 [data-status="delivered"]')).toBeVisible();
    });

    await test.step("/seller/balance shows the credit: line totals minus the 5 % commission", async () => {
      const gross = 2 * small.price + large.price; // 188.000 đ
      const commission = Math.round((gross * DEFAULT_COMMISSION_BPS) / 10_000); // 9.400 đ
      const net = gross - commission; // 178.600 đ
      await page.goto("/seller/balance");
      await expect(main.getByRole("heading", { level: 1, name: "Số dư" })).toBeVisible();
      const row = main.getByRole("row").filter({ has: page.getByRole("link", { name: `Bán hàng — đơn ${code}` }) });
      await expect(row.getByRole("cell").nth(2)).toHaveText(vnd(gross));
      await expect(row.getByRole("cell").nth(3)).toHaveText(`−${vnd(commission)}`);
      await expect(row.getByRole("cell").nth(4)).toHaveText(`+${vnd(net)}`);
      // A brand-new shop: its balance is exactly this one sale.
      await expect(page.getByTestId("balance")).toHaveText(vnd(net));
      expect(vnd(net)).toBe("178.600 ₫");
    });

    await test.step("the shopper follows the delivery", async () => {
      await shopper.goto("/account/orders");
      await shop.getByRole("link", { name: new RegExp(code) }).first().click();
      await expect(shop.locator('[data-status="delivered"]').first()).toBeVisible();
    });
  } finally {
    await shopperContext.close();
  }
});

// Issue 6, end to end: a new user applies to sell; the operator approves the application in the
// console; the new seller adds its OCOP certificate (with a scan) and lists a product linked to it;
// the operator verifies the certificate; a shopper searching WITHOUT diacritics finds the product
// with its OCOP badge (stars) in the results and on the product page. Before the verification the
// product is searchable but shows no badge.
// The seller, certificate, product and accounts are this test's own.
import sharp from "sharp";
import { applyToSell, DEMO_ACCOUNTS, DEMO_PASSWORD, expect, expectLoggedIn, registerUser, submitLoginForm, test, token } from "./fixtures";

test("operator approves a new seller and verifies its OCOP certificate; shoppers find the product with its badge without diacritics", async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  const tag = token();
  const sellerName = `Hợp tác xã Ong mật Tràm Chim ${tag}`;
  const productName = `Mật ong rừng U Minh ${tag}`;
  const query = `mat ong rung u minh ${tag}`;
  const certName = "Mật ong rừng U Minh";
  const decision = `${1000 + Math.floor(Math.random() * 9000)}/QĐ-UBND-${tag.toUpperCase()}`;
  const main = page.getByRole("main");
  const badge = "OCOP 4 sao";

  await test.step("a new user applies to sell", async () => {
    await registerUser(page, { name: "Võ Văn Tràm", redirectTo: "/sell" });
    await applyToSell(page, { business: sellerName, kind: "Hợp tác xã", representative: "Võ Văn Tràm", province: "Cà Mau" });
  });

  const adminContext = await browser.newContext({ baseURL, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const admin = await adminContext.newPage();
  const ops = admin.getByRole("main");
  const shopperContext = await browser.newContext({ baseURL, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const shopper = await shopperContext.newPage();
  const shop = shopper.getByRole("main");
  try {
    await test.step("the operator approves it in the console", async () => {
      await admin.goto("/login");
      await submitLoginForm(admin, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
      await expectLoggedIn(admin);
      await admin.goto("/admin");
      await ops.getByRole("link", { name: "Duyệt người bán" }).click();
      await expect(admin).toHaveURL(/\/admin\/sellers\?status=PENDING$/);
      // The queue may be long: narrow it by name as an operator would.
      await ops.getByLabel("Tìm theo tên, mã số thuế, email hoặc số điện thoại").fill(tag);
      await ops.getByRole("button", { name: "Tìm", exact: true }).click();
      await ops.getByRole("link", { name: sellerName, exact: true }).click();
      await expect(ops.getByRole("heading", { level: 1, name: sellerName })).toBeVisible();
      await expect(ops.getByText("Võ Văn Tràm").first()).toBeVisible();
      await expect(ops.getByText(/, Cà Mau$/).first()).toBeVisible();
      await ops.getByRole("button", { name: "Duyệt", exact: true }).click();
      await expect(admin).toHaveURL(/\?done=approve$/);
      await expect(ops.getByRole("status")).toContainText("Đã duyệt người bán");
      await expect(ops.getByText("Trạng thái hiện tại: Đang hoạt động")).toBeVisible();
    });

    await test.step("the new seller adds its OCOP certificate with a scan", async () => {
      await page.goto("/seller/certificates/new");
      await main.getByLabel("Tên sản phẩm trên quyết định").fill(certName);
      await main.getByLabel("Số quyết định").fill(decision);
      await main.getByLabel("Ngày ký quyết định").fill("15/03/2025");
      await main.getByLabel("Cơ quan ban hành").fill("UBND tỉnh Cà Mau");
      await main.getByRole("radio", { name: "4 sao" }).check();
      await main.getByLabel("Nhóm sản phẩm OCOP").selectOption({ label: "Thực phẩm" });
      const scan = await sharp({ create: { width: 800, height: 1100, channels: 3, background: "#fdfdf8" } }).jpeg().toBuffer();
      await main.getByLabel("Bản chụp quyết định").setInputFiles({ name: "quyet-dinh-ocop.jpg", mimeType: "image/jpeg", buffer: scan });
      await main.getByRole("button", { name: "Gửi xác minh" }).click();
      await expect(page).toHaveURL(/\/seller\/certificates\?added=1$/, { timeout: 20_000 });
      await expect(main.getByRole("listitem", { name: decision })).toContainText("Chờ xác minh");
    });

    await test.step("lists a product linked to the certificate and publishes it", async () => {
      await page.goto("/seller/products/new");
      await main.getByLabel("Tên sản phẩm").fill(productName);
      await main.getByLabel("Danh mục").selectOption({ label: "Mật ong và sản phẩm từ ong" });
      await main.getByLabel("Mô tả").fill("Mật ong khai thác từ rừng tràm U Minh Hạ, không pha trộn.");
      const certificate = main.getByLabel("Giấy chứng nhận OCOP");
      const option = certificate.locator("option").filter({ hasText: decision });
      await certificate.selectOption((await option.getAttribute("value"))!);
      const variant = main.getByRole("group", { name: "Phân loại 1" });
      await variant.getByLabel("Tên phân loại").fill("Chai 500 ml");
      await variant.getByLabel("Mã SKU").fill(`MO-${tag.toUpperCase()}`);
      await variant.getByLabel("Giá (đồng)").fill("180.000");
      await variant.getByLabel("Khối lượng khi giao (gam)").fill("750");
      await variant.getByLabel("Tồn kho ban đầu").fill("30");
      await main.getByRole("button", { name: "Tạo sản phẩm" }).click();
      await expect(page).toHaveURL(/\/seller\/products\/[a-z0-9]+\?saved=1$/, { timeout: 20_000 });
      await main.getByRole("radio", { name: "Đang bán" }).check();
      await main.getByRole("button", { name: "Lưu thay đổi" }).click();
      await expect(main.getByRole("heading", { level: 1 })).toContainText("Đang bán", { timeout: 20_000 });
    });

    const card = shop.getByRole("article").filter({ hasText: productName });
    await test.step("before verification: searchable without diacritics, but no OCOP badge", async () => {
      await expect(async () => {
        await shopper.goto(`/search?q=${encodeURIComponent(query)}`);
        await expect(card).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 30_000, intervals: [500, 1_000] });
      await expect(card.getByText(badge)).toHaveCount(0);
    });

    await test.step("the operator verifies the certificate", async () => {
      await admin.goto(`/admin/certificates?q=${encodeURIComponent(decision)}`);
      await ops.getByRole("link", { name: certName, exact: true }).click();
      await expect(ops.getByRole("heading", { level: 1 })).toContainText(certName);
      await expect(ops.getByText(decision).first()).toBeVisible();
      await expect(ops.getByRole("img", { name: `Bản quét quyết định ${decision}` })).toBeVisible();
      // The product using it is listed on the certificate's page.
      await expect(ops.getByText(productName).first()).toBeVisible();
      await ops.getByRole("button", { name: "Xác minh", exact: true }).click();
      await expect(admin).toHaveURL(/\?done=verify$/);
      await expect(ops.getByRole("status")).toContainText("Đã xác minh giấy chứng nhận");
    });

    await test.step("a shopper searching without diacritics sees the product with its OCOP badge", async () => {
      await expect(async () => {
        await shopper.goto(`/search?q=${encodeURIComponent(query)}`);
        await expect(card.getByText(badge)).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 30_000, intervals: [500, 1_000] });
      await expect(card).toContainText(sellerName);
      await card.getByRole("link", { name: productName }).first().click();
      await expect(shop.getByRole("heading", { level: 1, name: productName })).toBeVisible();
      await expect(shop.getByText(badge).first()).toBeVisible();
      await expect(shop.getByText(decision).first()).toBeVisible();
    });
  } finally {
    await adminContext.close();
    await shopperContext.close();
  }
});

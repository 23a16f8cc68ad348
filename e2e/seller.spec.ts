// The seller portal as a cooperative's manager uses it: list a product with two
// variants and a photo, publish it, find it through search without diacritics,
// restock it and see the movement; add an OCOP certificate with its scan; and a
// new user applying to sell.
import sharp from "sharp";
import { expect, strongPassword, test, uniqueEmail } from "./fixtures";

/** Lower-case letters only, so search tokenises it as one word. */
function token(length = 6): string {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}

test("seller lists a product with two variants and a photo, publishes it, finds it in search, restocks it", async ({ page, loginAs }) => {
  test.setTimeout(90_000);
  await loginAs("seller");
  const tag = token();
  const name = `Mứt gừng Cồn Sơn ${tag}`;
  const skuSmall = `MG-${tag.toUpperCase()}-200`;
  const skuLarge = `MG-${tag.toUpperCase()}-500`;

  await page.goto("/seller/products/new");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: "Thêm sản phẩm" })).toBeVisible();
  await main.getByLabel("Tên sản phẩm").fill(name);
  await main.getByLabel("Danh mục").selectOption({ label: "Bánh kẹo và mứt" });
  await main.getByLabel("Mô tả").fill("Gừng non sên đường thốt nốt, không chất bảo quản.");

  const first = main.getByRole("group", { name: "Phân loại 1" });
  await first.getByLabel("Tên phân loại").fill("Hộp 200 g");
  await first.getByLabel("Mã SKU").fill(skuSmall);
  await first.getByLabel("Giá (đồng)").fill("45.000");
  await first.getByLabel("Khối lượng khi giao (gam)").fill("250");
  await first.getByLabel("Tồn kho ban đầu").fill("12");

  await main.getByRole("button", { name: "Thêm phân loại" }).click();
  const second = main.getByRole("group", { name: "Phân loại 2" });
  await expect(second).toBeVisible();
  await second.getByLabel("Tên phân loại").fill("Hộp 500 g");
  await second.getByLabel("Mã SKU").fill(skuLarge);
  await second.getByLabel("Giá (đồng)").fill("98000");
  await second.getByLabel("Khối lượng khi giao (gam)").fill("560");
  await second.getByLabel("Tồn kho ban đầu").fill("4");

  const photo = await sharp({ create: { width: 480, height: 480, channels: 3, background: "#c2570c" } }).png().toBuffer();
  await main.getByLabel("Thêm ảnh").setInputFiles({ name: "mut-gung.png", mimeType: "image/png", buffer: photo });
  await main.getByRole("button", { name: "Tạo sản phẩm" }).click();

  await expect(page).toHaveURL(/\/seller\/products\/[a-z0-9]+\?saved=1$/, { timeout: 20_000 });
  await expect(main.getByRole("status")).toHaveText("Đã lưu sản phẩm.");
  await expect(main.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(main.getByRole("heading", { level: 1 })).toContainText("Bản nháp");
  await expect(main.getByRole("img", { name: "Ảnh 1" })).toBeVisible();

  // Publish.
  await main.getByRole("radio", { name: "Đang bán" }).check();
  await main.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toContainText("Đang bán", { timeout: 20_000 });

  // Shoppers find it by its name without diacritics once the outbox has been drained.
  const query = `mut gung con son ${tag}`;
  await expect(async () => {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole("main").getByRole("article").filter({ hasText: name })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000, intervals: [500, 1_000] });

  // Restock the small box by 5.
  await page.goto(`/seller/inventory?q=${encodeURIComponent(skuSmall)}`);
  const row = page.getByRole("main").getByRole("listitem", { name: `${name} · Hộp 200 g` });
  await expect(row.getByRole("definition").first()).toHaveText("12");
  await row.getByText("Điều chỉnh tồn kho").click();
  await row.getByLabel("Lý do").selectOption({ label: "Nhập thêm hàng" });
  await row.getByLabel("Số lượng").fill("5");
  await row.getByLabel("Ghi chú").fill("Mẻ mứt mới");
  await row.getByRole("button", { name: "Lưu điều chỉnh" }).click();

  await expect(page.getByRole("main").getByRole("status")).toHaveText(`Đã điều chỉnh ${name} · Hộp 200 g: tồn kho mới 17.`, { timeout: 20_000 });
  await expect(row.getByRole("definition").first()).toHaveText("17");

  await row.getByRole("link", { name: "Lịch sử nhập xuất" }).click();
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(`${name} · Hộp 200 g`);
  const history = page.getByRole("main").getByRole("table");
  const latest = history.getByRole("row").nth(1);
  await expect(latest).toContainText("Nhập thêm hàng");
  await expect(latest).toContainText("+5");
  await expect(latest).toContainText("17");
  await expect(latest).toContainText("Mẻ mứt mới");
  await expect(history.getByRole("row").nth(2)).toContainText("Tồn kho ban đầu");
});

test("seller adds an OCOP certificate with a scan that only the shop can open", async ({ page, loginAs, playwright, baseURL }) => {
  await loginAs("seller");
  const decision = `${Math.floor(Math.random() * 9000) + 1000}/QĐ-UBND`;
  await page.goto("/seller/certificates/new");
  const main = page.getByRole("main");
  await main.getByLabel("Tên sản phẩm trên quyết định").fill("Mứt gừng Cồn Sơn");
  await main.getByLabel("Số quyết định").fill(decision);
  await main.getByLabel("Ngày ký quyết định").fill("15/03/2025");
  await main.getByLabel("Cơ quan ban hành").fill("UBND thành phố Cần Thơ");
  await main.getByRole("radio", { name: "4 sao" }).check();
  await main.getByLabel("Nhóm sản phẩm OCOP").selectOption({ label: "Thực phẩm" });
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
  await main.getByLabel("Bản chụp quyết định").setInputFiles({ name: "quyet-dinh.pdf", mimeType: "application/pdf", buffer: pdf });
  await main.getByRole("button", { name: "Gửi xác minh" }).click();

  await expect(page).toHaveURL(/\/seller\/certificates\?added=1$/, { timeout: 20_000 });
  const card = main.getByRole("listitem", { name: decision });
  await expect(card).toContainText("Chờ xác minh");
  await expect(card).toContainText("15/03/2028"); // 36 months

  const href = await card.getByRole("link", { name: "Xem bản chụp" }).getAttribute("href");
  const own = await page.request.get(href!);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("application/pdf");

  // Anyone else (here: not logged in) gets nothing, and /media never serves the private folder.
  const anonymous = await playwright.request.newContext({ baseURL });
  const stranger = await anonymous.get(href!, { maxRedirects: 0 });
  expect(stranger.status()).toBe(302);
  expect((await anonymous.get("/media/.private/certificates/x/abcdefgh.pdf")).status()).toBeGreaterThanOrEqual(400);
  await anonymous.dispose();
});

test("a new user applies to sell and sees the application waiting", async ({ page }) => {
  test.setTimeout(60_000);
  const email = uniqueEmail("apply");
  await page.goto("/register?redirectTo=/sell");
  const main = page.getByRole("main");
  await main.getByLabel("Họ và tên").fill("Trần Thị Mai");
  await main.getByLabel("Email", { exact: true }).fill(email);
  await main.getByLabel("Mật khẩu", { exact: true }).fill(strongPassword());
  await main.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page).toHaveURL(/\/sell$/);
  await expect(main.getByRole("heading", { level: 1, name: "Đăng ký bán hàng" })).toBeVisible();

  await main.getByLabel("Tên cơ sở kinh doanh").fill(`Hộ kinh doanh Bánh Pía Mai ${token(4)}`);
  await main.getByRole("radio", { name: "Hộ kinh doanh" }).check();
  await main.getByLabel("Mã số thuế").fill(`0941${String(Date.now()).slice(-8)}`);
  await main.getByLabel("Số điện thoại").fill("0918 234 567");
  await expect(main.getByLabel("Email liên hệ")).toHaveValue(email);
  await main.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Cần Thơ" });
  const ward = main.getByLabel("Phường, xã, đặc khu");
  await expect(ward.getByRole("option")).not.toHaveCount(1); // the province's wards arrived
  await ward.selectOption({ index: 1 });
  await main.getByLabel("Địa chỉ chi tiết").fill("Ấp Phú Thạnh");
  await main.getByLabel("Câu chuyện của cơ sở").fill("Ba thế hệ làm bánh pía nhân sầu riêng.");
  await main.getByLabel("Ngân hàng").selectOption({ label: "Agribank — Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam" });
  await main.getByLabel("Số tài khoản").fill("7606201004599");
  await main.getByLabel("Tên chủ tài khoản").fill("Tran Thi Mai");
  await main.getByRole("button", { name: "Gửi hồ sơ" }).click();

  await expect(page).toHaveURL(/\/sell\?submitted=1$/, { timeout: 20_000 });
  await expect(main.getByRole("heading", { level: 2, name: "Đang chờ duyệt" })).toBeVisible();
  await expect(main.getByRole("status")).toContainText("Đã gửi hồ sơ");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the application form reloads the chosen province's wards, keeping what was typed, and submits", async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto("/register?redirectTo=/sell");
    const main = page.getByRole("main");
    await main.getByLabel("Họ và tên").fill("Lê Văn Tâm");
    await main.getByLabel("Email", { exact: true }).fill(uniqueEmail("apply-nojs"));
    await main.getByLabel("Mật khẩu", { exact: true }).fill(strongPassword());
    await main.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(page).toHaveURL(/\/sell$/);

    const business = `Hợp tác xã Khóm Cầu Đúc ${token(4)}`;
    await main.getByLabel("Tên cơ sở kinh doanh").fill(business);
    await main.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Cần Thơ" });
    await main.getByRole("button", { name: "Hiện danh sách phường, xã của tỉnh đã chọn" }).click();

    await expect(page).toHaveURL(/provinceCode=92/);
    await expect(main.getByLabel("Tên cơ sở kinh doanh")).toHaveValue(business);
    await expect(main.getByLabel("Tỉnh, thành phố")).toHaveValue("92");
    const ward = main.getByLabel("Phường, xã, đặc khu");
    await expect(ward.getByRole("option")).not.toHaveCount(1);
    await ward.selectOption({ index: 1 });

    await main.getByRole("radio", { name: "Hợp tác xã" }).check();
    await main.getByLabel("Mã số thuế").fill("1800155245"); // its check digit is wrong: the server says so
    await main.getByLabel("Số điện thoại").fill("0939 112 468");
    await main.getByLabel("Địa chỉ chi tiết").fill("Ấp Thạnh Lợi");
    await main.getByLabel("Ngân hàng").selectOption({ label: "Agribank — Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam" });
    await main.getByLabel("Số tài khoản").fill("7606201004511");
    await main.getByLabel("Tên chủ tài khoản").fill("HTX KHOM CAU DUC");
    await main.getByRole("button", { name: "Gửi hồ sơ" }).click();

    // The error is next to the field and nothing typed is lost.
    await expect(main.getByText("Mã số thuế không đúng (chữ số kiểm tra không khớp). Vui lòng kiểm tra lại")).toBeVisible();
    await expect(main.getByLabel("Tên cơ sở kinh doanh")).toHaveValue(business);
    await expect(main.getByLabel("Số tài khoản")).toHaveValue("7606201004511");

    await main.getByLabel("Mã số thuế").fill("1800155244");
    await main.getByRole("button", { name: "Gửi hồ sơ" }).click();
    await expect(main.getByRole("heading", { level: 2, name: "Đang chờ duyệt" })).toBeVisible();
  });
});

// An operator settles a transfer the bank feed could not match: a shopper pays
// with a mistyped order code, the admin finds the order among the suggestions on
// /admin/payments, confirms it, and the order's timeline on /admin/orders shows it paid.
import crypto from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { QRPay } from "vietnam-qr-pay";
import { expect, strongPassword, test, uniqueEmail } from "./fixtures";

const BANK_WEBHOOK_SECRET = process.env.BANK_WEBHOOK_SECRET ?? "e2e-bank-webhook-secret-0123456789";

type ApiProduct = { slug: string; variants: { id: string; available: number; price: number }[] };

async function inStockProduct(request: APIRequestContext): Promise<ApiProduct> {
  const search = await request.get("/api/v1/search?perPage=100");
  expect(search.ok()).toBe(true);
  const { hits } = (await search.json()) as { hits: { slug: string }[] };
  for (const hit of hits) {
    const product = (await (await request.get(`/api/v1/products/${hit.slug}`)).json()) as ApiProduct;
    // A product can leave the storefront between the search and this request (another spec suspends its seller).
    if (!product.variants) continue;
    if (product.variants.length === 1 && product.variants[0].available >= 5) return product;
  }
  throw new Error("no seeded single-variant product in stock");
}

async function placeVietQrOrder(page: Page, product: ApiProduct) {
  await page.goto("/register");
  const main = page.getByRole("main");
  await main.getByLabel("Họ và tên", { exact: true }).fill("Lê Thị Gõ Nhầm");
  await main.getByLabel("Email", { exact: true }).fill(uniqueEmail("admin-pay"));
  await main.getByLabel("Mật khẩu", { exact: true }).fill(strongPassword());
  await main.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
  await expect(page.getByRole("banner").getByRole("button", { name: "Đăng xuất" })).toBeVisible();

  await page.goto(`/products/${product.slug}`);
  await main.getByRole("button", { name: "Thêm vào giỏ hàng" }).click();
  await expect(page).toHaveURL(/\/cart$/);

  await page.goto("/checkout");
  await main.getByLabel("Họ và tên người nhận").fill("Lê Thị Gõ Nhầm");
  await main.getByLabel("Số điện thoại").fill("0912345678");
  await main.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Cần Thơ" });
  const ward = main.getByLabel("Phường, xã, đặc khu");
  const loadWards = main.getByRole("button", { name: "Tải danh sách phường, xã" });
  if (await loadWards.isVisible()) await loadWards.click();
  await expect(ward.locator("option")).not.toHaveCount(1);
  await ward.selectOption((await ward.locator("option").nth(1).getAttribute("value"))!);
  await main.getByLabel("Số nhà, tên đường, ấp, thôn").fill("12 Đường 30/4");
  await main.getByRole("radio", { name: /VietQR/ }).check();
  await main.getByRole("button", { name: "Đặt hàng" }).click();
  await expect(page).toHaveURL(/\/account\/orders\/[^/]+\/pay$/);

  const parsed = new QRPay((await page.locator("[data-payload]").getAttribute("data-payload"))!);
  return { code: parsed.additionalData.purpose!, amount: Number(parsed.amount), accountNo: parsed.consumer.bankNumber! };
}

test("an unmatched transfer (mistyped code) is confirmed by an admin from the suggestions; the order is paid", async ({ page, browser, request, baseURL }) => {
  test.setTimeout(90_000);
  const product = await inStockProduct(request);
  const { code, amount, accountNo } = await placeVietQrOrder(page, product);

  // The shopper mistypes the last character of the code: the feed can't match it.
  const mistyped = code.slice(0, -1) + (code.endsWith("X") ? "Y" : "X");
  const notificationId = `FT${Date.now()}E2E`;
  const raw = JSON.stringify({ id: notificationId, amount, content: `CT tu 0123456789 LE THI GO NHAM ${mistyped}`, accountNumber: accountNo, transactionAt: new Date().toISOString() });
  const signature = "sha256=" + crypto.createHmac("sha256", BANK_WEBHOOK_SECRET).update(raw).digest("hex");
  const notified = await request.post("/webhooks/bank-transfer", { data: raw, headers: { "Content-Type": "application/json", "X-Signature": signature } });
  expect(await notified.json()).toMatchObject({ ok: true, match: "unmatched" });

  // The operator, in a separate browser session.
  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await admin.goto("/login?redirectTo=/admin/payments");
  const login = admin.getByRole("main");
  await login.getByLabel("Email", { exact: true }).fill("admin@example.com");
  await login.getByLabel("Mật khẩu", { exact: true }).fill("ocop-demo-2026");
  await login.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(admin).toHaveURL(/\/admin\/payments$/);

  const transfer = admin.getByRole("main").getByRole("listitem", { name: notificationId });
  await expect(transfer).toBeVisible();
  await expect(transfer.getByText("Cùng số tiền").first()).toBeVisible();
  await transfer.getByRole("button", { name: `Xác nhận cho đơn ${code}` }).click();
  await expect(admin.getByRole("status")).toHaveText("Đã xác nhận chuyển khoản cho đơn hàng.");
  await expect(admin.getByRole("main").getByRole("listitem", { name: notificationId })).toHaveCount(0);

  // The order, found by its code, is paid; its timeline says so.
  await admin.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Đơn hàng" }).click();
  const orders = admin.getByRole("main");
  await orders.getByLabel("Mã đơn, email hoặc tên người mua, tên người bán").fill(code.toLowerCase());
  await orders.getByRole("button", { name: "Tìm" }).click();
  await expect(admin).toHaveURL(/\/admin\/orders\?q=/);
  await orders.getByRole("link", { name: code }).click();
  await expect(admin.getByRole("heading", { level: 1, name: code })).toBeVisible();
  const timeline = admin.getByRole("region", { name: "Lịch sử đơn hàng" });
  await expect(timeline.getByText("Đã nhận thanh toán").first()).toBeVisible();
  await expect(admin.getByRole("region", { name: "Chuyển khoản nhận được" }).getByText("Xác nhận thủ công")).toBeVisible();
  await adminContext.close();

  // The shopper sees it paid too.
  await page.goto(page.url().replace(/\/pay$/, ""));
  await expect(page.getByRole("main").locator('[data-status="paid"]').first()).toBeVisible();
});

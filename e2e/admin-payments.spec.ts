// An operator settles a transfer the bank feed could not match: a shopper pays
// with a mistyped order code, the admin finds the order among the suggestions on
// /admin/payments, confirms it, and the order's timeline on /admin/orders shows it paid.
import { expect, findProduct, notifyBankTransfer, placeTransferOrder, test } from "./fixtures";

test("an unmatched transfer (mistyped code) is confirmed by an admin from the suggestions; the order is paid", async ({ page, browser, request, baseURL }) => {
  test.setTimeout(90_000);
  const product = await findProduct(request);
  const { code, amount, accountNumber } = await placeTransferOrder(page, product, { shopper: "Lê Thị Gõ Nhầm", emailPrefix: "admin-pay", street: "12 Đường 30/4" });

  // The shopper mistypes the last character of the code: the feed can't match it.
  const mistyped = code.slice(0, -1) + (code.endsWith("X") ? "Y" : "X");
  const notificationId = `FT${Date.now()}E2E`;
  const notified = await notifyBankTransfer(request, { id: notificationId, amount, content: `CT tu 0123456789 LE THI GO NHAM ${mistyped}`, accountNumber, transactionAt: new Date().toISOString() });
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

// Paying an order: a shopper checks out with VietQR, the bank feed reports the
// transfer (a correctly signed notification, as the aggregator would send it) and
// the order shows paid; the confirmation email is in the admins' dev mailbox.
// Card payment goes through the fake Stripe when the e2e server configures it.
import type { Page } from "@playwright/test";
import { QRPay } from "vietnam-qr-pay";
import { formatVnd } from "~/lib/format";
import { addToCart, expect, findProduct, findProducts, notifyBankTransfer, payByBankTransfer, placeTransferOrder, registerUser, signBankNotification, submitCheckout, test } from "./fixtures";

async function registerShopper(page: Page) {
  await registerUser(page, { name: "Trần Thị Thanh Toán", emailPrefix: "pay" });
}

/** Fills the delivery address on /checkout and chooses how to pay. */
async function fillCheckout(page: Page, payment: RegExp) {
  await submitCheckout(page, { recipient: "Trần Thị Thanh Toán", street: "12 Đường 30/4", payment });
}

test("VietQR: a guest fills the cart from two sellers, registers, pays by transfer; a signed bank notification marks the order paid", async ({ page, request, loginAs }) => {
  // Two sellers, registration, checkout, a webhook, then the admin mailbox: a long journey on a busy machine.
  test.setTimeout(60_000);
  const [product, other] = await findProducts(request, 2, { fromEnd: true, distinctSellers: true });
  // As a guest: one product from each of two sellers.
  await addToCart(page, product);
  await addToCart(page, other);
  await registerShopper(page);
  // The guest cart was merged into the new account: both sellers' parts are there.
  await page.goto("/cart");
  await expect(page.getByRole("main").getByRole("link", { name: product.name }).first()).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: other.name }).first()).toBeVisible();
  await fillCheckout(page, /VietQR/);

  // The pay page: QR with its payload, the details as text.
  await expect(page).toHaveURL(/\/account\/orders\/[^/]+\/pay$/);
  const orderId = /\/account\/orders\/([^/]+)\/pay$/.exec(page.url())![1];
  const qr = page.locator("[data-payload]");
  await expect(qr).toBeVisible();
  const payload = (await qr.getAttribute("data-payload"))!;
  const parsed = new QRPay(payload);
  expect(parsed.isValid).toBe(true);
  const code = parsed.additionalData.purpose!;
  const amount = Number(parsed.amount);
  const accountNo = parsed.consumer.bankNumber!;
  expect(code).toMatch(/^OCOP[2-9A-HJKMNP-Z]{6}$/);
  expect(amount).toBeGreaterThanOrEqual(product.variants[0].price + other.variants[0].price);
  const main = page.getByRole("main");
  await expect(main.getByText(code).first()).toBeVisible();
  await expect(main.getByText(accountNo).first()).toBeVisible();

  // A forged notification is refused and changes nothing.
  const forged = await request.post("/webhooks/bank-transfer", {
    data: JSON.stringify({ id: `FT${Date.now()}X`, amount, content: code, accountNumber: accountNo, transactionAt: new Date().toISOString() }),
    headers: { "Content-Type": "application/json", "X-Signature": "sha256=" + "0".repeat(64) },
  });
  expect(forged.status()).toBe(401);

  // The bank feed reports the transfer, in the shape Vietnamese banks print it.
  const { raw, signature } = signBankNotification({
    id: `FT${Date.now()}`,
    amount,
    content: `MBVCB.3278${Date.now() % 10_000}.${code}.CT tu 0123456789 TRAN THI THANH TOAN toi ${accountNo}`,
    accountNumber: accountNo,
    transactionAt: new Date().toISOString(),
  });
  const notify = () => request.post("/webhooks/bank-transfer", { data: raw, headers: { "Content-Type": "application/json", "X-Signature": signature } });
  const first = await notify();
  expect(first.status()).toBe(200);
  expect(await first.json()).toMatchObject({ ok: true, duplicate: false, match: "matched" });
  // The feed retries: answered 200, nothing changes.
  expect(await (await notify()).json()).toMatchObject({ ok: true, duplicate: true });

  await page.goto(`/account/orders/${orderId}`);
  await expect(page.getByRole("main").locator('[data-status="paid"]').first()).toBeVisible();
  // Each seller's part is paid (one payment for many sellers): no status badge is still
  // waiting (timeline entries, <li data-status>, keep their history).
  await expect(page.getByRole("main").locator('span[data-status="pending_payment"]')).toHaveCount(0);
  expect(await page.getByRole("main").locator('span[data-status="paid"]').count()).toBeGreaterThanOrEqual(2);

  // The confirmation email, readable by admins in the dev mailbox (no SMTP on the e2e server).
  await loginAs("admin");
  await page.goto("/admin/mailbox");
  await expect(page.getByRole("main").getByRole("heading", { name: new RegExp(code) })).toBeVisible();
});

test("VietQR underpaid: the pay page asks for the missing amount with a new QR, and the rest completes the order", async ({ page, request }) => {
  test.setTimeout(60_000);
  const product = await findProduct(request, { skip: 3 });
  const order = await placeTransferOrder(page, product, { shopper: "Phạm Văn Thiếu", emailPrefix: "underpaid", street: "8 Lê Lợi" });
  const first = 10_000;
  const notified = await notifyBankTransfer(request, { id: `FT${Date.now()}U1`, amount: first, content: order.code, accountNumber: order.accountNumber, transactionAt: new Date().toISOString() });
  expect(await notified.json()).toMatchObject({ ok: true, match: "underpaid" });

  await page.reload();
  const main = page.getByRole("main");
  const missing = order.amount - first;
  await expect(main.getByRole("status")).toContainText(`Chợ OCOP đã nhận ${formatVnd(first)} cho đơn hàng ${order.code}, còn thiếu ${formatVnd(missing)}`);
  // The QR now carries only what is missing; the deadline moved on by a day.
  const qr = new QRPay((await main.locator("[data-payload]").getAttribute("data-payload"))!);
  expect(Number(qr.amount)).toBe(missing);
  expect(qr.additionalData.purpose).toBe(order.code);
  await expect(main.getByText(/Hạn thanh toán:/)).toBeVisible();
  await expect(main.locator("time").filter({ hasText: /^Còn 2[34](:\d\d:\d\d| giờ \d+ phút)$/ })).toBeVisible();

  await payByBankTransfer(request, { code: order.code, amount: missing, accountNumber: order.accountNumber }, { tag: "U2" });
  await page.reload();
  await expect(main.getByRole("status").getByText("Đã thanh toán", { exact: true })).toBeVisible();
});

test("card: Stripe Checkout (faked) completes and the order shows paid", async ({ page, request }) => {
  const product = await findProduct(request, { fromEnd: true });
  await registerShopper(page);
  await addToCart(page, product);
  await page.goto("/checkout");
  const card = page.getByRole("main").getByRole("radio", { name: /Thẻ quốc tế/ });
  test.skip((await card.count()) === 0, "card payment is not configured on the e2e server (STRIPE_* with the fake Stripe)");

  await fillCheckout(page, /Thẻ quốc tế/);
  // The fake's hosted checkout page (a stand-in for checkout.stripe.com).
  await expect(page.getByRole("heading", { name: "Stripe Checkout (giả lập)" })).toBeVisible();
  await page.getByRole("button", { name: "Thanh toán" }).click();
  await expect(page).toHaveURL(/\/account\/orders\/[^/?]+/);
  const orderId = /\/account\/orders\/([^/?]+)/.exec(page.url())![1];
  await page.goto(`/account/orders/${orderId}`);
  await expect(page.getByRole("main").locator('[data-status="paid"]').first()).toBeVisible();

});

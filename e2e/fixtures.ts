// Shared Playwright fixtures: log in as a demo account, make unique emails.
// The demo accounts come from prisma/seed.ts, which scripts/e2e-server.js runs on a
// fresh database before every run.
import crypto from "node:crypto";
import { test as base, expect, type APIRequestContext, type Browser, type BrowserContext, type Page, type Response } from "@playwright/test";
import { QRPay } from "vietnam-qr-pay";

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

export { expect };

export const DEMO_PASSWORD = "ocop-demo-2026";

export const DEMO_ACCOUNTS = {
  shopper: "shopper@example.com",
  seller: "seller@example.com",
  admin: "admin@example.com",
} as const;

export type Role = keyof typeof DEMO_ACCOUNTS;

let counter = 0;

/** An email no other test (or earlier run against a reused server) has used. */
export function uniqueEmail(prefix = "e2e"): string {
  counter += 1;
  const stamp = Date.now().toString(36);
  const random = Math.random().toString(36).slice(2, 8);
  return `${prefix}-${stamp}-${process.pid}-${counter}-${random}@example.com`;
}

/** A password that passes the registration rules. */
export function strongPassword(): string {
  return `cay-dua-ben-tre-${Math.random().toString(36).slice(2, 8)}`;
}

/** Fill and submit the real /login form (the page must already be showing it). */
export async function submitLoginForm(page: Page, email: string, password: string) {
  const main = page.getByRole("main");
  await main.getByLabel("Email", { exact: true }).fill(email);
  await main.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await main.getByRole("button", { name: "Đăng nhập", exact: true }).click();
}

/** Wait until the header shows someone logged in (the log-out button). */
export async function expectLoggedIn(page: Page, name?: string) {
  const header = page.getByRole("banner");
  await expect(header.getByRole("button", { name: "Đăng xuất", exact: true })).toBeVisible();
  if (name) await expect(header.getByRole("link", { name, exact: true })).toBeVisible();
}

type WorkerFixtures = {
  /** One logged-in session per demo role per worker, created on first use. */
  demoSessions: (role: Role) => Promise<StorageState>;
};

type TestFixtures = {
  /**
   * Log this test's browser context in as a demo account. The session was created once per
   * worker through the real login form (not a back door). Don't log out through it: that
   * revokes the shared session for the worker's later tests — log in with a registered user
   * (or submitLoginForm) to test logging out.
   */
  loginAs: (role: Role) => Promise<void>;
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  demoSessions: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const sessions = new Map<Role, Promise<StorageState>>();
      await use((role) => {
        let state = sessions.get(role);
        if (!state) {
          state = (async () => {
            const context = await browser.newContext({ baseURL });
            try {
              const page = await context.newPage();
              await page.goto("/login");
              await submitLoginForm(page, DEMO_ACCOUNTS[role], DEMO_PASSWORD);
              await expectLoggedIn(page);
              return await context.storageState();
            } finally {
              await context.close();
            }
          })();
          sessions.set(role, state);
        }
        return state;
      });
    },
    { scope: "worker" },
  ],

  loginAs: async ({ context, demoSessions }, use) => {
    await use(async (role) => {
      const state = await demoSessions(role);
      await context.addCookies(state.cookies);
    });
  },
});

/**
 * The operator approves a pending seller application through /admin/sellers, in a browser
 * context of its own (logged in as admin@example.com through the real form), so the calling
 * test's page keeps its own session. Finds the application by the business name.
 */
export async function approveSellerAsAdmin(browser: Browser, sellerName: string): Promise<void> {
  const context = await browser.newContext({ baseURL: base.info().project.use.baseURL, locale: "vi-VN" });
  try {
    const page = await context.newPage();
    await page.goto("/login");
    await submitLoginForm(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    await expectLoggedIn(page);
    await page.goto(`/admin/sellers?status=PENDING&q=${encodeURIComponent(sellerName)}`);
    const main = page.getByRole("main");
    await main.getByRole("link", { name: sellerName, exact: true }).click();
    await expect(main.getByRole("heading", { level: 1, name: sellerName })).toBeVisible();
    await main.getByRole("button", { name: "Duyệt", exact: true }).click();
    await expect(page).toHaveURL(/\?done=approve$/);
    await expect(main.getByText("Trạng thái hiện tại: Đang hoạt động")).toBeVisible();
  } finally {
    await context.close();
  }
}

/** Lower-case ASCII letters only, so search tokenises it as one word and it reads the same without diacritics. */
export function token(length = 6): string {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}

/** A random 10-digit enterprise/cooperative tax code whose check digit is right (see sellers/schemas.ts). */
export function validTaxCode(): string {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  for (;;) {
    const digits = Array.from({ length: 9 }, (_, i) => (i === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10)));
    const check = 10 - (digits.reduce((sum, d, i) => sum + d * weights[i], 0) % 11);
    if (check === 10) continue;
    return `${digits.join("")}${check === 11 ? 0 : check}`;
  }
}

/** Registers a fresh account through /register (optionally ?redirectTo=…); returns its email and password. */
export async function registerUser(
  page: Page,
  { name, redirectTo, emailPrefix = "journey" }: { name: string; redirectTo?: string; emailPrefix?: string },
): Promise<{ email: string; password: string }> {
  const email = uniqueEmail(emailPrefix);
  const password = strongPassword();
  await page.goto(redirectTo ? `/register?redirectTo=${encodeURIComponent(redirectTo)}` : "/register");
  const main = page.getByRole("main");
  await main.getByLabel("Họ và tên", { exact: true }).fill(name);
  await main.getByLabel("Email", { exact: true }).fill(email);
  await main.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await main.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
  await expectLoggedIn(page);
  return { email, password };
}

/**
 * Fills every field of the /sell application (the page must show it) and submits it; waits for
 * "Đang chờ duyệt". A small generated PNG is uploaded as the logo unless `logo: false`.
 */
export async function applyToSell(
  page: Page,
  { business, kind = "Hợp tác xã", representative, province = "Thành phố Cần Thơ", logo = true }: { business: string; kind?: "Hợp tác xã" | "Doanh nghiệp"; representative: string; province?: string; logo?: boolean },
): Promise<void> {
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: "Đăng ký bán hàng" })).toBeVisible();
  await main.getByLabel("Tên cơ sở kinh doanh").fill(business);
  await main.getByRole("radio", { name: kind, exact: true }).check();
  await main.getByLabel("Mã số thuế").fill(validTaxCode());
  await main.getByLabel("Người đại diện").fill(representative);
  await main.getByLabel("Số điện thoại").fill("0939 456 789");
  await main.getByLabel("Tỉnh, thành phố").selectOption({ label: province });
  const ward = main.getByLabel("Phường, xã, đặc khu");
  // Without JavaScript (or before hydration) the wards come from submitting the province.
  const loadWards = main.getByRole("button", { name: "Hiện danh sách phường, xã của tỉnh đã chọn" });
  if (await loadWards.isVisible()) await loadWards.click();
  await expect(ward.getByRole("option")).not.toHaveCount(1);
  await ward.selectOption({ index: 1 });
  await main.getByLabel("Địa chỉ chi tiết").fill("Ấp Thuận Điền, số 12");
  await main.getByLabel("Câu chuyện của cơ sở").fill("Cơ sở gia đình ba thế hệ, làm theo cách truyền thống của làng nghề.");
  if (logo) {
    const { default: sharp } = await import("sharp");
    const png = await sharp({ create: { width: 256, height: 256, channels: 3, background: "#2a9d8f" } }).png().toBuffer();
    await main.getByLabel("Logo (không bắt buộc)").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
  }
  await main.getByLabel("Ngân hàng").selectOption({ label: "Agribank — Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam" });
  await main.getByLabel("Số tài khoản").fill(`7606${String(Date.now()).slice(-9)}`);
  await main.getByLabel("Tên chủ tài khoản").fill("HTX E2E JOURNEY");
  await main.getByRole("button", { name: "Gửi hồ sơ" }).click();
  await expect(page).toHaveURL(/\/sell\?submitted=1$/, { timeout: 20_000 });
  await expect(main.getByRole("heading", { level: 2, name: "Đang chờ duyệt" })).toBeVisible();
}

/** The bank feed's secret on the e2e server (scripts/e2e-server.js sets the same value). */
export const BANK_WEBHOOK_SECRET = process.env.BANK_WEBHOOK_SECRET ?? "e2e-bank-webhook-secret-0123456789";

/** The seed's cooperative whose owner is seller@example.com. */
export const DEMO_SELLER_SLUG = "htx-nong-nghiep-my-xuyen";

/** A product as /api/v1/products/:slug returns it (the fields the specs use). */
export type ApiProduct = { slug: string; name: string; producer: { slug: string; name: string }; variants: { id: string; available: number; price: number }[] };

/** Slugs of a /api/v1/search query (first 100 hits), in order. */
export async function searchSlugs(request: APIRequestContext, query = ""): Promise<string[]> {
  const res = await request.get(`/api/v1/search?perPage=100${query ? `&${query}` : ""}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { hits: { slug: string }[] }).hits.map((h) => h.slug);
}

export type ProductFilter = {
  /** Only this seller's products (its slug). */
  seller?: string;
  /** At least this many units available (default 5). */
  minAvailable?: number;
  /** Walk the search hits from the last one: specs that buy stock in parallel then pick different products. */
  fromEnd?: boolean;
  /** Walk these slugs instead of the search hits (in this order). */
  slugs?: string[];
  /** Every product found has a different seller. */
  distinctSellers?: boolean;
};

/**
 * `count` in-stock single-variant products, found through the public API as a partner would.
 * A product that left the storefront between the search and its own request (another spec
 * suspends its seller) is skipped.
 */
export async function findProducts(request: APIRequestContext, count: number, filter: ProductFilter = {}): Promise<ApiProduct[]> {
  const { seller, minAvailable = 5, fromEnd = false, distinctSellers = false } = filter;
  const slugs = filter.slugs ?? (await searchSlugs(request));
  const found: ApiProduct[] = [];
  for (const slug of fromEnd ? [...slugs].reverse() : slugs) {
    const product = (await (await request.get(`/api/v1/products/${slug}`)).json()) as Partial<ApiProduct>;
    if (!product.variants || !product.producer) continue;
    if (seller && product.producer.slug !== seller) continue;
    if (product.variants.length !== 1 || product.variants[0].available < minAvailable) continue;
    if (distinctSellers && found.some((p) => p.producer.slug === product.producer!.slug)) continue;
    found.push(product as ApiProduct);
    if (found.length === count) return found;
  }
  throw new Error(`fewer than ${count} in-stock single-variant products matching ${JSON.stringify({ ...filter, slugs: undefined })}`);
}

/** The first in-stock single-variant product matching the filter; `skip` passes over that many matches. */
export async function findProduct(request: APIRequestContext, { skip = 0, ...filter }: ProductFilter & { skip?: number } = {}): Promise<ApiProduct> {
  return (await findProducts(request, skip + 1, filter))[skip];
}

/** What the VietQR pay page's QR code says: the order code to put in the transfer, the amount, the account. */
export type TransferOrder = { orderId: string; code: string; amount: number; accountNumber: string };

type CheckoutAddress = { recipient: string; street: string; phone?: string };

/** On /checkout: fills a new delivery address in Cần Thơ (its first ward). */
export async function fillDeliveryAddress(page: Page, { recipient, street, phone = "0912345678" }: CheckoutAddress): Promise<void> {
  const main = page.getByRole("main");
  await main.getByLabel("Họ và tên người nhận").fill(recipient);
  await main.getByLabel("Số điện thoại").fill(phone);
  await main.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Cần Thơ" });
  const ward = main.getByLabel("Phường, xã, đặc khu");
  // Without JavaScript (or before hydration) the wards are loaded by submitting the province.
  const loadWards = main.getByRole("button", { name: "Tải danh sách phường, xã" });
  if (await loadWards.isVisible()) await loadWards.click();
  await expect(ward.locator("option")).not.toHaveCount(1);
  await ward.selectOption((await ward.locator("option").nth(1).getAttribute("value"))!);
  await main.getByLabel("Số nhà, tên đường, ấp, thôn").fill(street);
}

/** Opens /checkout (cart already filled), fills a new delivery address, chooses how to pay and places the order. */
export async function submitCheckout(page: Page, { payment = /VietQR/, ...address }: CheckoutAddress & { payment?: RegExp }): Promise<void> {
  await page.goto("/checkout");
  await fillDeliveryAddress(page, address);
  const main = page.getByRole("main");
  await main.getByRole("radio", { name: payment }).check();
  await main.getByRole("button", { name: "Đặt hàng" }).click();
}

/** submitCheckout with VietQR; waits for the pay page and reads its QR code. */
export async function checkoutByTransfer(page: Page, address: CheckoutAddress): Promise<TransferOrder> {
  await submitCheckout(page, address);
  await expect(page).toHaveURL(/\/account\/orders\/[^/]+\/pay$/);
  const orderId = /\/account\/orders\/([^/]+)\/pay$/.exec(page.url())![1];
  const qr = new QRPay((await page.locator("[data-payload]").getAttribute("data-payload"))!);
  return { orderId, code: qr.additionalData.purpose!, amount: Number(qr.amount), accountNumber: qr.consumer.bankNumber! };
}

/** Adds one unit of a single-variant product to the cart from its page. */
export async function addToCart(page: Page, product: Pick<ApiProduct, "slug">): Promise<void> {
  await page.goto(`/products/${product.slug}`);
  await page.getByRole("main").getByRole("button", { name: "Thêm vào giỏ hàng" }).click();
  await expect(page).toHaveURL(/\/cart$/);
}

/** A new shopper (registered through /register) buys one unit of the product and checks out by VietQR. */
export async function placeTransferOrder(
  page: Page,
  product: Pick<ApiProduct, "slug">,
  { shopper, emailPrefix, street }: { shopper: string; emailPrefix: string; street: string },
): Promise<TransferOrder> {
  await registerUser(page, { name: shopper, emailPrefix });
  await addToCart(page, product);
  return checkoutByTransfer(page, { recipient: shopper, street });
}

/** A bank notification body signed with BANK_WEBHOOK_SECRET, as the aggregator sends it. */
export function signBankNotification(body: Record<string, unknown>): { raw: string; signature: string } {
  const raw = JSON.stringify(body);
  const signature = "sha256=" + crypto.createHmac("sha256", BANK_WEBHOOK_SECRET).update(raw).digest("hex");
  return { raw, signature };
}

/** Posts a signed bank notification to /webhooks/bank-transfer and returns the response. */
export async function notifyBankTransfer(request: APIRequestContext, body: Record<string, unknown>) {
  const { raw, signature } = signBankNotification(body);
  return request.post("/webhooks/bank-transfer", { data: raw, headers: { "Content-Type": "application/json", "X-Signature": signature } });
}

/**
 * The bank feed reports the order's transfer (the amount to its account, `content` defaulting to the
 * bare code) and the feed matches it. `tag` ends the notification id, so parallel specs never share one.
 */
export async function payByBankTransfer(
  request: APIRequestContext,
  { code, amount, accountNumber }: Pick<TransferOrder, "code" | "amount" | "accountNumber">,
  { tag, content = code }: { tag: string; content?: string },
): Promise<void> {
  const notified = await notifyBankTransfer(request, { id: `FT${Date.now()}${tag}`, amount, content, accountNumber, transactionAt: new Date().toISOString() });
  expect(await notified.json()).toMatchObject({ ok: true, match: "matched" });
}

/** The namespaces in a document's dictionary block, as the server sent it (the page drops the block once it has read it). */
export async function inlineNamespaces(response: Response | null): Promise<string[]> {
  const html = (await response?.text()) ?? "";
  const block = /<script[^>]*id="i18n-fallback"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  expect(block, "the document's dictionary block").toBeTruthy();
  return Object.keys(JSON.parse(block!)).sort();
}

// Shared Playwright fixtures: log in as a demo account, make unique emails.
// The demo accounts come from prisma/seed.ts, which scripts/e2e-server.js runs on a
// fresh database before every run.
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

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
export async function registerUser(page: Page, { name, redirectTo }: { name: string; redirectTo?: string }): Promise<{ email: string; password: string }> {
  const email = uniqueEmail("journey");
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

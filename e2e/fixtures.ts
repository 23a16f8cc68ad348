// Shared Playwright fixtures: log in as a demo account, make unique emails.
// The demo accounts come from prisma/seed.ts, which scripts/e2e-server.js runs on a
// fresh database before every run.
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

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

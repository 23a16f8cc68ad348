// Who may open the operator console and the seller portal.
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expect, submitLoginForm, test } from "./fixtures";

const ADMIN_HEADING = "Quản trị Chợ OCOP";
const SELLER_HEADING = "Kênh người bán";

test.describe("anonymous visitors", () => {
  test("/admin answers with a redirect to the login page that remembers where they were going", async ({ request }) => {
    const response = await request.get("/admin", { maxRedirects: 0 });
    expect(response.status()).toBe(302);
    expect(response.headers()["location"]).toBe("/login?redirectTo=%2Fadmin");
  });

  test("/admin in the browser lands on /login?redirectTo=%2Fadmin", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fadmin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();
  });

  test("/seller redirects to the login page", async ({ request }) => {
    const response = await request.get("/seller", { maxRedirects: 0 });
    expect(response.status()).toBe(302);
    expect(response.headers()["location"]).toBe("/login?redirectTo=%2Fseller");
  });

  test("after logging in they land on the page they asked for", async ({ page }) => {
    await page.goto("/seller");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fseller$/);
    await submitLoginForm(page, DEMO_ACCOUNTS.seller, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/seller$/);
    await expect(page.getByRole("heading", { level: 1, name: SELLER_HEADING, exact: true })).toBeVisible();
  });
});

test.describe("a shopper", () => {
  test.beforeEach(async ({ loginAs }) => {
    await loginAs("shopper");
  });

  test("gets 403 on /admin", async ({ page }) => {
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: ADMIN_HEADING, exact: true })).toHaveCount(0);
  });

  test("gets 403 on /seller", async ({ page }) => {
    const response = await page.goto("/seller");
    expect(response?.status()).toBe(403);
    await expect(page).toHaveURL(/\/seller$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: SELLER_HEADING, exact: true })).toHaveCount(0);
  });
});

test("the seller's owner opens the seller portal", async ({ page, loginAs }) => {
  await loginAs("seller");
  const response = await page.goto("/seller");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: SELLER_HEADING, exact: true })).toBeVisible();
});

test("an admin opens the operator console", async ({ page, loginAs }) => {
  await loginAs("admin");
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: ADMIN_HEADING, exact: true })).toBeVisible();
});

test("a state-changing request from another site is refused (CSRF), the same request from this site is not", async ({ request }) => {
  const form = { intent: "add", variantId: "does-not-exist", quantity: "1" };
  const crossSite = await request.post("/cart", { form, headers: { Origin: "https://evil.example" }, maxRedirects: 0 });
  expect(crossSite.status()).toBe(403);
  const sameSite = await request.post("/cart", { form, headers: { Origin: new URL(test.info().project.use.baseURL!).origin }, maxRedirects: 0 });
  // Not refused as cross-site: the cart answers for itself (unknown product → 404 with a message).
  expect(sameSite.status()).not.toBe(403);
});

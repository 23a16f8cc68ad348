// Accounts: registering, logging out and in, and the errors a person can fix.
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expect, expectLoggedIn, strongPassword, submitLoginForm, test, uniqueEmail } from "./fixtures";

test("a new shopper registers, is logged in, logs out and logs in again", async ({ page }) => {
  const name = `Nguyễn Thị Thử ${Date.now().toString(36)}`;
  const email = uniqueEmail("register");
  const password = strongPassword();
  const header = page.getByRole("banner");

  await page.goto("/register");
  const main = page.getByRole("main");
  await main.getByLabel("Họ và tên", { exact: true }).fill(name);
  await main.getByLabel("Email", { exact: true }).fill(email);
  await main.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await main.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();

  await expect(page).not.toHaveURL(/\/register/);
  await expectLoggedIn(page, name);

  await header.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(header.getByRole("link", { name: "Đăng nhập", exact: true })).toBeVisible();
  await expect(header.getByRole("link", { name, exact: true })).toHaveCount(0);
  // The session is gone on the server too, not only in this page.
  await page.reload();
  await expect(header.getByRole("link", { name: "Đăng nhập", exact: true })).toBeVisible();

  await page.goto("/login");
  await submitLoginForm(page, email, password);
  await expect(page).not.toHaveURL(/\/login/);
  await expectLoggedIn(page, name);
});

test("a wrong password shows the generic error, stays on /login and keeps the email", async ({ page }) => {
  await page.goto("/login");
  await submitLoginForm(page, DEMO_ACCOUNTS.shopper, "sai-mat-khau-roi");

  const main = page.getByRole("main");
  await expect(main.getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng");
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expect(main.getByLabel("Email", { exact: true })).toHaveValue(DEMO_ACCOUNTS.shopper);
  // Not logged in.
  await expect(page.getByRole("banner").getByRole("button", { name: "Đăng xuất" })).toHaveCount(0);
});

test("registering with a taken email shows the error on the email field and keeps what was typed", async ({ page }) => {
  const name = "Trần Văn Trùng";
  await page.goto("/register");
  const main = page.getByRole("main");
  await main.getByLabel("Họ và tên", { exact: true }).fill(name);
  await main.getByLabel("Email", { exact: true }).fill(DEMO_ACCOUNTS.shopper);
  await main.getByLabel("Mật khẩu", { exact: true }).fill(strongPassword());
  await main.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();

  const email = main.getByLabel("Email", { exact: true });
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription(/Email này đã được dùng cho một tài khoản khác/);
  await expect(email).toHaveValue(DEMO_ACCOUNTS.shopper);
  await expect(main.getByLabel("Họ và tên", { exact: true })).toHaveValue(name);
  await expect(page).toHaveURL(/\/register(\?|$)/);
  await expect(page.getByRole("banner").getByRole("button", { name: "Đăng xuất" })).toHaveCount(0);
  // Typing another address takes the error away; the other fields' state is untouched.
  await email.fill(`khac.${Date.now()}@example.com`);
  await expect(email).not.toHaveAttribute("aria-invalid");
  await expect(email).not.toHaveAccessibleDescription(/Email này đã được dùng/);
  await expect(main.getByText("Email này đã được dùng cho một tài khoản khác")).toHaveCount(0);
});

test("logging in works without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto("/login?redirectTo=%2Faccount");
    await submitLoginForm(page, DEMO_ACCOUNTS.shopper, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/account$/);
    await expectLoggedIn(page);
  } finally {
    await context.close();
  }
});

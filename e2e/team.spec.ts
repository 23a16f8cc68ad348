// A seller's team: the demo owner invites a new address by email; the link is read
// where an operator reads mail without SMTP (/admin/mailbox); the invitee registers
// with that address, accepts and works in the portal as staff, where the payout
// account is read-only. Someone else opening the link is refused.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, expectLoggedIn, strongPassword, test, uniqueEmail, type Role } from "./fixtures";

const SELLER_NAME = "Hợp tác xã Nông nghiệp Mỹ Xuyên";

type Sessions = (role: Role) => Promise<{ cookies: Parameters<BrowserContext["addCookies"]>[0] }>;

async function contextAs(browser: Browser, demoSessions: Sessions, role: Role): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "vi-VN" });
  await context.addCookies((await demoSessions(role)).cookies);
  return { context, page: await context.newPage() };
}

/** The demo owner invites `email` on /seller/team; the admin reads the email and returns the link's path. */
async function inviteAndReadLink(browser: Browser, demoSessions: Sessions, email: string): Promise<string> {
  const owner = await contextAs(browser, demoSessions, "seller");
  try {
    const { page } = owner;
    await page.goto("/seller/team");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1, name: "Thành viên" })).toBeVisible();
    await main.getByLabel("Email người được mời", { exact: true }).fill(email.toUpperCase());
    await main.getByRole("button", { name: "Gửi lời mời", exact: true }).click();
    await expect(page).toHaveURL(/\/seller\/team\?done=invited$/);
    await expect(main.getByRole("status").filter({ hasText: "Đã gửi lời mời qua email" })).toBeVisible();
    // Stored lower-case, listed as pending, with a way to withdraw it.
    const pending = main.getByRole("list", { name: "Lời mời đang chờ" }).getByRole("listitem").filter({ hasText: email });
    await expect(pending).toBeVisible();
    await expect(pending.getByRole("button", { name: `Thu hồi lời mời gửi ${email}` })).toBeVisible();
  } finally {
    await owner.context.close();
  }

  const admin = await contextAs(browser, demoSessions, "admin");
  try {
    const { page } = admin;
    await page.goto("/admin/mailbox");
    const mail = page.getByRole("article").filter({ has: page.getByRole("heading", { name: `Lời mời tham gia gian hàng “${SELLER_NAME}” trên Chợ OCOP` }) }).filter({ hasText: email });
    await expect(mail).toHaveCount(1);
    const text = await mail.textContent();
    const match = /\/invitations\/[A-Za-z0-9_-]{43}/.exec(text ?? "");
    expect(match, "the invitation link in the email").not.toBeNull();
    return match![0];
  } finally {
    await admin.context.close();
  }
}

test("the owner invites by email; the invitee registers, accepts and works as staff, with the payout account read-only", async ({ browser, demoSessions, page }) => {
  const email = uniqueEmail("nhan-vien");
  const name = `Lê Thị Nhân Viên ${Date.now().toString(36)}`;
  const link = await inviteAndReadLink(browser, demoSessions as Sessions, email);

  // Not logged in: the link asks to log in first and comes back; the invitee has no account yet.
  await page.goto(link);
  await expect(page).toHaveURL(/\/login\?redirectTo=/);
  await page.getByRole("main").getByRole("link", { name: "Đăng ký ngay" }).click();
  await expect(page).toHaveURL(/\/register\?redirectTo=/);
  const form = page.getByRole("main");
  await form.getByLabel("Họ và tên", { exact: true }).fill(name);
  await form.getByLabel("Email", { exact: true }).fill(email);
  await form.getByLabel("Mật khẩu", { exact: true }).fill(strongPassword());
  await form.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
  await expectLoggedIn(page, name);

  await expect(page).toHaveURL(new RegExp(`${link}$`));
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: `Tham gia gian hàng “${SELLER_NAME}”` })).toBeVisible();
  await main.getByRole("button", { name: "Nhận lời mời", exact: true }).click();

  // In the portal, as staff.
  await expect(page).toHaveURL(/\/seller\?seller=/);
  await expect(main.getByText(SELLER_NAME).first()).toBeVisible();
  await main.getByRole("navigation", { name: "Kênh người bán" }).getByRole("link", { name: "Thành viên", exact: true }).click();
  await expect(page).toHaveURL(/\/seller\/team/);
  const me = main.getByRole("row").filter({ hasText: email });
  await expect(me).toContainText("Nhân viên");
  await expect(me).toContainText("(bạn)");
  await expect(main.getByText("Bạn là nhân viên của gian hàng nên chỉ xem được danh sách.")).toBeVisible();
  await expect(main.getByRole("button", { name: "Gửi lời mời" })).toHaveCount(0);
  await expect(main.getByRole("button", { name: /^Xoá / })).toHaveCount(0);

  await main.getByRole("navigation", { name: "Kênh người bán" }).getByRole("link", { name: "Thông tin gian hàng", exact: true }).click();
  await expect(page).toHaveURL(/\/seller\/settings/);
  const bank = main.getByRole("region", { name: "Tài khoản nhận tiền" });
  await expect(bank).toContainText("Chỉ chủ gian hàng mới được thay đổi tài khoản nhận tiền.");
  await expect(bank).toContainText("•");
  await expect(main.getByLabel("Số tài khoản")).toHaveCount(0);
  await expect(main.getByRole("button", { name: "Lưu tài khoản nhận tiền" })).toHaveCount(0);
  // The profile stays editable for staff; name and location are explained as locked.
  await expect(main.getByLabel("Số điện thoại")).toBeEditable();
  await expect(main.getByText("đã được ban quản lý sàn duyệt nên không đổi được ở đây")).toBeVisible();

  // The link again: already a member, nothing to accept.
  await page.goto(link);
  await expect(main.getByText(`Bạn đã là thành viên của ${SELLER_NAME}.`)).toBeVisible();
  await expect(main.getByRole("button", { name: "Nhận lời mời" })).toHaveCount(0);

  // The operator sees both steps in the seller's history: who invited whom, who accepted.
  const admin = await contextAs(browser, demoSessions as Sessions, "admin");
  try {
    await admin.page.goto(`/admin/sellers?q=${encodeURIComponent(SELLER_NAME)}`);
    await admin.page.getByRole("main").getByRole("link", { name: SELLER_NAME, exact: true }).click();
    const history = admin.page.getByRole("region", { name: "Lịch sử quyết định và thay đổi tài khoản" });
    const entry = (action: string) => history.getByRole("article").filter({ hasText: action }).filter({ hasText: email });
    await expect(entry("Mời thành viên")).toContainText("Hợp tác xã Nông nghiệp Mỹ Xuyên");
    await expect(entry("Nhận lời mời làm thành viên")).toContainText(name);
  } finally {
    await admin.context.close();
  }
});

test("someone logged in with another email opening the link is refused", async ({ browser, demoSessions, page, loginAs }) => {
  const email = uniqueEmail("moi-nham");
  const link = await inviteAndReadLink(browser, demoSessions as Sessions, email);
  await loginAs("shopper");
  await page.goto(link);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: `Tham gia gian hàng “${SELLER_NAME}”` })).toBeVisible();
  const alert = main.getByRole("alert");
  await expect(alert).toContainText("bạn đang đăng nhập bằng shopper@example.com");
  await expect(alert).not.toContainText(email); // the invited address is masked for others
  await expect(main.getByRole("button", { name: "Nhận lời mời" })).toHaveCount(0);
  // An unknown token is a 404 that says so.
  await page.goto(`/invitations/${"A".repeat(43)}`);
  await expect(main.getByRole("heading", { name: "Không tìm thấy lời mời" })).toBeVisible();
});

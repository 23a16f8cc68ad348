// The operator console: approve a pending application (after a refused
// rejection without a reason), suspend an approved seller so its products leave
// search within seconds and reinstate it, and read both in the audit log with
// the admin's name. The seeded data: "Hợp tác xã Dừa sáp Cầu Kè" is PENDING;
// the seller suspended here is a potter whose products the cart, checkout and
// payment specs don't pick (they take the first and last products of the API's
// default order), so running in parallel with them is safe.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const ADMIN_NAME = "Quản trị viên";
const PENDING_SELLER = { name: "Hợp tác xã Dừa sáp Cầu Kè", slug: "htx-dua-sap-cau-ke" };
const SUSPENDED_SELLER = { name: "Hợp tác xã Gốm đỏ Mang Thít", slug: "htx-gom-do-mang-thit", words: "Mang Thít", query: "gom do mang thit" };
const PRICE = /\d{1,3}(?:\.\d{3})* ₫/;

/** Product cards on /search whose text mentions `words`. */
function cardsMentioning(page: Page, words: string) {
  return page.getByRole("main").getByRole("article").filter({ hasText: PRICE }).filter({ hasText: words });
}

/** Opens a seller's admin page through the queue's search, as an operator would. */
async function openSellerInConsole(page: Page, name: string) {
  await page.goto(`/admin/sellers?q=${encodeURIComponent(name)}`);
  await page.getByRole("main").getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("main").getByRole("heading", { level: 1, name })).toBeVisible();
}

test.beforeEach(async ({ loginAs }) => {
  await loginAs("admin");
});

test("a pending application: rejecting needs a reason; approving opens the shop", async ({ page }) => {
  await page.goto("/admin");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: "Quản trị Chợ OCOP" })).toBeVisible();
  await main.getByRole("link", { name: "Duyệt người bán" }).click();
  await expect(page).toHaveURL(/\/admin\/sellers\?status=PENDING$/);
  await main.getByRole("link", { name: PENDING_SELLER.name, exact: true }).click();
  await expect(main.getByRole("heading", { level: 1, name: PENDING_SELLER.name })).toBeVisible();
  // Everything the applicant submitted is on the page.
  await expect(main.getByText("2100385526")).toBeVisible();
  await expect(main.getByText("Thạch Thị Sa Rươne").first()).toBeVisible();

  // Reject without a reason: an error next to the field, nothing decided.
  const reason = main.getByLabel(/^Lý do từ chối/);
  await main.getByRole("button", { name: "Từ chối", exact: true }).click();
  await expect(main.getByText("Vui lòng nhập lý do")).toBeVisible();
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(main.getByText("Trạng thái hiện tại: Chờ duyệt")).toBeVisible();

  await main.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(page).toHaveURL(/\?done=approve$/);
  await expect(main.getByRole("status")).toContainText("Đã duyệt người bán");
  await expect(main.getByText("Trạng thái hiện tại: Đang hoạt động")).toBeVisible();
  await expect(main.getByRole("button", { name: "Duyệt", exact: true })).toHaveCount(0);

  // The queue lists it as approved, and its public page opens.
  await page.goto("/admin/sellers?status=APPROVED");
  await expect(main.getByRole("row").filter({ hasText: PENDING_SELLER.name })).toContainText("Đang hoạt động");
  const storefront = await page.goto(`/s/${PENDING_SELLER.slug}`);
  expect(storefront?.status()).toBe(200);
  await expect(main.getByRole("heading", { level: 1, name: PENDING_SELLER.name })).toBeVisible();

  // The audit log names the admin.
  await page.goto(`/admin/audit?q=${encodeURIComponent(PENDING_SELLER.name)}`);
  const entry = main.getByRole("article", { name: `Duyệt người bán · ${PENDING_SELLER.name}` });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText(ADMIN_NAME);
  await expect(entry).toContainText("Chờ duyệt");
  await expect(entry).toContainText("Đang hoạt động");
});

test("suspending a seller takes its products out of search within seconds; reinstating brings them back", async ({ page }) => {
  // Two outbox round trips and a dozen page loads: the per-step deadlines carry the "seconds"; this is the whole journey's.
  test.setTimeout(60_000);
  const search = `/search?q=${encodeURIComponent(SUSPENDED_SELLER.query)}`;
  await page.goto(search);
  await expect(cardsMentioning(page, SUSPENDED_SELLER.words).first()).toBeVisible();

  await openSellerInConsole(page, SUSPENDED_SELLER.name);
  const main = page.getByRole("main");
  // Suspending without a reason is refused too.
  await main.getByRole("button", { name: "Tạm ngưng", exact: true }).click();
  await expect(main.getByText("Vui lòng nhập lý do")).toBeVisible();
  const reason = "Kiểm tra phản ánh về hàng bị nứt khi giao (e2e)";
  await main.getByLabel(/^Lý do tạm ngưng/).fill(reason);
  await main.getByRole("button", { name: "Tạm ngưng", exact: true }).click();
  await expect(page).toHaveURL(/\?done=suspend$/);
  await expect(main.getByRole("status")).toContainText("Đã tạm ngưng gian hàng");
  await expect(main.getByRole("region", { name: "Trạng thái và quyết định" }).getByText(`Lý do: ${reason}`)).toBeVisible();

  // The outbox worker drains every half second: the products leave search within seconds.
  await expect(async () => {
    await page.goto(search);
    await expect(cardsMentioning(page, SUSPENDED_SELLER.words)).toHaveCount(0, { timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await page.goto(`/s/${SUSPENDED_SELLER.slug}`);
  await expect(main.getByRole("heading", { name: "Gian hàng đang tạm ngưng hoạt động" })).toBeVisible();

  await openSellerInConsole(page, SUSPENDED_SELLER.name);
  await main.getByRole("button", { name: "Cho hoạt động trở lại", exact: true }).click();
  await expect(page).toHaveURL(/\?done=reinstate$/);
  await expect(main.getByText("Trạng thái hiện tại: Đang hoạt động")).toBeVisible();
  await expect(async () => {
    await page.goto(search);
    await expect(cardsMentioning(page, SUSPENDED_SELLER.words).first()).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });

  // Both decisions are in the audit log, newest first, with the admin's name and the reason.
  await page.goto(`/admin/audit?entityType=seller&q=${encodeURIComponent(SUSPENDED_SELLER.name)}`);
  const entries = main.getByRole("article");
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toHaveAccessibleName(`Cho người bán hoạt động trở lại · ${SUSPENDED_SELLER.name}`);
  await expect(entries.nth(1)).toHaveAccessibleName(`Tạm ngưng người bán · ${SUSPENDED_SELLER.name}`);
  await expect(entries.nth(1)).toContainText(ADMIN_NAME);
  await expect(entries.nth(1)).toContainText(reason);
  await expect(entries.nth(0)).toContainText(ADMIN_NAME);
});

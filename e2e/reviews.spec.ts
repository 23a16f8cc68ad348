// Verified-purchase reviews, end to end: a shopper buys one of the demo cooperative's products
// and pays by VietQR (a signed bank notification); the cooperative confirms, ships and delivers;
// the shopper reviews the delivered line with a photo (the form refuses a review without stars,
// keeping the text); the cooperative answers on /seller/reviews; the review, its photo and the
// answer appear on the product page; "best rated" search reflects the new rating.
import type { APIRequestContext, Page } from "@playwright/test";
import sharp from "sharp";
import { type ApiProduct, DEMO_SELLER_SLUG, expect, findProduct, payByBankTransfer, placeTransferOrder, searchSlugs, test } from "./fixtures";

/** An in-stock single-variant product of the demo cooperative, preferably one nobody reviewed yet. */
async function demoSellerProduct(request: APIRequestContext): Promise<ApiProduct> {
  const all = await searchSlugs(request);
  // rating=1 keeps the products with at least one visible review (average ≥ 1★).
  const rated = new Set(await searchSlugs(request, "rating=1"));
  // From the end of the list: fulfilment.spec takes the first match, and both buy stock.
  const ordered = [...all.filter((s) => !rated.has(s)).reverse(), ...all.filter((s) => rated.has(s))];
  return findProduct(request, { seller: DEMO_SELLER_SLUG, slugs: ordered });
}

async function buyAndPay(page: Page, request: APIRequestContext, product: ApiProduct): Promise<{ orderId: string; code: string }> {
  const order = await placeTransferOrder(page, product, { shopper: "Đoàn Thị Hạnh", emailPrefix: "review", street: "15 Đường Nguyễn Trãi" });
  await payByBankTransfer(request, order, { tag: "R" });
  return order;
}

test("delivered order → review with a photo → the seller answers → on the product page → 'best rated' reflects it", async ({ page, request, loginAs }) => {
  test.setTimeout(120_000);
  const product = await demoSellerProduct(request);
  const { orderId, code } = await buyAndPay(page, request, product);
  const main = page.getByRole("main");
  const shopperCookies = await page.context().cookies();

  await test.step("before delivery there is nothing to review; a direct POST is refused", async () => {
    await page.goto(`/account/orders/${orderId}`);
    await expect(main.getByRole("link", { name: new RegExp(`^Viết đánh giá: `) })).toHaveCount(0);
  });

  await test.step("the cooperative confirms, ships and delivers", async () => {
    await page.context().clearCookies();
    await loginAs("seller");
    await page.goto("/seller/orders?status=paid");
    await main.getByRole("link", { name: `Xem đơn ${code}` }).click();
    await main.getByRole("button", { name: "Xác nhận đơn" }).click();
    await expect(main.getByRole("status").filter({ hasText: "Đã xác nhận đơn hàng." })).toBeVisible();
    await main.getByLabel("Đơn vị vận chuyển").selectOption("GHN");
    await main.getByLabel("Mã vận đơn").fill("GHN-REVIEW-1");
    await main.getByRole("button", { name: "Đánh dấu đã gửi hàng" }).click();
    await expect(main.getByRole("status").filter({ hasText: "Đã ghi nhận gửi hàng." })).toBeVisible();
    await main.getByRole("button", { name: "Đánh dấu đã giao" }).click();
    await expect(main.getByRole("status").filter({ hasText: "Đã ghi nhận giao hàng." })).toBeVisible();
  });

  const reviewText = `Gạo dẻo, thơm; đóng gói kỹ. <b>Sẽ mua lại</b> ${code}`;
  await test.step("the shopper reviews the delivered line with a photo", async () => {
    await page.context().clearCookies();
    await page.context().addCookies(shopperCookies);
    await page.goto(`/account/orders/${orderId}`);
    await main.getByRole("link", { name: `Viết đánh giá: ${product.name}` }).click();
    await expect(main.getByRole("heading", { level: 1, name: "Viết đánh giá" })).toBeVisible();

    // No stars: refused next to the field, the text kept.
    await main.getByLabel(/^Nhận xét/).fill(reviewText);
    await main.getByRole("button", { name: "Gửi đánh giá" }).click();
    await expect(main.getByText("Hãy chọn từ 1 đến 5 sao.")).toBeVisible();
    await expect(main.getByLabel(/^Nhận xét/)).toHaveValue(reviewText);

    await main.getByRole("radio", { name: "5 sao" }).check();
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 210, g: 160, b: 60 } } }).jpeg().toBuffer();
    await main.getByLabel(/^Ảnh sản phẩm bạn nhận được/).setInputFiles({ name: "gao.jpg", mimeType: "image/jpeg", buffer: photo });
    await main.getByRole("button", { name: "Gửi đánh giá" }).click();
    await expect(main.getByRole("status").filter({ hasText: "Đã lưu đánh giá của bạn." })).toBeVisible();
    await expect(main.getByRole("heading", { level: 1, name: "Sửa đánh giá" })).toBeVisible();

    await page.goto(`/account/orders/${orderId}`);
    await expect(main.getByRole("link", { name: `Sửa đánh giá: ${product.name}` })).toBeVisible();
  });

  await test.step("the cooperative answers on /seller/reviews", async () => {
    await page.context().clearCookies();
    await loginAs("seller");
    await page.goto("/seller/reviews?filter=unanswered");
    const review = main.getByRole("article").filter({ hasText: code });
    await expect(review).toContainText(product.name);
    await review.getByLabel("Phản hồi của bạn cho Hạnh Đ.").fill("Cảm ơn chị Hạnh đã tin dùng gạo của HTX!");
    await review.getByRole("button", { name: "Gửi phản hồi" }).click();
    await expect(main.getByRole("status").filter({ hasText: "Đã lưu phản hồi." })).toBeVisible();
  });

  await test.step("the product page shows the review as text, its photo, the answer and the new average", async () => {
    await page.context().clearCookies();
    await page.goto(`/products/${product.slug}?reviewSort=newest`);
    const reviews = main.getByRole("region", { name: "Đánh giá sản phẩm" });
    await expect(reviews).toBeVisible();
    const item = main.getByRole("article", { name: "Đánh giá của Hạnh Đ., 5 sao" }).filter({ hasText: code });
    await expect(item).toBeVisible();
    // Markup typed by the shopper is shown as typed, never interpreted.
    await expect(item.getByText(reviewText)).toBeVisible();
    await expect(item.locator("b")).toHaveCount(0);
    await expect(item.getByText("Đã mua hàng")).toBeVisible();
    await expect(item.getByRole("img", { name: "Ảnh của Hạnh Đ. 1" })).toHaveAttribute("src", /^\/media\/reviews\/.+-640\.webp$/);
    await expect(item.getByText("Cảm ơn chị Hạnh đã tin dùng gạo của HTX!")).toBeVisible();
    await expect(item.getByText(`Phản hồi của ${product.producer.name}`)).toBeVisible();
    const photo = await request.get((await item.getByRole("img", { name: "Ảnh của Hạnh Đ. 1" }).getAttribute("src"))!);
    expect(photo.headers()["content-type"]).toContain("image/webp");
  });

  await test.step("'best rated' search reflects the rating (through the outbox), and the rating=4 filter keeps it", async () => {
    await expect(async () => {
      // 4★ and up (the review's rating, not the OCOP certificate's stars).
      expect(await searchSlugs(request, "rating=4")).toContain(product.slug);
      const rated = new Set(await searchSlugs(request, "rating=1"));
      const best = await searchSlugs(request, "sort=rating");
      const index = best.indexOf(product.slug);
      expect(index).toBeGreaterThanOrEqual(0);
      // Rated products first: nothing unrated comes before it.
      expect(best.slice(0, index).every((slug) => rated.has(slug))).toBe(true);
    }).toPass({ timeout: 20_000 });

    await page.goto(`/search?sort=rating&rating=4&q=${encodeURIComponent(product.name)}`);
    await expect(main.getByLabel("Sắp xếp")).toHaveValue("rating");
    await expect(main.getByRole("link", { name: product.name }).first()).toBeVisible();
  });
});

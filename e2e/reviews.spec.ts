// Verified-purchase reviews, end to end: a shopper buys one of the demo cooperative's products
// and pays by VietQR (a signed bank notification); the cooperative confirms, ships and delivers;
// the shopper reviews the delivered line with a photo (the form refuses a review without stars,
// keeping the text); the cooperative answers on /seller/reviews; the review, its photo and the
// answer appear on the product page; "best rated" search reflects the new rating.
import crypto from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import sharp from "sharp";
import { QRPay } from "vietnam-qr-pay";
import { expect, strongPassword, test, uniqueEmail } from "./fixtures";

const BANK_WEBHOOK_SECRET = process.env.BANK_WEBHOOK_SECRET ?? "e2e-bank-webhook-secret-0123456789";
/** The seed's cooperative whose owner is seller@example.com. */
const DEMO_SELLER_SLUG = "htx-nong-nghiep-my-xuyen";

type ApiProduct = { slug: string; name: string; producer: { slug: string; name: string }; variants: { id: string; available: number; price: number }[] };
type Hit = { slug: string };

/** Slugs of a search API query, in order. */
async function searchSlugs(request: APIRequestContext, query: string): Promise<string[]> {
  const res = await request.get(`/api/v1/search?perPage=100&${query}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { hits: Hit[] }).hits.map((h) => h.slug);
}

/** An in-stock single-variant product of the demo cooperative, preferably one nobody reviewed yet. */
async function demoSellerProduct(request: APIRequestContext): Promise<ApiProduct> {
  const all = await searchSlugs(request, "");
  // rating=1 keeps the products with at least one visible review (average ≥ 1★).
  const rated = new Set(await searchSlugs(request, "rating=1"));
  // From the end of the list: fulfilment.spec takes the first match, and both buy stock.
  const ordered = [...all.filter((s) => !rated.has(s)).reverse(), ...all.filter((s) => rated.has(s))];
  for (const slug of ordered) {
    const hit = { slug };
    const product = (await (await request.get(`/api/v1/products/${hit.slug}`)).json()) as ApiProduct;
    if (!product.variants) continue; // left the storefront meanwhile (another spec suspends sellers)
    if (product.producer.slug === DEMO_SELLER_SLUG && product.variants.length === 1 && product.variants[0].available >= 5) return product;
  }
  throw new Error("no in-stock single-variant product of the demo seller");
}

async function buyAndPay(page: Page, request: APIRequestContext, product: ApiProduct): Promise<{ orderId: string; code: string }> {
  await page.goto("/register");
  const main = page.getByRole("main");
  await main.getByLabel("Họ và tên", { exact: true }).fill("Đoàn Thị Hạnh");
  await main.getByLabel("Email", { exact: true }).fill(uniqueEmail("review"));
  await main.getByLabel("Mật khẩu", { exact: true }).fill(strongPassword());
  await main.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
  await expect(page.getByRole("banner").getByRole("button", { name: "Đăng xuất" })).toBeVisible();

  await page.goto(`/products/${product.slug}`);
  await main.getByRole("button", { name: "Thêm vào giỏ hàng" }).click();
  await expect(page).toHaveURL(/\/cart$/);

  await page.goto("/checkout");
  await main.getByLabel("Họ và tên người nhận").fill("Đoàn Thị Hạnh");
  await main.getByLabel("Số điện thoại").fill("0912345678");
  await main.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Cần Thơ" });
  const ward = main.getByLabel("Phường, xã, đặc khu");
  const loadWards = main.getByRole("button", { name: "Tải danh sách phường, xã" });
  if (await loadWards.isVisible()) await loadWards.click();
  await expect(ward.locator("option")).not.toHaveCount(1);
  await ward.selectOption((await ward.locator("option").nth(1).getAttribute("value"))!);
  await main.getByLabel("Số nhà, tên đường, ấp, thôn").fill("15 Đường Nguyễn Trãi");
  await main.getByRole("radio", { name: /VietQR/ }).check();
  await main.getByRole("button", { name: "Đặt hàng" }).click();

  await expect(page).toHaveURL(/\/account\/orders\/[^/]+\/pay$/);
  const orderId = /\/account\/orders\/([^/]+)\/pay$/.exec(page.url())![1];
  const qr = new QRPay((await page.locator("[data-payload]").getAttribute("data-payload"))!);
  const code = qr.additionalData.purpose!;
  const raw = JSON.stringify({ id: `FT${Date.now()}R`, amount: Number(qr.amount), content: code, accountNumber: qr.consumer.bankNumber!, transactionAt: new Date().toISOString() });
  const signature = "sha256=" + crypto.createHmac("sha256", BANK_WEBHOOK_SECRET).update(raw).digest("hex");
  const notified = await request.post("/webhooks/bank-transfer", { data: raw, headers: { "Content-Type": "application/json", "X-Signature": signature } });
  expect(await notified.json()).toMatchObject({ ok: true, match: "matched" });
  return { orderId, code };
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

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { resources } from "~/lib/i18n/config";
import { I18nProvider } from "~/lib/i18n/react";
import { createTestUser, db, formRequest, runRoute } from "~/modules/accounts/testing.server";
import { confirmSellerOrder, markDelivered, markShipped } from "~/modules/orders/index.server";
import { confirmOrderPayment } from "~/modules/payments/index.server";
import { createTestOrder } from "~/modules/payments/testing.server";
import { createReview } from "~/modules/reviews/index.server";
import { addMonths, createProduct, createSeller, createUser, type CreatedProduct } from "../../prisma/factories";
import ProductPage, { action, loader, shouldRevalidate } from "./products.$slug";

type PageData = { jsonLd: string; meta: { title: string; ogTitle: string; description: string; canonical: string; image: string | null } };

let product: CreatedProduct;

beforeAll(async () => {
  const seller = await createSeller({ name: "Hợp tác xã Trà Shan tuyết", provinceCode: "08" });
  product = await createProduct({
    sellerId: seller.id,
    name: "Trà Shan tuyết </script> cổ thụ",
    categorySlug: "tra",
    description: "Trà hái từ cây cổ thụ trên 100 năm tuổi.",
    certificate: { stars: 5, issuedAt: addMonths(new Date(), -3) },
    images: [{ key: "products/route-test/1", width: 960, height: 960 }],
  });
});

function load(path: string) {
  const slug = path.split("?")[0].split("/").pop()!;
  return runRoute<PageData>(() => loader({ request: new Request(`http://shop.test${path}`), params: { slug }, context: {} }));
}

describe("/products/:slug", () => {
  it("renders a visible product with meta, Open Graph and escaped JSON-LD, never shared-cached", async () => {
    const res = await load(`/products/${product.slug}?variant=x`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("private, max-age=0");
    const { meta, jsonLd } = res.data!;
    expect(meta).toMatchObject({
      title: "Trà Shan tuyết </script> cổ thụ | Chợ OCOP",
      description: "Trà hái từ cây cổ thụ trên 100 năm tuổi.",
      canonical: `http://shop.test/products/${product.slug}`,
      image: "http://shop.test/media/products/route-test/1-960.webp",
    });
    expect(jsonLd).not.toContain("</script>");
    expect(JSON.parse(jsonLd)).toMatchObject({ "@type": "Product", name: "Trà Shan tuyết </script> cổ thụ", sku: product.variants[0].sku });
  });

  it("is a 404 for products shoppers may not see", async () => {
    const seller = await createSeller({ status: "SUSPENDED", provinceCode: "92" });
    const hidden = await createProduct({ sellerId: seller.id });
    const draft = await createProduct({ sellerId: (await createSeller()).id, status: "DRAFT" });
    for (const slug of [hidden.slug, draft.slug, "khong-co"]) expect((await load(`/products/${slug}`)).status).toBe(404);
  });

  it("does not reload its data when only the chosen variant or photo changes", () => {
    const args = (from: string, to: string, formMethod?: string) =>
      ({ currentUrl: new URL(`http://x${from}`), nextUrl: new URL(`http://x${to}`), formMethod, defaultShouldRevalidate: true }) as Parameters<typeof shouldRevalidate>[0];
    expect(shouldRevalidate(args("/products/a", "/products/a?variant=v2", "GET"))).toBe(false);
    expect(shouldRevalidate(args("/products/a?variant=v2", "/products/a?variant=v2&image=3"))).toBe(false);
    expect(shouldRevalidate(args("/products/a", "/products/a?lang=en"))).toBe(true);
    expect(shouldRevalidate(args("/products/a", "/products/b"))).toBe(true);
    expect(shouldRevalidate(args("/products/a", "/products/a", "POST"))).toBe(true);
  });
});

/** A delivered line of `product` for a new buyer (through payment and fulfilment). */
async function deliveredLine(name: string) {
  const buyer = await createUser({ name });
  const t = await createTestOrder({ buyer, parts: [{ lines: [{ price: product.variants[0].price, quantity: 1, variant: product.variants[0] }] }] });
  await confirmOrderPayment({ orderId: t.order.id, provider: "VIETQR", amount: t.order.total, currency: "VND", reference: `p-${t.order.code}` });
  const actor = { sellerId: product.sellerId, sellerOrderId: t.sellerOrders[0].id, actorId: buyer.id };
  await confirmSellerOrder(actor);
  await markShipped({ ...actor, carrier: "GHN", trackingNumber: "GHN-P-1" });
  await markDelivered(actor);
  return { buyer, lineId: t.lines[0].id };
}

/** The page as the server renders it: the loader's data through the route component. */
async function renderPage(path: string) {
  const res = await load(path);
  expect(res.status).toBe(200);
  const handler = createStaticHandler([{ id: "product", path: "/products/:slug", loader: () => res.data ?? null, Component: ProductPage }]);
  const context = await handler.query(new Request(`http://shop.test${path}`));
  if (context instanceof Response) throw new Error("unexpected response");
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToStaticMarkup(createElement(I18nProvider, { locale: "vi", messages: resources.vi, children: createElement(StaticRouterProvider, { router, context, hydrate: false }) }));
}

describe("/products/:slug reviews", () => {
  it("renders review text as text: an injected <script> is escaped, line breaks kept by CSS; the author's short name and 'Đã mua hàng'", async () => {
    const { buyer, lineId } = await deliveredLine("Hoàng Thị Mai");
    const body = 'Ngon lắm!\n<script>alert("xss")</script><img src=x onerror=alert(1)>';
    expect(await createReview({ userId: buyer.id, lineId, input: { rating: 5, body } })).toMatchObject({ ok: true });
    const html = await renderPage(`/products/${product.slug}`);
    expect(html).not.toContain('<script>alert("xss")</script>');
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toMatch(/<p class="whitespace-pre-line[^"]*">Ngon lắm!\n&lt;script&gt;/);
    expect(html).toContain("Mai H.");
    expect(html).not.toContain("Hoàng Thị Mai");
    expect(html).toContain("Đã mua hàng");
  });

  it("sorts, filters by stars and pages through the URL; a helpful vote is a POST that returns to the same page", async () => {
    const three = await deliveredLine("Lê Văn Ba");
    expect(await createReview({ userId: three.buyer.id, lineId: three.lineId, input: { rating: 3, body: "Tạm được" } })).toMatchObject({ ok: true });
    const res = await load(`/products/${product.slug}?reviewStars=3`);
    const list = (res.data as unknown as { reviewList: { total: number; reviews: { body: string; id: string }[] } }).reviewList;
    expect(list.total).toBe(1);
    expect(list.reviews[0].body).toBe("Tạm được");

    const voter = await createTestUser();
    const vote = await runRoute(() =>
      action({ request: formRequest(`/products/${product.slug}?reviewSort=helpful`, { intent: "helpful", reviewId: list.reviews[0].id }, { cookie: voter.cookie }), params: { slug: product.slug }, context: {} }),
    );
    expect(vote.status).toBe(302);
    expect(vote.headers.get("Location")).toBe(`/products/${product.slug}?reviewSort=helpful#review-${list.reviews[0].id}`);
    expect((await db.review.findUniqueOrThrow({ where: { id: list.reviews[0].id } })).helpfulCount).toBe(1);
    const anonymous = await runRoute(() => action({ request: formRequest(`/products/${product.slug}`, { intent: "helpful", reviewId: list.reviews[0].id }), params: { slug: product.slug }, context: {} }));
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/login/);
  });
});

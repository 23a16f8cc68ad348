// The review routes end to end through their modules: a direct POST to /account/reviews/:lineId is
// refused for a line that was not delivered (403) or is someone else's (404), a second review of a
// line is a 409 with the message, the form page and the order page link; the seller's answer and
// the admin's hide go through /seller/reviews and /admin/reviews.
import { beforeAll, describe, expect, it } from "vitest";
import { addSellerMember, createTestUser, db, formRequest, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { confirmSellerOrder, markDelivered, markShipped } from "~/modules/orders/index.server";
import { confirmOrderPayment } from "~/modules/payments/index.server";
import { createTestOrder, createTestVariant } from "~/modules/payments/testing.server";
import { createUser } from "../../prisma/factories";

// Types from the helpers that make them (route files never import Prisma, tests included).
type User = Awaited<ReturnType<typeof createUser>>;
type ProductVariant = Awaited<ReturnType<typeof createTestVariant>>;

type Reply = { result: { status?: string; error?: Record<string, string[] | null> } };

let staff: User;

beforeAll(async () => {
  staff = await createUser();
});

async function orderFor(buyer: User, variant: ProductVariant, delivered: boolean) {
  const t = await createTestOrder({ buyer, parts: [{ lines: [{ price: variant.price, quantity: 1, variant }] }] });
  expect((await confirmOrderPayment({ orderId: t.order.id, provider: "VIETQR", amount: t.order.total, currency: "VND", reference: `r-${t.order.code}` })).result).toBe("paid");
  if (delivered) {
    const actor = { sellerId: t.sellerOrders[0].sellerId, sellerOrderId: t.sellerOrders[0].id, actorId: staff.id };
    await confirmSellerOrder(actor);
    await markShipped({ ...actor, carrier: "GHTK", trackingNumber: "GHTK-1" });
    await markDelivered(actor);
  }
  return t;
}

describe("/account/reviews/:lineId", () => {
  it("a direct POST for a line not delivered → 403, someone else's line → 404, nothing written; the buyer's delivered line → saved once", async () => {
    const { action, loader } = await import("./account.reviews.$lineId");
    const buyer = await createTestUser();
    const stranger = await createTestUser();
    const variant = await createTestVariant(135_000, 10);
    const paid = await orderFor(buyer.user, variant, false);
    const delivered = await orderFor(buyer.user, variant, true);
    const post = (lineId: string, cookie: string | undefined, fields: Record<string, string>) =>
      runRoute<Reply>(() => action({ request: formRequest(`/account/reviews/${lineId}`, fields, { cookie }), params: { lineId }, context: {} }));
    const load = (lineId: string, cookie?: string) => runRoute(() => loader({ request: getRequest(`/account/reviews/${lineId}`, cookie), params: { lineId }, context: {} }));

    expect((await post(delivered.lines[0].id, undefined, { rating: "5" })).status).toBe(302); // → login
    const notDelivered = await post(paid.lines[0].id, buyer.cookie, { rating: "5", body: "Chưa nhận mà vẫn khen" });
    expect(notDelivered.status).toBe(403);
    expect(notDelivered.data?.result.error).toMatchObject({ "": ["errors.not_delivered"] });
    expect((await load(paid.lines[0].id, buyer.cookie)).status).toBe(403);
    expect((await post(delivered.lines[0].id, stranger.cookie, { rating: "1" })).status).toBe(404);
    expect((await load(delivered.lines[0].id, stranger.cookie)).status).toBe(404);
    expect(await db.review.count({ where: { productId: variant.productId } })).toBe(0);

    // A field error comes back next to the field, the text kept.
    const noStars = await post(delivered.lines[0].id, buyer.cookie, { body: "Thơm ngon" });
    expect(noStars.status).toBe(400);
    expect(noStars.data?.result).toMatchObject({ error: { rating: ["errors.ratingRequired"] }, initialValue: { body: "Thơm ngon" } });

    const saved = await post(delivered.lines[0].id, buyer.cookie, { rating: "5", body: "Thơm ngon" });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe(`/account/reviews/${delivered.lines[0].id}?saved=1`);
    expect(await db.review.findFirst({ where: { orderLineId: delivered.lines[0].id } })).toMatchObject({ rating: 5, body: "Thơm ngon", authorId: buyer.user.id });

    // The same form again edits the review (one per line), and the order page links to it.
    expect((await post(delivered.lines[0].id, buyer.cookie, { rating: "4", body: "Thơm ngon, hơi đắt" })).status).toBe(302);
    expect(await db.review.count({ where: { orderLineId: delivered.lines[0].id } })).toBe(1);
    expect(await db.product.findUniqueOrThrow({ where: { id: variant.productId } })).toMatchObject({ ratingSum: 4, ratingCount: 1 });
    const order = await import("./account.orders.$id");
    const page = await runRoute<{ reviews: Record<string, { canEdit: boolean }> }>(() =>
      order.loader({ request: getRequest(`/account/orders/${delivered.order.id}`, buyer.cookie), params: { id: delivered.order.id }, context: {} }),
    );
    expect(page.data?.reviews[delivered.lines[0].id]).toMatchObject({ canEdit: true });
  });
});

describe("/seller/reviews and /admin/reviews", () => {
  it("the seller answers its review; another seller's POST is a 404; the admin hides with a reason (audited), the author sees it", async () => {
    const seller = await import("./seller.reviews._index");
    const adminRoute = await import("./admin.reviews._index");
    const form = await import("./account.reviews.$lineId");
    const buyer = await createTestUser();
    const variant = await createTestVariant(99_000, 10);
    const order = await orderFor(buyer.user, variant, true);
    const lineId = order.lines[0].id;
    await runRoute(() => form.action({ request: formRequest(`/account/reviews/${lineId}`, { rating: "2", body: "Bao bì móp" }, { cookie: buyer.cookie }), params: { lineId }, context: {} }));
    const review = await db.review.findFirstOrThrow({ where: { orderLineId: lineId } });

    const owner = await createTestUser();
    await addSellerMember(owner.user.id, variant.sellerId);
    const other = await createTestUser();
    await addSellerMember(other.user.id, (await createTestVariant(10_000, 1)).sellerId);
    const reply = (cookie: string, text: string) =>
      runRoute<Reply>(() => seller.action({ request: formRequest("/seller/reviews", { reviewId: review.id, reply: text }, { cookie }), params: {}, context: {} }));
    expect((await reply(other.cookie, "Không phải của tôi")).status).toBe(404);
    expect((await reply(owner.cookie, "")).data?.result.error).toMatchObject({ reply: ["errors.replyRequired"] });
    expect((await reply(owner.cookie, "Xin lỗi anh/chị, HTX sẽ đổi hàng.")).status).toBe(302);
    expect(await db.review.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({ reply: "Xin lỗi anh/chị, HTX sẽ đổi hàng." });
    const list = await runRoute<{ reviews: { rows: { id: string }[] } }>(() => seller.loader({ request: getRequest("/seller/reviews?filter=unanswered", owner.cookie), params: {}, context: {} }));
    expect(list.data?.reviews.rows).toEqual([]);

    const admin = await createTestUser({ role: "ADMIN" });
    const moderate = (fields: Record<string, string>) =>
      runRoute<Reply>(() => adminRoute.action({ request: formRequest("/admin/reviews", fields, { cookie: admin.cookie }), params: {}, context: { clientIp: "203.0.113.77" } }));
    expect((await moderate({ intent: "hide", reviewId: review.id, reason: "" })).data?.result.error).toMatchObject({ reason: ["errors.reasonRequired"] });
    const hidden = await moderate({ intent: "hide", reviewId: review.id, reason: "Chứa số điện thoại cá nhân" });
    expect(hidden.status).toBe(302);
    expect(hidden.headers.get("Location")).toBe("/admin/reviews?done=hide");
    expect(await db.product.findUniqueOrThrow({ where: { id: variant.productId } })).toMatchObject({ ratingSum: 0, ratingCount: 0 });
    expect(await db.auditLog.findFirst({ where: { entityId: review.id } })).toMatchObject({ action: "review.hide", actorId: admin.user.id, ipAddress: "203.0.113.77" });
    expect((await moderate({ intent: "hide", reviewId: review.id, reason: "lần nữa" })).status).toBe(409);

    const authorView = await runRoute<{ form: { review: { hiddenReason: string } } }>(() => form.loader({ request: getRequest(`/account/reviews/${lineId}`, buyer.cookie), params: { lineId }, context: {} }));
    expect(authorView.data?.form.review.hiddenReason).toBe("Chứa số điện thoại cá nhân");
    expect((await moderate({ intent: "unhide", reviewId: review.id })).status).toBe(302);
    expect(await db.product.findUniqueOrThrow({ where: { id: variant.productId } })).toMatchObject({ ratingSum: 2, ratingCount: 1 });
  });
});

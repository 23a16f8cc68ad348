// /account/orders, /account/orders/:id and its payment page: only the buyer sees them.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTestUser, db, formRequest, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { placeOrder } from "~/modules/checkout/index.server";
import { createProduct, createSeller } from "../../prisma/factories";
import { loader as listLoader } from "./account.orders._index";
import { action as detailAction, loader as detailLoader } from "./account.orders.$id";
import { loader as payLoader } from "./account.orders.$id.pay";

async function placed() {
  const shopper = await createTestUser();
  const seller = await createSeller({ provinceCode: "96" });
  const product = await createProduct({ sellerId: seller.id, variants: [{ label: "Hũ 500 g", price: 120_000, onHand: 5 }] });
  const cart = await db.cart.create({ data: { userId: shopper.user.id, lines: { create: [{ variantId: product.variants[0].id, quantity: 1, priceSeen: 120_000 }] } } });
  const ward = await db.ward.findFirstOrThrow({ where: { provinceCode: "92" } });
  const result = await placeOrder({
    userId: shopper.user.id,
    cartId: cart.id,
    idempotencyKey: crypto.randomUUID(),
    address: { fullName: "Trần Minh Khoa", phone: "0987654321", provinceCode: "92", wardCode: ward.code, addressLine: "Số 34" },
    paymentMethod: "VIETQR",
  });
  if (!result.ok) throw new Error("not placed");
  return { ...shopper, order: result.order, variant: product.variants[0] };
}

const args = (url: string, cookie: string | undefined, id?: string) => ({ request: getRequest(url, cookie), context: {}, params: id ? { id } : {} });

describe("shopper orders", () => {
  it("lists the buyer's own orders with machine statuses", async () => {
    expect((await runRoute(() => listLoader(args("/account/orders", undefined)))).headers.get("Location")).toBe("/login?redirectTo=%2Faccount%2Forders");
    const { cookie, order } = await placed();
    const other = await createTestUser();
    const mine = await runRoute<{ orders: { id: string; status: string; sellerOrders: { status: string }[] }[] }>(() => listLoader(args("/account/orders", cookie)));
    expect(mine.headers.get("Cache-Control")).toBe("private, no-store");
    expect(mine.data!.orders).toEqual([expect.objectContaining({ id: order.id, status: "pending_payment", sellerOrders: [expect.objectContaining({ status: "pending_payment" })] })]);
    const theirs = await runRoute<{ orders: unknown[] }>(() => listLoader(args("/account/orders", other.cookie)));
    expect(theirs.data!.orders).toEqual([]);
  });

  it("another account gets 404 for the order, its payment page and its cancellation", async () => {
    const { order } = await placed();
    const other = await createTestUser();
    expect((await runRoute(() => detailLoader(args(`/account/orders/${order.id}`, other.cookie, order.id)))).status).toBe(404);
    expect((await runRoute(() => payLoader(args(`/account/orders/${order.id}/pay`, other.cookie, order.id)))).status).toBe(404);
    const cancel = await runRoute(() => detailAction({ request: formRequest(`/account/orders/${order.id}`, { intent: "cancel" }, { cookie: other.cookie }), context: {}, params: { id: order.id } }));
    expect(cancel.status).toBe(404);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PENDING_PAYMENT");
  });

  it("the payment page shows the VietQR for the exact amount with the order code as transfer content", async () => {
    const { cookie, order } = await placed();
    const page = await runRoute<{ qr: { payload: string; content: string; amount: number } | null; remainingSeconds: number; order: { status: string } }>(() =>
      payLoader(args(`/account/orders/${order.id}/pay`, cookie, order.id)),
    );
    expect(page.status).toBe(200);
    expect(page.data!.order.status).toBe("pending_payment");
    expect(page.data!.qr!.payload.startsWith("000201")).toBe(true);
    expect(page.data!.qr!.payload).toContain(order.code);
    expect(page.data!.qr).toMatchObject({ content: order.code, amount: order.total });
    expect(page.data!.remainingSeconds).toBeGreaterThan(29 * 60);
    expect(page.data!.remainingSeconds).toBeLessThanOrEqual(30 * 60);
  });

  it("the buyer cancels an unpaid order from its page; the page then offers no cancel", async () => {
    const { cookie, order, variant } = await placed();
    const res = await runRoute<{ cancel: { ok: boolean } }>(() =>
      detailAction({ request: formRequest(`/account/orders/${order.id}`, { intent: "cancel" }, { cookie }), context: {}, params: { id: order.id } }),
    );
    expect(res.data!.cancel).toEqual({ ok: true, refund: { kind: "none" } });
    expect(await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).toMatchObject({ reserved: 0 });
    const page = await runRoute<{ order: { status: string; canCancel: boolean; events: { status: string }[] } }>(() => detailLoader(args(`/account/orders/${order.id}`, cookie, order.id)));
    expect(page.data!.order).toMatchObject({ status: "cancelled", canCancel: false });
    expect(page.data!.order.events.map((e) => e.status)).toEqual(["pending_payment", "cancelled"]);
    const again = await runRoute<{ cancel: { ok: boolean } }>(() =>
      detailAction({ request: formRequest(`/account/orders/${order.id}`, { intent: "cancel" }, { cookie }), context: {}, params: { id: order.id } }),
    );
    expect(again.status).toBe(409);
    const pay = await runRoute<{ qr: unknown }>(() => payLoader(args(`/account/orders/${order.id}/pay`, cookie, order.id)));
    expect(pay.data!.qr).toBeNull();
  });
});

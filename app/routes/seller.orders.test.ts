// /seller/orders, /seller/orders/:id (+ slip) and /seller/balance through their loaders and
// actions: scoped to the portal's seller (another seller's order → 404), bad input → 400 with
// field errors, a suspended seller reads but cannot act (403).
import { describe, expect, it, vi } from "vitest";
import { addSellerMember, createTestUser, db, formRequest, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { confirmOrderPayment } from "~/modules/payments/confirm.server";
import { createTestOrder } from "~/modules/payments/testing.server";
import * as list from "./seller.orders._index";
import * as detail from "./seller.orders.$id";
import * as slip from "./seller.orders.$id_.slip";
import * as balance from "./seller.balance";

const refundCardPayment = vi.hoisted(() => vi.fn());
vi.mock("~/modules/payments/index.server", async (importOriginal) => ({ ...(await importOriginal<object>()), refundCardPayment }));

type Args = { request: Request; params?: Record<string, string> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loaders and actions of different routes
const call = <T = unknown,>(fn: (args: any) => Promise<unknown>, { request, params = {} }: Args) => runRoute<T>(() => fn({ request, params, context: {} }));

/** A paid two-seller order; a logged-in owner for each seller. */
async function setup() {
  const test = await createTestOrder();
  await confirmOrderPayment({ orderId: test.order.id, provider: "VIETQR", amount: test.order.total, currency: "VND", reference: "ref" });
  const [a, b] = test.sellerOrders;
  const ownerA = await createTestUser({ name: "Chủ A" });
  const ownerB = await createTestUser({ name: "Chủ B" });
  await addSellerMember(ownerA.user.id, a.sellerId);
  await addSellerMember(ownerB.user.id, b.sellerId);
  return { ...test, a, b, cookieA: ownerA.cookie, cookieB: ownerB.cookie };
}

describe("seller order routes", () => {
  it("lists, shows and fulfils the seller's own order; the balance shows the credit", async () => {
    const { a, order, cookieA } = await setup();
    const listed = await call<{ orders: { rows: { id: string; orderCode: string }[] } }>(list.loader, { request: getRequest("/seller/orders", cookieA) });
    expect(listed.status).toBe(200);
    expect(listed.data!.orders.rows.map((r) => r.orderCode)).toEqual([order.code]);

    const url = `/seller/orders/${a.id}`;
    const params = { id: a.id };
    expect((await call(detail.loader, { request: getRequest(url, cookieA), params })).status).toBe(200);
    expect((await call(slip.loader, { request: getRequest(`${url}/slip`, cookieA), params })).status).toBe(200);

    const confirmed = await call(detail.action, { request: formRequest(url, { intent: "confirm" }, { cookie: cookieA }), params });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("Location")).toBe(`${url}?done=confirm`);

    // Bad input: 400 with field errors and what was typed.
    const bad = await call<{ fieldErrors: Record<string, string[]>; values: Record<string, string> }>(detail.action, {
      request: formRequest(url, { intent: "ship", carrier: "GHN", trackingNumber: "x!" }, { cookie: cookieA }),
      params,
    });
    expect(bad.status).toBe(400);
    expect(bad.data!.fieldErrors).toEqual({ trackingNumber: ["errors.trackingInvalid"] });
    expect(bad.data!.values).toMatchObject({ carrier: "GHN", trackingNumber: "x!" });

    // A transition that no longer applies: 409, not a 500.
    const again = await call<{ notAllowed: boolean }>(detail.action, { request: formRequest(url, { intent: "confirm" }, { cookie: cookieA }), params });
    expect(again.status).toBe(409);
    expect(again.data!.notAllowed).toBe(true);

    expect((await call(detail.action, { request: formRequest(url, { intent: "ship", carrier: "GHN", trackingNumber: "GHN123456" }, { cookie: cookieA }), params })).status).toBe(302);
    expect((await call(detail.action, { request: formRequest(url, { intent: "deliver" }, { cookie: cookieA }), params })).status).toBe(302);

    const bal = await call<{ balance: number; ledger: { entries: { type: string; amount: number }[] } }>(balance.loader, { request: getRequest("/seller/balance", cookieA) });
    expect(bal.data!.balance).toBe(199_500);
    expect(bal.data!.ledger.entries).toEqual([expect.objectContaining({ type: "SALE", amount: 199_500 })]);
  });

  it("another seller's order is a 404 to read and to act on", async () => {
    const { a, cookieB } = await setup();
    const url = `/seller/orders/${a.id}`;
    const params = { id: a.id };
    expect((await call(detail.loader, { request: getRequest(url, cookieB), params })).status).toBe(404);
    expect((await call(slip.loader, { request: getRequest(`${url}/slip`, cookieB), params })).status).toBe(404);
    for (const fields of [{ intent: "confirm" }, { intent: "cancel", reason: "Thử huỷ đơn của người khác" }] as Record<string, string>[]) {
      expect((await call(detail.action, { request: formRequest(url, fields, { cookie: cookieB }), params })).status).toBe(404);
    }
    expect((await db.sellerOrder.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("PAID");
  });

  it("a suspended seller can read its orders but not act (403)", async () => {
    const { a, cookieA } = await setup();
    await db.seller.update({ where: { id: a.sellerId }, data: { status: "SUSPENDED", statusReason: "Vi phạm quy định" } });
    const url = `/seller/orders/${a.id}`;
    const params = { id: a.id };
    expect((await call(detail.loader, { request: getRequest(url, cookieA), params })).status).toBe(200);
    const refused = await call(detail.action, { request: formRequest(url, { intent: "confirm" }, { cookie: cookieA }), params });
    expect(refused.status).toBe(403);
    expect((await db.sellerOrder.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("PAID");
  });
});

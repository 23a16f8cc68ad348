// /admin/payments and /admin/orders through their route modules: a manual
// confirmation by order code, errors a person can fix (kept values), the order search.
import { beforeAll, describe, expect, it } from "vitest";
import { createTestUser, db, formRequest, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { DEMO_VIETQR } from "~/modules/payments/config.server";
import { createTestOrder } from "~/modules/payments/testing.server";

const context = { clientIp: "203.0.113.42" };
let adminCookie: string;
let adminId: string;

beforeAll(async () => {
  const admin = await createTestUser({ role: "ADMIN" });
  adminCookie = admin.cookie;
  adminId = admin.user.id;
});

type Reply = { intent: string; targetId: string; error: string; values?: Record<string, string> };

describe("/admin/payments", () => {
  it("confirms an unmatched transfer by a typed order code, once; refuses without an order", async () => {
    const { action, loader } = await import("./admin.payments._index");
    const t = await createTestOrder();
    const transfer = await db.bankTransfer.create({
      data: { notificationId: `FT-ROUTE-${Date.now()}`, amount: t.order.total, content: "tien hang", accountNumber: DEMO_VIETQR.accountNo, transactionAt: new Date(), match: "UNMATCHED" },
    });
    const post = (fields: Record<string, string>) => runRoute<Reply>(() => action({ request: formRequest("/admin/payments?index", fields, { cookie: adminCookie }), context, params: {} }));

    const page = await runRoute<{ transfers: { id: string; suggestions: { orderId: string }[] }[] }>(() => loader({ request: getRequest("/admin/payments", adminCookie), context, params: {} }));
    expect(page.data!.transfers.find((x) => x.id === transfer.id)!.suggestions.map((s) => s.orderId)).toContain(t.order.id);

    const missing = await post({ intent: "confirm", transferId: transfer.id, orderCode: "" });
    expect(missing.status).toBe(400);
    expect(missing.data).toMatchObject({ targetId: transfer.id, error: "orderRequired" });
    const unknown = await post({ intent: "confirm", transferId: transfer.id, orderCode: "OCOPZZZZZZ" });
    expect(unknown.status).toBe(404);
    expect(unknown.data).toMatchObject({ error: "order_not_found", values: { orderCode: "OCOPZZZZZZ" } });

    const code = `${t.order.code.slice(0, 4).toLowerCase()} ${t.order.code.slice(4)}`;
    const ok = await post({ intent: "confirm", transferId: transfer.id, orderCode: code });
    expect(ok.status).toBe(302);
    expect(ok.headers.get("Location")).toBe("/admin/payments?done=confirm");
    const again = await post({ intent: "confirm", transferId: transfer.id, orderId: t.order.id });
    expect(again.headers.get("Location")).toBe("/admin/payments?done=unchanged");
    expect((await db.order.findUniqueOrThrow({ where: { id: t.order.id } })).status).toBe("PAID");
    expect(await db.auditLog.findMany({ where: { entityId: transfer.id } })).toEqual([
      expect.objectContaining({ action: "payment.confirm_transfer", actorId: adminId, ipAddress: "203.0.113.42" }),
    ]);

    expect((await post({ intent: "delete" })).status).toBe(400);
  });

  it("marks a bank refund issued; the reference is required", async () => {
    const { action } = await import("./admin.payments._index");
    const t = await createTestOrder();
    const refund = await db.refund.create({ data: { orderId: t.order.id, paymentId: t.payment.id, amount: 20_000, reason: "Chuyển dư" } });
    const post = (fields: Record<string, string>) => runRoute<Reply>(() => action({ request: formRequest("/admin/payments?index", fields, { cookie: adminCookie }), context, params: {} }));
    const empty = await post({ intent: "mark-issued", refundId: refund.id, bankReference: " " });
    expect(empty.status).toBe(400);
    expect(empty.data).toMatchObject({ targetId: refund.id, error: "referenceRequired" });
    expect((await post({ intent: "mark-issued", refundId: refund.id, bankReference: "FT999" })).headers.get("Location")).toBe("/admin/payments?done=markIssued");
    expect(await db.refund.findUniqueOrThrow({ where: { id: refund.id } })).toMatchObject({ status: "ISSUED", providerRef: "FT999" });
  });
});

describe("/admin/orders", () => {
  it("searches by code and status; an unknown order is 404", async () => {
    const list = await import("./admin.orders._index");
    const detail = await import("./admin.orders.$id");
    const t = await createTestOrder();
    const res = await runRoute<{ orders: { id: string }[] }>(() => list.loader({ request: getRequest(`/admin/orders?q=${t.order.code}&status=PENDING_PAYMENT`, adminCookie), context, params: {} }));
    expect(res.data!.orders.map((o) => o.id)).toEqual([t.order.id]);
    const wrongStatus = await runRoute<{ orders: unknown[] }>(() => list.loader({ request: getRequest(`/admin/orders?q=${t.order.code}&status=PAID`, adminCookie), context, params: {} }));
    expect(wrongStatus.data!.orders).toEqual([]);
    const one = await runRoute<{ order: { code: string; timeline: { status: string }[] } }>(() =>
      detail.loader({ request: getRequest(`/admin/orders/${t.order.id}`, adminCookie), context, params: { id: t.order.id } }),
    );
    expect(one.data!.order).toMatchObject({ code: t.order.code, timeline: [{ status: "pending_payment" }] });
    expect((await runRoute(() => detail.loader({ request: getRequest("/admin/orders/khong-co", adminCookie), context, params: { id: "khong-co" } }))).status).toBe(404);
  });
});

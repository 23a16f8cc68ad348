// The operator's order search and detail against real PostgreSQL.
import { describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { createUser } from "../../../prisma/factories";
import { createTestOrder } from "~/modules/payments/testing.server";
import { getOrderForAdmin, searchOrdersForAdmin } from "./admin.server";

describe("admin order search", () => {
  it("finds orders by code (any case, with dashes), buyer email or name, seller name, and status", async () => {
    const buyer = await createUser({ email: "tran.thi.tim@example.com", name: "Trần Thị Tìm" });
    const a = await createTestOrder({ buyer });
    const b = await createTestOrder();
    await prisma.order.update({ where: { id: b.order.id }, data: { status: "PAID", paidAt: new Date() } });

    const byCode = await searchOrdersForAdmin({ q: `${a.order.code.slice(0, 4).toLowerCase()}-${a.order.code.slice(4)}` });
    expect(byCode.orders.map((o) => o.id)).toEqual([a.order.id]);

    const byEmail = await searchOrdersForAdmin({ q: "TRAN.THI.TIM@" });
    expect(byEmail.orders.map((o) => o.id)).toEqual([a.order.id]);
    expect(byEmail.orders[0]).toMatchObject({ code: a.order.code, buyer: { email: buyer.email }, sellers: expect.any(Array) });
    expect((await searchOrdersForAdmin({ q: "trần thị tìm" })).orders.map((o) => o.id)).toEqual([a.order.id]);

    const sellerName = (await prisma.seller.findUniqueOrThrow({ where: { id: b.sellerOrders[0].sellerId } })).name;
    expect((await searchOrdersForAdmin({ q: sellerName })).orders.map((o) => o.id)).toContain(b.order.id);

    const paid = await searchOrdersForAdmin({ status: "PAID" });
    expect(paid.orders.map((o) => o.id)).toContain(b.order.id);
    expect(paid.orders.every((o) => o.status === "PAID")).toBe(true);
    expect((await searchOrdersForAdmin({ q: b.order.code, status: "PENDING_PAYMENT" })).total).toBe(0);

    const paged = await searchOrdersForAdmin({ pageSize: 1, page: 99 });
    expect(paged.page).toBe(paged.pageCount);
    expect(paged.orders).toHaveLength(1);
  });

  it("shows one order with its timeline and who acted", async () => {
    const t = await createTestOrder();
    const admin = await createUser({ role: "ADMIN", name: "Quản Trị Đơn" });
    await prisma.orderEvent.create({ data: { orderId: t.order.id, status: "underpaid", note: "Đã nhận 1 ₫ / 2 ₫", actorId: admin.id } });
    const order = await getOrderForAdmin(t.order.id);
    expect(order).toMatchObject({ code: t.order.code, buyer: { email: t.buyer.email } });
    expect(order!.sellerOrders).toHaveLength(2);
    expect(order!.timeline.map((e) => e.status)).toEqual(["pending_payment", "underpaid"]);
    expect(order!.timeline[1].actor).toMatchObject({ id: admin.id, name: "Quản Trị Đơn" });
    expect(await getOrderForAdmin("khong-co")).toBeNull();
  });
});

import type { OrderStatus, SellerOrderStatus } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { createSeller, createUser, uniqueSuffix } from "../../../prisma/factories";
import { platformSalesSeries, sellerSalesSeries } from "./index.server";

// 12:00 on 15/03/2026 in Vietnam (UTC+7).
const NOW = new Date("2026-03-15T05:00:00Z");

type Part = { sellerId: string; subtotal: number; shippingFee?: number; status?: SellerOrderStatus };

async function order({ paidAt, status = "PAID", parts }: { paidAt: Date | null; status?: OrderStatus; parts: Part[] }) {
  const buyer = await createUser();
  const ward = await prisma.ward.findFirstOrThrow();
  const subtotal = parts.reduce((s, p) => s + p.subtotal, 0);
  const shippingTotal = parts.reduce((s, p) => s + (p.shippingFee ?? 20_000), 0);
  return prisma.order.create({
    data: {
      code: `R${uniqueSuffix().toUpperCase()}`,
      buyerId: buyer.id,
      idempotencyKey: `reports-${uniqueSuffix()}`,
      paymentMethod: "VIETQR",
      status,
      subtotal,
      shippingTotal,
      total: subtotal + shippingTotal,
      fullName: "Người mua",
      phone: "0912345678",
      provinceCode: ward.provinceCode,
      wardCode: ward.code,
      addressLine: "1 Đường A",
      expiresAt: new Date(NOW.getTime() + 3_600_000),
      paidAt,
      sellerOrders: {
        create: parts.map((p) => ({
          sellerId: p.sellerId,
          status: p.status ?? (status === "PAID" ? "PAID" : status === "CANCELLED" ? "CANCELLED" : "PENDING_PAYMENT"),
          subtotal: p.subtotal,
          shippingFee: p.shippingFee ?? 20_000,
          commissionRateBps: 500,
        })),
      },
    },
  });
}

const day = (series: { points: { start: string; orders: number; amount: number }[] }, start: string) => series.points.find((p) => p.start === start);

describe("sales series", () => {
  it("always has 30 zero-filled days ending today in Vietnam, or 12 weeks starting on Mondays", async () => {
    const seller = await createSeller();
    const s = await sellerSalesSeries(seller.id, { now: NOW });
    expect(s.points).toHaveLength(30);
    expect(s.points[0].start).toBe("2026-02-14");
    expect(s.points[29].start).toBe("2026-03-15");
    expect(s.points.every((p) => p.orders === 0 && p.amount === 0)).toBe(true);
    expect(s.totals).toEqual({ orders: 0, amount: 0 });

    // 00:30 on 1 March in Vietnam is still 28 February in UTC: today is the 1st.
    const atMidnight = await platformSalesSeries({ now: new Date("2026-02-28T17:30:00Z") });
    expect(atMidnight.points.at(-1)!.start).toBe("2026-03-01");
    expect(atMidnight.points).toHaveLength(30);

    const weeks = await platformSalesSeries({ range: "12w", now: NOW });
    expect(weeks.bucket).toBe("week");
    expect(weeks.points).toHaveLength(12);
    // 15/03/2026 is a Sunday: its week began on Monday 09/03.
    expect(weeks.points.at(-1)!.start).toBe("2026-03-09");
    expect(weeks.points[0].start).toBe("2025-12-22");
  });

  it("puts 23:30 and 00:30 Vietnam time on the right days", async () => {
    const seller = await createSeller();
    await order({ paidAt: new Date("2026-03-14T16:30:00Z"), parts: [{ sellerId: seller.id, subtotal: 100_000 }] }); // 23:30 on 14/03
    await order({ paidAt: new Date("2026-03-14T17:30:00Z"), parts: [{ sellerId: seller.id, subtotal: 250_000 }] }); // 00:30 on 15/03
    await order({ paidAt: new Date("2026-02-13T17:30:00Z"), parts: [{ sellerId: seller.id, subtotal: 70_000 }] }); // 00:30 on 14/02: first day
    await order({ paidAt: new Date("2026-02-13T16:30:00Z"), parts: [{ sellerId: seller.id, subtotal: 30_000 }] }); // 23:30 on 13/02: previous period

    const s = await sellerSalesSeries(seller.id, { now: NOW });
    expect(day(s, "2026-03-14")).toEqual({ start: "2026-03-14", orders: 1, amount: 100_000 });
    expect(day(s, "2026-03-15")).toEqual({ start: "2026-03-15", orders: 1, amount: 250_000 });
    expect(day(s, "2026-02-14")).toEqual({ start: "2026-02-14", orders: 1, amount: 70_000 });
    expect(s.totals).toEqual({ orders: 3, amount: 420_000 });
    expect(s.previous).toEqual({ orders: 1, amount: 30_000 });

    // Weeks: Sunday 23:30 (15/03 is Sunday, 08/03 too) vs Monday 00:30.
    await order({ paidAt: new Date("2026-03-08T16:30:00Z"), parts: [{ sellerId: seller.id, subtotal: 11_000 }] }); // 23:30 Sun 08/03
    await order({ paidAt: new Date("2026-03-08T17:30:00Z"), parts: [{ sellerId: seller.id, subtotal: 22_000 }] }); // 00:30 Mon 09/03
    const weeks = await sellerSalesSeries(seller.id, { range: "12w", now: NOW });
    expect(weeks.points.find((p) => p.start === "2026-03-02")?.amount).toBe(11_000);
    expect(weeks.points.find((p) => p.start === "2026-03-09")).toEqual({ start: "2026-03-09", orders: 3, amount: 372_000 });
  });

  it("counts only paid orders whose part is still live; cancelled, refunded and unpaid stay out", async () => {
    const seller = await createSeller();
    const other = await createSeller();
    const at = new Date("2026-03-15T02:00:00Z");
    // The database is shared by this file's tests: the platform's figures are compared before → after.
    const platformBefore = await platformSalesSeries({ now: NOW });
    await order({ paidAt: at, parts: [{ sellerId: seller.id, subtotal: 100_000, status: "DELIVERED" }] });
    await order({ paidAt: null, status: "PENDING_PAYMENT", parts: [{ sellerId: seller.id, subtotal: 900_000 }] });
    await order({ paidAt: null, status: "EXPIRED", parts: [{ sellerId: seller.id, subtotal: 900_000, status: "EXPIRED" }] });
    await order({ paidAt: at, status: "CANCELLED", parts: [{ sellerId: seller.id, subtotal: 900_000, status: "CANCELLED" }] });
    await order({ paidAt: at, status: "REFUNDED", parts: [{ sellerId: seller.id, subtotal: 900_000, status: "REFUNDED" }] });
    // The seller cancelled its part of a paid order; the other seller's part stays.
    await order({ paidAt: at, parts: [{ sellerId: seller.id, subtotal: 900_000, status: "CANCELLED" }, { sellerId: other.id, subtotal: 40_000, shippingFee: 15_000, status: "SHIPPED" }] });

    const s = await sellerSalesSeries(seller.id, { now: NOW });
    expect(day(s, "2026-03-15")).toEqual({ start: "2026-03-15", orders: 1, amount: 100_000 });
    expect(s.totals).toEqual({ orders: 1, amount: 100_000 });

    // GMV: goods + shipping of the live parts (100 000 + 20 000) + (40 000 + 15 000), two orders.
    const platform = await platformSalesSeries({ now: NOW });
    const today = day(platform, "2026-03-15")!;
    const todayBefore = day(platformBefore, "2026-03-15")!;
    expect({ orders: today.orders - todayBefore.orders, amount: today.amount - todayBefore.amount }).toEqual({ orders: 2, amount: 175_000 });
  });

  it("a seller's series never includes another seller's orders, even in a shared order", async () => {
    const a = await createSeller();
    const b = await createSeller();
    const at = new Date("2026-03-10T03:00:00Z");
    const platformBefore = await platformSalesSeries({ now: NOW });
    await order({ paidAt: at, parts: [{ sellerId: a.id, subtotal: 50_000 }, { sellerId: b.id, subtotal: 80_000 }] });
    await order({ paidAt: at, parts: [{ sellerId: b.id, subtotal: 300_000 }] });

    const sa = await sellerSalesSeries(a.id, { now: NOW });
    const sb = await sellerSalesSeries(b.id, { now: NOW });
    expect(sa.totals).toEqual({ orders: 1, amount: 50_000 });
    expect(sb.totals).toEqual({ orders: 2, amount: 380_000 });
    expect(day(sa, "2026-03-10")?.amount).toBe(50_000);
    const platform = await platformSalesSeries({ now: NOW });
    expect({ orders: platform.totals.orders - platformBefore.totals.orders, amount: platform.totals.amount - platformBefore.totals.amount }).toEqual({
      orders: 2,
      amount: 50_000 + 80_000 + 300_000 + 3 * 20_000,
    });
  });
});

import { describe, expect, it } from "vitest";
import { createTestSeller, createTestUser, db, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { addDays, addMonths, createCertificate, createUser, uniqueSuffix } from "../../prisma/factories";
import { loader } from "./admin._index";

type Overview = {
  overview: {
    pendingSellers: number;
    pendingCertificates: number;
    expiringCertificates: number;
    suspendedSellers: number;
    hiddenProducts: number;
    unmatchedTransfers: number;
    users: number;
    admins: number;
    waitingSellers: { id: string }[];
    expiring: { id: string }[];
  };
  sales: {
    range: string;
    totals: { orders: number; amount: number };
    previous: { orders: number; amount: number };
    change: { amount: number | null; orders: number | null };
    chart: { bars: unknown[] };
    table: { rows: { cells: string[] }[] };
  };
};

const load = (cookie?: string, url = "/admin") => runRoute<Overview>(() => loader({ request: getRequest(url, cookie), context: {}, params: {} }));

async function paidOrder(sellerId: string, paidAt: Date, status: "PAID" | "CANCELLED" = "PAID") {
  const buyer = await createUser();
  const ward = await db.ward.findFirstOrThrow();
  await db.order.create({
    data: {
      code: `A${uniqueSuffix().toUpperCase()}`,
      buyerId: buyer.id,
      idempotencyKey: `overview-${uniqueSuffix()}`,
      paymentMethod: "VIETQR",
      status,
      subtotal: 200_000,
      shippingTotal: 30_000,
      total: 230_000,
      fullName: "Người mua",
      phone: "0912345678",
      provinceCode: ward.provinceCode,
      wardCode: ward.code,
      addressLine: "1 Đường A",
      expiresAt: new Date(Date.now() + 3_600_000),
      paidAt,
      sellerOrders: { create: [{ sellerId, status, subtotal: 200_000, shippingFee: 30_000, commissionRateBps: 500 }] },
    },
  });
}

describe("/admin", () => {
  it("anonymous → login; shopper → 403", async () => {
    const anon = await load();
    expect(anon.status).toBe(302);
    expect(anon.headers.get("Location")).toBe("/login?redirectTo=%2Fadmin");
    const { cookie } = await createTestUser();
    expect((await load(cookie)).status).toBe(403);
  });

  it("counts what needs attention: applications, certificates to verify, certificates expiring within 60 days", async () => {
    const { cookie } = await createTestUser({ role: "ADMIN" });
    const before = (await load(cookie)).data!.overview;
    const pending = await createTestSeller("PENDING");
    const approved = await createTestSeller("APPROVED");
    await createTestSeller("SUSPENDED");
    await createTestUser();
    await createCertificate({ sellerId: approved.id, status: "PENDING" });
    const soon = await createCertificate({ sellerId: approved.id, status: "VERIFIED", issuedAt: addMonths(new Date(), -36), expiresAt: addDays(new Date(), 30) });
    await createCertificate({ sellerId: approved.id, status: "VERIFIED", issuedAt: addMonths(new Date(), -30), expiresAt: addDays(new Date(), 120) });
    // A transfer whose content named no order: the admin must reconcile it.
    await db.bankTransfer.create({ data: { notificationId: `FT-overview-${Date.now()}`, amount: 150_000, content: "chuyen tien hang", accountNumber: "1029384756", transactionAt: new Date(), match: "UNMATCHED" } });

    const after = await load(cookie);
    expect(after.status).toBe(200);
    const o = after.data!.overview;
    expect(o.pendingSellers).toBe(before.pendingSellers + 1);
    expect(o.suspendedSellers).toBe(before.suspendedSellers + 1);
    expect(o.pendingCertificates).toBe(before.pendingCertificates + 1);
    expect(o.expiringCertificates).toBe(before.expiringCertificates + 1);
    expect(o.unmatchedTransfers).toBe(before.unmatchedTransfers + 1);
    expect(o.expiring.map((c) => c.id)).toContain(soon.id);
    expect(o.users).toBeGreaterThan(before.users);
    expect(o.admins).toBeGreaterThanOrEqual(1);
    expect(o.waitingSellers.map((s) => s.id)).toContain(pending.id);
  });

  it("shows GMV and paid orders over 30 days (or 12 weeks) with the previous period for comparison", async () => {
    const { cookie } = await createTestUser({ role: "ADMIN" });
    const seller = await createTestSeller("APPROVED");
    const before = (await load(cookie)).data!.sales;
    expect(before.range).toBe("30d");
    expect(before.chart.bars).toHaveLength(30);
    expect(before.table.rows).toHaveLength(30);

    await paidOrder(seller.id, new Date());
    await paidOrder(seller.id, new Date(), "CANCELLED");
    await paidOrder(seller.id, addDays(new Date(), -40)); // the previous 30 days

    const after = (await load(cookie)).data!.sales;
    expect(after.totals).toEqual({ orders: before.totals.orders + 1, amount: before.totals.amount + 230_000 });
    expect(after.previous).toEqual({ orders: before.previous.orders + 1, amount: before.previous.amount + 230_000 });
    expect(after.change.amount).not.toBeNull();
    // Today's row (newest first) shows the order in đồng.
    expect(after.table.rows[0].cells[2]).toMatch(/ ₫$/);

    const weeks = (await load(cookie, "/admin?range=12w")).data!.sales;
    expect(weeks.range).toBe("12w");
    expect(weeks.table.rows).toHaveLength(12);
    expect(weeks.totals.amount).toBeGreaterThanOrEqual(after.totals.amount);
    // An unknown range falls back to 30 days rather than failing.
    expect((await load(cookie, "/admin?range=forever")).data!.sales.range).toBe("30d");
  });
});

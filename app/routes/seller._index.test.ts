import { describe, expect, it } from "vitest";
import { db, addSellerMember, createTestSeller, createTestUser, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { createProduct, createUser } from "../../prisma/factories";
import { loader } from "./seller._index";

type Page = {
  portal: { seller: { slug: string; status: string; statusReason: string | null }; canWrite: boolean };
  dashboard: {
    orders: { toConfirm: number; toShip: number; total: number };
    products: { total: number; byStatus: Record<string, number> };
    lowStock: { count: number; variants: { sku: string; available: number }[] };
    certificates: { pending: number; verified: number };
  };
  balance: number;
  sales: {
    totals: { orders: number; amount: number };
    chart: { bars: { title: string }[]; summary: string };
    table: { rows: { key: string; cells: string[] }[]; totals: string[] };
  };
  otherApplications: { sellerId: string; status: string }[];
};

const load = (cookie?: string, url = "/seller") => runRoute<Page>(() => loader({ request: getRequest(url, cookie), context: {}, params: {} }));

async function sellerOrder(sellerId: string, status: "PAID" | "CONFIRMED" | "SHIPPED", paidAt: Date | null = null) {
  const buyer = await createUser();
  const ward = await db.ward.findFirstOrThrow();
  const order = await db.order.create({
    data: {
      code: `T${Math.random().toString(36).slice(2, 9).toUpperCase()}`,
      buyerId: buyer.id,
      idempotencyKey: Math.random().toString(36),
      paymentMethod: "VIETQR",
      status: "PAID",
      subtotal: 100_000,
      shippingTotal: 20_000,
      total: 120_000,
      fullName: "Người mua",
      phone: "0912345678",
      provinceCode: ward.provinceCode,
      wardCode: ward.code,
      addressLine: "1 Đường A",
      expiresAt: new Date(Date.now() + 3_600_000),
      paidAt,
    },
  });
  await db.sellerOrder.create({ data: { orderId: order.id, sellerId, status, subtotal: 100_000, shippingFee: 20_000, commissionRateBps: 500 } });
}

describe("/seller", () => {
  it("anonymous → login", async () => {
    const res = await load();
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/login?redirectTo=%2Fseller");
  });

  it("403 with a reason for a shopper and for a PENDING or REJECTED application", async () => {
    const shopper = await createTestUser();
    const none = await load(shopper.cookie);
    expect(none.status).toBe(403);
    expect(await none.response?.json()).toEqual({ reason: "no_seller" });

    for (const status of ["PENDING", "REJECTED"] as const) {
      const seller = await createTestSeller(status);
      const member = await createTestUser();
      await addSellerMember(member.user.id, seller.id);
      const res = await load(member.cookie);
      expect(res.status).toBe(403);
      expect(await res.response?.json()).toMatchObject({ reason: status === "PENDING" ? "seller_pending" : "seller_rejected", sellerName: seller.name });
    }
  });

  it("counts orders to confirm and ship, products by status and low-stock variants, for the chosen seller only", async () => {
    const seller = await createTestSeller("APPROVED");
    const other = await createTestSeller("APPROVED");
    const pending = await createTestSeller("PENDING");
    const { user, cookie } = await createTestUser();
    await addSellerMember(user.id, seller.id);
    await addSellerMember(user.id, pending.id);
    await createProduct({ sellerId: seller.id, status: "ACTIVE", variants: [{ label: "Hũ", sku: "LOW-1", price: 50_000, onHand: 2, lowStockThreshold: 5 }] });
    await createProduct({ sellerId: seller.id, status: "DRAFT", variants: [{ label: "Hũ", sku: "OK-1", price: 50_000, onHand: 50 }] });
    await createProduct({ sellerId: seller.id, status: "ARCHIVED", variants: [{ label: "Hũ", sku: "ARCH-1", price: 50_000, onHand: 0 }] });
    await createProduct({ sellerId: other.id, status: "ACTIVE", variants: [{ label: "Hũ", sku: "THEIRS", price: 50_000, onHand: 0 }] });
    await sellerOrder(seller.id, "PAID");
    await sellerOrder(seller.id, "PAID");
    await sellerOrder(seller.id, "CONFIRMED");
    await sellerOrder(seller.id, "SHIPPED");
    await sellerOrder(other.id, "PAID");

    const res = await load(cookie);
    expect(res.status).toBe(200);
    const { dashboard } = res.data!;
    expect(dashboard.orders).toEqual({ toConfirm: 2, toShip: 1, total: 4 });
    expect(dashboard.products).toMatchObject({ total: 3, byStatus: { ACTIVE: 1, DRAFT: 1, ARCHIVED: 1, HIDDEN: 0 } });
    // Archived products do not count as running low.
    expect(dashboard.lowStock).toMatchObject({ count: 1, variants: [{ sku: "LOW-1", available: 2 }] });
    expect(res.data!.otherApplications).toEqual([{ sellerId: pending.id, name: pending.name, status: "PENDING" }]);
  });

  it("shows the balance and 30 days of sales paid (goods only), with the numbers as a table", async () => {
    const seller = await createTestSeller("APPROVED");
    const other = await createTestSeller("APPROVED");
    const { user, cookie } = await createTestUser();
    await addSellerMember(user.id, seller.id);
    await sellerOrder(seller.id, "CONFIRMED", new Date());
    await sellerOrder(seller.id, "PAID", new Date());
    await sellerOrder(seller.id, "PAID"); // not paid yet as far as the chart goes (no paid date)
    await sellerOrder(other.id, "PAID", new Date());
    await db.sellerLedgerEntry.create({ data: { sellerId: seller.id, type: "ADJUSTMENT", amount: 345_000, note: "test" } });
    await db.sellerLedgerEntry.create({ data: { sellerId: other.id, type: "ADJUSTMENT", amount: 999_000, note: "test" } });

    const res = await load(cookie);
    expect(res.status).toBe(200);
    const { balance, sales } = res.data!;
    expect(balance).toBe(345_000);
    expect(sales.totals).toEqual({ orders: 2, amount: 200_000 });
    expect(sales.chart.bars).toHaveLength(30);
    expect(sales.table.rows).toHaveLength(30);
    // Newest first: today's row carries both orders; money as "200.000 ₫".
    expect(sales.table.rows[0].cells).toEqual([expect.stringMatching(/^\d{2}\/\d{2}$/), "2", "200.000 ₫"]);
    expect(sales.table.totals).toEqual(["Tổng", "2", "200.000 ₫"]);
    expect(sales.chart.summary).toContain("200.000 ₫");
  });

  it("a suspended seller's page says so and is read-only", async () => {
    const suspended = await createTestSeller("SUSPENDED", "Sản phẩm bị phản ánh về chất lượng");
    const { user, cookie } = await createTestUser();
    await addSellerMember(user.id, suspended.id);
    const res = await load(cookie);
    expect(res.status).toBe(200);
    expect(res.data?.portal).toMatchObject({ seller: { status: "SUSPENDED", statusReason: "Sản phẩm bị phản ánh về chất lượng" }, canWrite: false });
  });
});

// /admin/payouts through the route module: balances and household tax on the
// page, a payout above the balance refused (409, nothing written), a payout and
// commission changes recorded and audited with the admin's IP address; a seller
// (not an admin) is refused.
import { beforeAll, describe, expect, it } from "vitest";
import { addSellerMember, createTestUser, db, formRequest, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { sellerBalance } from "~/modules/ledger/index.server";
import { COMMISSION_SETTING_KEY } from "~/modules/payouts/index.server";
import { sellerWithSales } from "~/modules/payouts/testing.server";
import { action, loader, type PayoutsActionData } from "./admin.payouts._index";

const context = { clientIp: "203.0.113.88" };
let adminCookie: string;
let adminId: string;

beforeAll(async () => {
  const admin = await createTestUser({ role: "ADMIN", name: "Quản trị Chi trả Tuyến" });
  adminCookie = admin.cookie;
  adminId = admin.user.id;
});

const post = (fields: Record<string, string>, cookie = adminCookie) =>
  runRoute<PayoutsActionData>(() => action({ request: formRequest("/admin/payouts", fields, { cookie }), context, params: {} }));

describe("/admin/payouts", () => {
  it("shows balances and household tax; records a payout within the balance, refuses one above it", async () => {
    const seller = await sellerWithSales([{ gross: 1_000_000, commission: 50_000, at: new Date("2026-10-10T03:00:00Z") }], "HOUSEHOLD");
    const page = await runRoute<{ balances: { sellerId: string; balance: number }[]; tax: { sellerId: string; month: string; total: number }[] }>(() =>
      loader({ request: getRequest("/admin/payouts", adminCookie), context, params: {} }),
    );
    expect(page.status).toBe(200);
    expect(page.data?.balances.find((b) => b.sellerId === seller.id)).toMatchObject({ balance: 950_000 });
    expect(page.data?.tax.find((r) => r.sellerId === seller.id)).toMatchObject({ month: "2026-10", total: 15_000 });

    const audits = await db.auditLog.count();
    const above = await post({ intent: "payout", sellerId: seller.id, amount: "950.001", bankReference: "FT-R1", paidOn: "2026-11-25" });
    expect(above.status).toBe(409);
    expect(above.data).toMatchObject({ intent: "payout", targetId: seller.id, error: "exceeds_balance" });
    expect((await post({ intent: "payout", sellerId: seller.id, amount: "abc", bankReference: "FT-R1", paidOn: "2026-11-25" })).status).toBe(400);
    expect(await db.auditLog.count()).toBe(audits);
    expect(await db.payout.count({ where: { sellerId: seller.id } })).toBe(0);

    const ok = await post({ intent: "payout", sellerId: seller.id, amount: "900.000", bankReference: "FT-R2", paidOn: "2026-11-25" });
    expect(ok.status).toBe(302);
    expect(ok.headers.get("Location")).toBe("/admin/payouts?done=payout");
    expect(await sellerBalance(seller.id)).toBe(50_000);
    expect(await db.auditLog.findFirst({ where: { action: "payout.record" }, orderBy: { id: "desc" } })).toMatchObject({ actorId: adminId, ipAddress: "203.0.113.88" });
  });

  it("sets a seller's commission in percent and the default; invalid rates are 400", async () => {
    const seller = await sellerWithSales([{ gross: 100_000, commission: 5_000 }]);
    expect((await post({ intent: "seller-commission", sellerId: seller.id, percent: "2,5" })).headers.get("Location")).toBe("/admin/payouts?done=sellerCommission");
    expect((await db.seller.findUniqueOrThrow({ where: { id: seller.id } })).commissionRateBps).toBe(250);
    expect((await post({ intent: "seller-commission", sellerId: seller.id, percent: "31" })).status).toBe(400);
    expect((await post({ intent: "seller-commission", sellerId: seller.id, percent: "" })).status).toBe(302);
    expect((await db.seller.findUniqueOrThrow({ where: { id: seller.id } })).commissionRateBps).toBeNull();

    expect((await post({ intent: "default-commission", percent: "" })).status).toBe(400);
    expect((await post({ intent: "default-commission", percent: "6" })).headers.get("Location")).toBe("/admin/payouts?done=defaultCommission");
    expect(await db.platformSetting.findUniqueOrThrow({ where: { key: COMMISSION_SETTING_KEY } })).toMatchObject({ value: 600 });
    expect(await db.auditLog.findFirst({ where: { action: "commission.set", entityId: COMMISSION_SETTING_KEY }, orderBy: { id: "desc" } })).toMatchObject({ actorId: adminId });
    await db.platformSetting.deleteMany({ where: { key: COMMISSION_SETTING_KEY } });
  });

  it("a seller's owner is not an admin: 403", async () => {
    const seller = await sellerWithSales([{ gross: 100_000, commission: 5_000 }]);
    const owner = await createTestUser();
    await addSellerMember(owner.user.id, seller.id);
    expect((await runRoute(() => loader({ request: getRequest("/admin/payouts", owner.cookie), context, params: {} }))).status).toBe(403);
    expect((await post({ intent: "payout", sellerId: seller.id, amount: "1000", bankReference: "X", paidOn: "2026-11-25" }, owner.cookie)).status).toBe(403);
    expect(await db.payout.count({ where: { sellerId: seller.id } })).toBe(0);
  });
});

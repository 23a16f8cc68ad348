// Commission and payouts against real PostgreSQL: a payout never exceeds the
// balance (even two at once), debits the ledger and is audited; commission rates
// (per seller and default) are stored and audited; household tax per month.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { sellerBalance } from "~/modules/ledger/index.server";
import { sellerWithSales } from "./testing.server";
import { checkoutConfig } from "~/modules/checkout/config.server";
import { createSeller, createUser } from "../../../prisma/factories";
import {
  COMMISSION_SETTING_KEY,
  effectiveCommissionBps,
  getDefaultCommissionBps,
  householdTaxByMonth,
  listSellerBalances,
  recordPayout,
  setDefaultCommission,
  setSellerCommission,
} from "./index.server";

let actor: { id: string; ipAddress: string };

beforeAll(async () => {
  const admin = await createUser({ role: "ADMIN", name: "Quản trị Chi trả" });
  actor = { id: admin.id, ipAddress: "203.0.113.77" };
});

describe("recordPayout", () => {
  it("refuses a payout above the balance (or ≤ 0) and writes nothing", async () => {
    const seller = await sellerWithSales([{ gross: 200_000, commission: 10_000 }]);
    const [payouts, entries, audits] = await Promise.all([prisma.payout.count(), prisma.sellerLedgerEntry.count(), prisma.auditLog.count()]);

    const above = await recordPayout(actor, { sellerId: seller.id, amount: 190_001, bankReference: "FT001", paidOn: "2026-11-20" });
    expect(above).toMatchObject({ ok: false, error: "exceeds_balance", balance: 190_000 });
    if (!above.ok) expect(above.message).toMatch(/vượt quá số dư/);
    expect(await recordPayout(actor, { sellerId: seller.id, amount: 0, bankReference: "FT001", paidOn: "2026-11-20" })).toMatchObject({ ok: false, error: "invalid_amount" });
    expect(await recordPayout(actor, { sellerId: seller.id, amount: -5, bankReference: "FT001", paidOn: "2026-11-20" })).toMatchObject({ ok: false, error: "invalid_amount" });
    expect(await recordPayout(actor, { sellerId: seller.id, amount: 1.5, bankReference: "FT001", paidOn: "2026-11-20" })).toMatchObject({ ok: false, error: "invalid_amount" });
    expect(await recordPayout(actor, { sellerId: seller.id, amount: 1000, bankReference: " ", paidOn: "2026-11-20" })).toMatchObject({ ok: false, error: "invalid_reference" });
    expect(await recordPayout(actor, { sellerId: seller.id, amount: 1000, bankReference: "FT1", paidOn: "2026-02-30" })).toMatchObject({ ok: false, error: "invalid_date" });
    expect(await recordPayout(actor, { sellerId: "khong-co", amount: 1000, bankReference: "FT1", paidOn: "2026-11-20" })).toMatchObject({ ok: false, error: "not_found" });

    expect([await prisma.payout.count(), await prisma.sellerLedgerEntry.count(), await prisma.auditLog.count()]).toEqual([payouts, entries, audits]);
    expect(await sellerBalance(seller.id)).toBe(190_000);
  });

  it("a payout within the balance debits the ledger and writes one audit row", async () => {
    const seller = await sellerWithSales([{ gross: 200_000, commission: 10_000 }]);
    const audits = await prisma.auditLog.count();
    const result = await recordPayout(actor, { sellerId: seller.id, amount: 150_000, bankReference: " FT2611001 ", paidOn: "2026-11-20" });
    expect(result).toMatchObject({ ok: true, balanceBefore: 190_000, balanceAfter: 40_000 });
    if (!result.ok) throw new Error("refused");
    expect(await sellerBalance(seller.id)).toBe(40_000);

    const payout = await prisma.payout.findUniqueOrThrow({ where: { id: result.payoutId }, include: { ledgerEntry: true } });
    expect(payout).toMatchObject({ sellerId: seller.id, amount: 150_000, bankReference: "FT2611001", recordedById: actor.id });
    expect(payout.paidOn.toISOString().slice(0, 10)).toBe("2026-11-20");
    expect(payout.ledgerEntry).toMatchObject({ type: "PAYOUT", amount: -150_000, sellerId: seller.id });

    expect(await prisma.auditLog.count()).toBe(audits + 1);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "payout.record", entityId: payout.id } });
    expect(audit).toMatchObject({ actorId: actor.id, entityType: "payout", ipAddress: "203.0.113.77" });
    expect(audit.after).toMatchObject({ sellerId: seller.id, amount: 150_000, bankReference: "FT2611001", paidOn: "2026-11-20", balance: 40_000 });

    // The whole balance can be paid; then nothing more.
    expect(await recordPayout(actor, { sellerId: seller.id, amount: 40_000, bankReference: "FT2", paidOn: new Date("2026-11-21") })).toMatchObject({ ok: true, balanceAfter: 0 });
    expect(await recordPayout(actor, { sellerId: seller.id, amount: 1, bankReference: "FT3", paidOn: "2026-11-21" })).toMatchObject({ ok: false, error: "exceeds_balance" });
  });

  it("two concurrent payouts that together exceed the balance: one is refused", async () => {
    const seller = await sellerWithSales([{ gross: 100_000, commission: 5_000 }]);
    const results = await Promise.all([
      recordPayout(actor, { sellerId: seller.id, amount: 70_000, bankReference: "FT-A", paidOn: "2026-11-22" }),
      recordPayout(actor, { sellerId: seller.id, amount: 60_000, bankReference: "FT-B", paidOn: "2026-11-22" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ error: "exceeds_balance" }]);
    expect(await prisma.payout.count({ where: { sellerId: seller.id } })).toBe(1);
    expect(await sellerBalance(seller.id)).toBeGreaterThanOrEqual(0);
    expect([25_000, 35_000]).toContain(await sellerBalance(seller.id));
  });
});

describe("listSellerBalances", () => {
  it("shows approved and suspended sellers with gross sales, commission, payouts and balance", async () => {
    const seller = await sellerWithSales([{ gross: 300_000, commission: 15_000 }, { gross: 100_000, commission: 5_000 }]);
    await recordPayout(actor, { sellerId: seller.id, amount: 80_000, bankReference: "FT-L", paidOn: "2026-11-23" });
    const pending = await createSeller({ status: "PENDING" });
    const rows = await listSellerBalances();
    expect(rows.find((r) => r.sellerId === seller.id)).toMatchObject({ grossSales: 400_000, commission: 20_000, paidOut: 80_000, balance: 300_000, status: "APPROVED" });
    expect(rows.some((r) => r.sellerId === pending.id)).toBe(false);
    await prisma.seller.update({ where: { id: seller.id }, data: { status: "SUSPENDED", statusReason: "Kiểm tra" } });
    expect((await listSellerBalances()).find((r) => r.sellerId === seller.id)).toMatchObject({ status: "SUSPENDED", balance: 300_000 });
  });
});

describe("commission", () => {
  it("per seller: stored, audited, cleared back to the default; out of range refused", async () => {
    const seller = await createSeller({ status: "APPROVED" });
    const audits = await prisma.auditLog.count();
    expect(await setSellerCommission(actor, seller.id, 3001)).toMatchObject({ ok: false, error: "invalid_rate" });
    expect(await setSellerCommission(actor, seller.id, -1)).toMatchObject({ ok: false, error: "invalid_rate" });
    expect(await setSellerCommission(actor, "khong-co", 100)).toMatchObject({ ok: false, error: "not_found" });
    expect(await prisma.auditLog.count()).toBe(audits);

    expect(await setSellerCommission(actor, seller.id, 300)).toEqual({ ok: true, changed: true });
    expect((await prisma.seller.findUniqueOrThrow({ where: { id: seller.id } })).commissionRateBps).toBe(300);
    expect(await effectiveCommissionBps(seller.id)).toBe(300);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "commission.set", entityId: seller.id }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: actor.id, entityType: "seller", ipAddress: "203.0.113.77", before: { commissionRateBps: null }, after: { commissionRateBps: 300 } });
    // The same rate again changes nothing and writes nothing.
    expect(await setSellerCommission(actor, seller.id, 300)).toEqual({ ok: true, changed: false });
    expect(await prisma.auditLog.count()).toBe(audits + 1);

    expect(await setSellerCommission(actor, seller.id, null)).toEqual({ ok: true, changed: true });
    expect((await prisma.seller.findUniqueOrThrow({ where: { id: seller.id } })).commissionRateBps).toBeNull();
    expect(await prisma.auditLog.count()).toBe(audits + 2);
  });

  it("default: PLATFORM_COMMISSION_BPS until set, then the PlatformSetting; audited", async () => {
    await prisma.platformSetting.deleteMany({ where: { key: COMMISSION_SETTING_KEY } });
    expect(await getDefaultCommissionBps()).toBe(checkoutConfig.PLATFORM_COMMISSION_BPS);
    const audits = await prisma.auditLog.count();
    expect(await setDefaultCommission(actor, 3500)).toMatchObject({ ok: false, error: "invalid_rate" });
    expect(await setDefaultCommission(actor, 2.5)).toMatchObject({ ok: false, error: "invalid_rate" });
    expect(await prisma.auditLog.count()).toBe(audits);

    expect(await setDefaultCommission(actor, 700)).toEqual({ ok: true, changed: true });
    expect(await prisma.platformSetting.findUniqueOrThrow({ where: { key: COMMISSION_SETTING_KEY } })).toMatchObject({ value: 700 });
    expect(await getDefaultCommissionBps()).toBe(700);
    const seller = await createSeller({ status: "APPROVED" });
    expect(await effectiveCommissionBps(seller.id)).toBe(700);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "commission.set", entityId: COMMISSION_SETTING_KEY }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: actor.id, entityType: "platform_setting", before: { commissionRateBps: checkoutConfig.PLATFORM_COMMISSION_BPS }, after: { commissionRateBps: 700 } });
    expect(await setDefaultCommission(actor, 700)).toEqual({ ok: true, changed: false });
    expect(await setDefaultCommission(actor, 0)).toEqual({ ok: true, changed: true });
    expect(await getDefaultCommissionBps()).toBe(0);
    expect(await prisma.auditLog.count()).toBe(audits + 2);
    await prisma.platformSetting.deleteMany({ where: { key: COMMISSION_SETTING_KEY } });
  });
});

describe("householdTaxByMonth", () => {
  it("sums a household seller's SALE gross per Vietnam month × VAT 1% + PIT 0.5%", async () => {
    const household = await sellerWithSales(
      [
        { gross: 1_000_000, commission: 50_000, at: new Date("2026-10-05T03:00:00Z") },
        { gross: 333_333, commission: 16_667, at: new Date("2026-10-31T18:00:00Z") }, // 1 Nov 01:00 in Vietnam
        { gross: 200_000, commission: 10_000, at: new Date("2026-10-31T16:00:00Z") }, // 31 Oct 23:00 in Vietnam
      ],
      "HOUSEHOLD",
    );
    // A payout is not revenue.
    await recordPayout(actor, { sellerId: household.id, amount: 100_000, bankReference: "FT-T", paidOn: "2026-11-02" });
    const cooperative = await sellerWithSales([{ gross: 500_000, commission: 25_000, at: new Date("2026-10-05T03:00:00Z") }]);

    const rows = await householdTaxByMonth(household.id);
    expect(rows).toEqual([
      { sellerId: household.id, sellerName: household.name, taxCode: household.taxCode, month: "2026-11", gross: 333_333, vat: 3_333, pit: 1_667, total: 5_000 },
      { sellerId: household.id, sellerName: household.name, taxCode: household.taxCode, month: "2026-10", gross: 1_200_000, vat: 12_000, pit: 6_000, total: 18_000 },
    ]);
    const all = await householdTaxByMonth("all");
    expect(all.filter((r) => r.sellerId === household.id)).toHaveLength(2);
    expect(all.some((r) => r.sellerId === cooperative.id)).toBe(false);
    expect(await householdTaxByMonth(cooperative.id)).toEqual([]);
  });
});

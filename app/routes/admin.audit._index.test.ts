import { describe, expect, it } from "vitest";
import { createTestUser, db, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { recordAudit } from "~/modules/audit/index.server";
import { getFixedT } from "~/lib/i18n/i18n";
import { loader } from "./admin.audit._index";

type Page = { entries: { action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[] };

const load = (cookie: string, url: string) => runRoute<Page>(() => loader({ request: getRequest(url, cookie), context: {}, params: {} }));

describe("/admin/audit", () => {
  it("puts payout and commission values into words: money in đồng, rates as %, payout days dd/mm/yyyy", async () => {
    const { user, cookie } = await createTestUser({ role: "ADMIN" });
    await recordAudit(db, {
      actorId: user.id,
      action: "payout.record",
      entityType: "payout",
      entityId: "payout-1",
      before: { name: "HTX Thử", sellerId: "s1", balance: 1_500_000 },
      after: { name: "HTX Thử", sellerId: "s1", amount: 1_000_000, bankReference: "FT2611", paidOn: "2026-11-26", balance: 500_000 },
    });
    await recordAudit(db, { actorId: user.id, action: "commission.set", entityType: "seller", entityId: "s1", before: { name: "HTX Thử", commissionRateBps: 500 }, after: { name: "HTX Thử", commissionRateBps: 250 } });
    await recordAudit(db, { actorId: user.id, action: "payment.confirm_transfer", entityType: "bank_transfer", entityId: "bt1", before: { match: "UNMATCHED", amount: 93_000 }, after: { match: "MANUAL", amount: 93_000, result: "paid" } });

    const payout = (await load(cookie, "/admin/audit?action=payout.record")).data!.entries[0];
    expect(payout.before).toMatchObject({ balance: "1.500.000 ₫" });
    expect(payout.after).toMatchObject({ amount: "1.000.000 ₫", bankReference: "FT2611", paidOn: "26/11/2026", balance: "500.000 ₫" });

    const commission = (await load(cookie, "/admin/audit?action=commission.set")).data!.entries[0];
    expect(commission.before).toMatchObject({ commissionRateBps: "5%" });
    expect(commission.after).toMatchObject({ commissionRateBps: "2,5%" });

    const transfer = (await load(cookie, "/admin/audit?action=payment.confirm_transfer")).data!.entries[0];
    expect(transfer.after).toMatchObject({ match: "Quản trị viên xác nhận", result: "Đơn đã được thanh toán", amount: "93.000 ₫" });
  });

  it("has labels for the payout and commission fields and actions in both languages", () => {
    for (const lang of ["vi", "en"] as const) {
      const t = getFixedT(lang, "admin");
      for (const key of ["audit.actions.payout.record", "audit.actions.commission.set", ...["amount", "bankReference", "paidOn", "paidAt", "balance", "commissionRateBps"].map((f) => `audit.fields.${f}`)]) {
        expect(t(key), `${lang} ${key}`).not.toBe(key);
      }
    }
  });
});

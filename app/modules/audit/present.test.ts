// The audit snapshots' raw values in words, as the log and the entity pages show them.
import { describe, expect, it } from "vitest";
import { presentAuditEntries } from "./present.server";

describe("presentAuditEntries", () => {
  const entry = {
    id: "1",
    before: { commissionRateBps: 500, status: "APPROVED", name: "HTX Mỹ Xuyên" },
    after: { commissionRateBps: 750, amount: 150_000, paidOn: "2026-11-26", match: "MANUAL", tags: ["a"] },
  };

  it("money as đồng, rates as percent, days as dd/mm/yyyy, outcomes in words; everything else untouched", () => {
    const [vi] = presentAuditEntries([entry], "vi");
    expect(vi.before).toEqual({ commissionRateBps: "5%", status: "APPROVED", name: "HTX Mỹ Xuyên" });
    expect(vi.after).toMatchObject({ commissionRateBps: "7,5%", amount: "150.000 ₫", paidOn: "26/11/2026", tags: ["a"] });
    expect(vi.after).not.toHaveProperty("match", "MANUAL");
    expect(vi.id).toBe("1");
    const [en] = presentAuditEntries([entry], "en");
    expect(en.after).toMatchObject({ commissionRateBps: "7.5%", amount: "150.000 ₫", paidOn: "26/11/2026" });
  });

  it("leaves empty and non-object snapshots alone", () => {
    expect(presentAuditEntries([{ before: null, after: "x" }], "vi")).toEqual([{ before: null, after: "x" }]);
  });
});

import { describe, expect, it } from "vitest";
import { createTestSeller, createTestUser, db, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { addDays, addMonths, createCertificate } from "../../prisma/factories";
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
};

const load = (cookie?: string) => runRoute<Overview>(() => loader({ request: getRequest("/admin", cookie), context: {}, params: {} }));

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
});

// The audit log: every admin action writes a row (all twelve, through the real
// module functions), rows can't be changed or removed by anyone, and the log
// is searchable by words, action, entity, actor and dates.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { createCertificate, createProduct, createSeller, createUser } from "../../../prisma/factories";
import { grantAdmin, removeAdmin, revokeUserSessions } from "~/modules/users/index.server";
import { approveSeller, rejectSeller, reinstateSeller, suspendSeller } from "~/modules/sellers/index.server";
import { rejectCertificate, revokeCertificate, verifyCertificate } from "~/modules/certificates/index.server";
import { hideProduct, liftHide } from "~/modules/products/moderation.server";
import { AUDIT_ACTIONS, auditChanges, auditUnchanged, recordAudit, searchAuditLog, vietnamDayStart } from "./index.server";

let adminId: string;
let adminName: string;

beforeAll(async () => {
  const admin = await createUser({ role: "ADMIN", name: "Lê Quản Trị", email: "le.quantri@example.com" });
  adminId = admin.id;
  adminName = admin.name;
});

describe("every admin action is audited", () => {
  it("each of the twelve actions writes exactly one row naming the admin", async () => {
    const actor = { id: adminId, ipAddress: "203.0.113.50" };
    const pending1 = await createSeller({ status: "PENDING", name: "Hợp tác xã Nhật Ký Một" });
    const pending2 = await createSeller({ status: "PENDING", name: "Hợp tác xã Nhật Ký Hai" });
    const certToVerify = await createCertificate({ sellerId: pending1.id, status: "PENDING" });
    const certToReject = await createCertificate({ sellerId: pending1.id, status: "PENDING" });
    const product = await createProduct({ sellerId: pending1.id, categorySlug: "gom-su" });
    const shopper = await createUser();
    const before = await prisma.auditLog.count();

    const steps: [string, () => Promise<{ ok: boolean }>][] = [
      ["seller.approve", () => approveSeller(pending1.id, actor)],
      ["seller.reject", () => rejectSeller(pending2.id, "Thiếu hồ sơ", actor)],
      ["seller.suspend", () => suspendSeller(pending1.id, "Kiểm tra", actor)],
      ["seller.reinstate", () => reinstateSeller(pending1.id, actor)],
      ["certificate.verify", () => verifyCertificate(certToVerify.id, actor)],
      ["certificate.reject", () => rejectCertificate(certToReject.id, "Không khớp", actor)],
      ["certificate.revoke", () => revokeCertificate(certToVerify.id, "Bị thu hồi", actor)],
      ["product.hide", () => hideProduct(product.id, "Sai nhãn", actor)],
      ["product.unhide", () => liftHide(product.id, actor)],
      ["user.grant_admin", () => grantAdmin(shopper.id, actor)],
      ["user.remove_admin", () => removeAdmin(shopper.id, actor)],
      ["user.revoke_sessions", () => revokeUserSessions(shopper.id, actor)],
    ];
    // Payments reconciliation actions are driven and checked in app/modules/payments/admin.test.ts,
    // commission and payouts in app/modules/payouts/payouts.test.ts, reviews in app/modules/reviews/reviews.test.ts,
    // and sellers' own changes (bank, profile, team) in app/modules/sellers/{settings,team}.test.ts.
    const elsewhere = ["payment.", "refund.", "payout.", "commission.", "review.", "team.", "seller.update_"];
    const consoleActions = AUDIT_ACTIONS.filter((a) => !elsewhere.some((prefix) => a.startsWith(prefix)));
    expect(steps.map(([action]) => action).sort()).toEqual([...consoleActions].sort());
    for (const [action, run] of steps) {
      const count = await prisma.auditLog.count();
      expect(await run(), action).toMatchObject({ ok: true });
      const rows = await prisma.auditLog.findMany({ where: { id: { gt: BigInt(0) } }, orderBy: { id: "desc" }, take: 1 });
      expect(await prisma.auditLog.count(), action).toBe(count + 1);
      expect(rows[0], action).toMatchObject({ action, actorId: adminId, ipAddress: "203.0.113.50" });
    }
    expect(await prisma.auditLog.count()).toBe(before + consoleActions.length);

    // The page shows them with the admin's name.
    const page = await searchAuditLog({ actor: "le quan tri" });
    expect(page.total).toBe(consoleActions.length);
    expect(new Set(page.entries.map((e) => e.actor?.name))).toEqual(new Set([adminName]));
  });

  it("a refused action writes nothing", async () => {
    const approved = await createSeller({ status: "APPROVED" });
    const count = await prisma.auditLog.count();
    expect(await approveSeller(approved.id, { id: adminId })).toMatchObject({ ok: false });
    expect(await rejectSeller(approved.id, "", { id: adminId })).toMatchObject({ ok: false });
    expect(await prisma.auditLog.count()).toBe(count);
  });
});

describe("append-only", () => {
  it("UPDATE, DELETE and TRUNCATE are refused by the database, for raw SQL and Prisma alike", async () => {
    await prisma.$transaction((tx) => recordAudit(tx, { actorId: adminId, action: "seller.approve", entityType: "seller", entityId: "x1", before: { status: "PENDING" }, after: { status: "APPROVED" } }));
    const row = await prisma.auditLog.findFirstOrThrow({ where: { entityId: "x1" } });
    await expect(prisma.$executeRaw`UPDATE audit_log SET reason = 'sửa lén' WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`UPDATE audit_log SET actor_id = NULL`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRaw`DELETE FROM audit_log WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    await expect(prisma.auditLog.update({ where: { id: row.id }, data: { reason: "sửa" } })).rejects.toThrow();
    await expect(prisma.auditLog.deleteMany({})).rejects.toThrow();
    expect(await prisma.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  it("the module offers no way to change or remove a row", async () => {
    const audit = await import("./index.server");
    expect(Object.keys(audit).filter((name) => /update|delete|remove|edit|purge|truncate/i.test(name))).toEqual([]);
  });

  it("an admin who acted can't be deleted out from under the log", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await prisma.$transaction((tx) => recordAudit(tx, { actorId: admin.id, action: "user.grant_admin", entityType: "user", entityId: admin.id }));
    await expect(prisma.user.delete({ where: { id: admin.id } })).rejects.toThrow();
  });
});

describe("searching", () => {
  it("by words (diacritics optional), action, entity, actor and Vietnamese dates; newest first; paginated", async () => {
    const other = await createUser({ role: "ADMIN", name: "Phạm Kiểm Duyệt" });
    const sellerA = await createSeller({ status: "PENDING", name: "Hợp tác xã Cói Nga Sơn" });
    const sellerB = await createSeller({ status: "PENDING", name: "Hợp tác xã Nón lá Huế" });
    await approveSeller(sellerA.id, { id: other.id });
    await rejectSeller(sellerB.id, "Ảnh giấy phép bị mờ", { id: other.id });

    expect((await searchAuditLog({ q: "coi nga son" })).entries.map((e) => e.entityId)).toEqual([sellerA.id]);
    expect((await searchAuditLog({ q: "giay phep bi mo" })).entries.map((e) => e.entityId)).toEqual([sellerB.id]);
    expect((await searchAuditLog({ q: sellerB.id })).entries.map((e) => e.action)).toEqual(["seller.reject"]);
    const byOther = await searchAuditLog({ actor: "pham kiem duyet" });
    expect(byOther.entries.map((e) => e.action)).toEqual(["seller.reject", "seller.approve"]);
    expect(byOther.entries[0]).toMatchObject({ label: "Hợp tác xã Nón lá Huế", actor: { id: other.id, name: "Phạm Kiểm Duyệt" }, reason: "Ảnh giấy phép bị mờ" });
    expect((await searchAuditLog({ actor: other.id, action: "seller.approve" })).entries.map((e) => e.entityId)).toEqual([sellerA.id]);
    expect((await searchAuditLog({ actor: other.id, entityType: "certificate" })).total).toBe(0);
    expect((await searchAuditLog({ q: "%" })).total).toBe(0);

    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
    expect((await searchAuditLog({ actor: other.id, from: today, to: today })).total).toBe(2);
    expect((await searchAuditLog({ actor: other.id, to: "2020-01-01" })).total).toBe(0);
    expect((await searchAuditLog({ actor: other.id, from: "2999-01-01" })).total).toBe(0);

    const paged = await searchAuditLog({ actor: other.id, pageSize: 1, page: 2 });
    expect(paged).toMatchObject({ total: 2, page: 2, pageCount: 2 });
    expect(paged.entries.map((e) => e.action)).toEqual(["seller.approve"]);
    expect((await searchAuditLog({ actor: other.id, pageSize: 1, page: 99 })).page).toBe(2);
  });

  it("a Vietnamese day starts at midnight in Vietnam", () => {
    expect(vietnamDayStart("2026-11-26")?.toISOString()).toBe("2026-11-25T17:00:00.000Z");
    expect(vietnamDayStart("26/11/2026")).toBeNull();
  });
});

describe("readable diffs", () => {
  it("lists the fields that changed, in order, and the ones that did not", () => {
    const before = { name: "HTX A", status: "PENDING", statusReason: null };
    const after = { name: "HTX A", status: "REJECTED", statusReason: "Thiếu hồ sơ" };
    expect(auditChanges(before, after)).toEqual([
      { field: "status", before: "PENDING", after: "REJECTED" },
      { field: "statusReason", before: null, after: "Thiếu hồ sơ" },
    ]);
    expect(auditUnchanged(before, after)).toEqual([{ field: "name", value: "HTX A" }]);
    expect(auditChanges(null, { role: "ADMIN" })).toEqual([{ field: "role", before: undefined, after: "ADMIN" }]);
    expect(auditChanges(null, null)).toEqual([]);
    expect(auditChanges({ a: 1 }, { a: 1 })).toEqual([]);
  });
});

// Certificate review against real PostgreSQL: verify/reject/revoke with their
// audit rows and outbox rows, invalid transitions refused, the expiring list.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { addDays, addMonths, createCertificate, createProduct, createSeller, createUser } from "../../../prisma/factories";
import {
  countExpiringCertificates,
  getCertificateForAdmin,
  listCertificatesForAdmin,
  listExpiringCertificates,
  rejectCertificate,
  revokeCertificate,
  verifyCertificate,
} from "./index.server";

let admin: { id: string; ipAddress: string };
let sellerId: string;

beforeAll(async () => {
  admin = { id: (await createUser({ role: "ADMIN" })).id, ipAddress: "198.51.100.4" };
  sellerId = (await createSeller({ status: "APPROVED", name: "Hợp tác xã Mật ong Thử Nghiệm" })).id;
});

const auditFor = (entityId: string) => prisma.auditLog.findMany({ where: { entityType: "certificate", entityId }, orderBy: { id: "asc" } });
const outboxFor = (productId: string) => prisma.searchOutbox.count({ where: { productId } });

describe("decisions", () => {
  it("verify: PENDING → VERIFIED with who and when, its products queued for search, audited", async () => {
    const cert = await createCertificate({ sellerId, status: "PENDING", decisionNumber: "321/QĐ-UBND", productName: "Mật ong hoa tràm" });
    const product = await createProduct({ sellerId, name: "Mật ong hoa tràm thử", categorySlug: "mat-ong", certificate: cert.id });
    const queued = await outboxFor(product.id);
    const result = await verifyCertificate(cert.id, admin, "Đối chiếu bản quét khớp");
    expect(result).toEqual({ ok: true, certificate: { id: cert.id, status: "VERIFIED", statusReason: null } });
    const row = await prisma.ocopCertificate.findUniqueOrThrow({ where: { id: cert.id } });
    expect(row).toMatchObject({ status: "VERIFIED", verifiedById: admin.id });
    expect(row.verifiedAt).toBeInstanceOf(Date);
    expect(await outboxFor(product.id)).toBe(queued + 1);
    const audit = await auditFor(cert.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: admin.id,
      action: "certificate.verify",
      reason: "Đối chiếu bản quét khớp",
      ipAddress: "198.51.100.4",
      before: { decisionNumber: "321/QĐ-UBND", status: "PENDING", verifiedAt: null },
      after: { decisionNumber: "321/QĐ-UBND", status: "VERIFIED" },
    });
  });

  it("reject needs a reason; REJECTED keeps it", async () => {
    const cert = await createCertificate({ sellerId, status: "PENDING" });
    expect(await rejectCertificate(cert.id, " ", admin)).toEqual({ ok: false, error: "reason_required" });
    expect(await auditFor(cert.id)).toHaveLength(0);
    const reason = "Bản quét mờ, không đọc được số quyết định";
    expect(await rejectCertificate(cert.id, reason, admin)).toMatchObject({ ok: true, certificate: { status: "REJECTED", statusReason: reason } });
    expect(await prisma.ocopCertificate.findUniqueOrThrow({ where: { id: cert.id } })).toMatchObject({ status: "REJECTED", statusReason: reason, verifiedAt: null });
    expect((await auditFor(cert.id))[0]).toMatchObject({ action: "certificate.reject", reason, after: { status: "REJECTED", statusReason: reason } });
  });

  it("revoke: VERIFIED → REVOKED with a reason; its products queued", async () => {
    const cert = await createCertificate({ sellerId, status: "VERIFIED" });
    const product = await createProduct({ sellerId, categorySlug: "mat-ong", certificate: cert.id });
    const queued = await outboxFor(product.id);
    expect(await revokeCertificate(cert.id, "", admin)).toEqual({ ok: false, error: "reason_required" });
    const reason = "UBND tỉnh thu hồi quyết định công nhận";
    expect(await revokeCertificate(cert.id, reason, admin)).toMatchObject({ ok: true, certificate: { status: "REVOKED", statusReason: reason } });
    expect(await outboxFor(product.id)).toBe(queued + 1);
    expect((await auditFor(cert.id)).map((a) => a.action)).toEqual(["certificate.revoke"]);
  });

  it("refuses transitions that don't exist", async () => {
    const verified = await createCertificate({ sellerId, status: "VERIFIED" });
    const rejected = await createCertificate({ sellerId, status: "REJECTED" });
    const revoked = await createCertificate({ sellerId, status: "REVOKED" });
    const pending = await createCertificate({ sellerId, status: "PENDING" });
    expect(await verifyCertificate(verified.id, admin)).toEqual({ ok: false, error: "invalid_transition", status: "VERIFIED" });
    expect(await rejectCertificate(verified.id, "Lý do", admin)).toEqual({ ok: false, error: "invalid_transition", status: "VERIFIED" });
    expect(await verifyCertificate(rejected.id, admin)).toEqual({ ok: false, error: "invalid_transition", status: "REJECTED" });
    expect(await revokeCertificate(rejected.id, "Lý do", admin)).toEqual({ ok: false, error: "invalid_transition", status: "REJECTED" });
    expect(await verifyCertificate(revoked.id, admin)).toEqual({ ok: false, error: "invalid_transition", status: "REVOKED" });
    expect(await revokeCertificate(pending.id, "Lý do", admin)).toEqual({ ok: false, error: "invalid_transition", status: "PENDING" });
    expect(await verifyCertificate("khong-co", admin)).toEqual({ ok: false, error: "not_found" });
    for (const c of [verified, rejected, revoked, pending]) {
      expect((await prisma.ocopCertificate.findUniqueOrThrow({ where: { id: c.id } })).status).toBe(c.status);
      expect(await auditFor(c.id)).toHaveLength(0);
    }
  });

  it("an expired certificate can't be verified", async () => {
    const issuedAt = addMonths(new Date(), -40);
    const cert = await createCertificate({ sellerId, status: "PENDING", issuedAt });
    expect(await verifyCertificate(cert.id, admin)).toEqual({ ok: false, error: "expired", status: "PENDING" });
    expect((await prisma.ocopCertificate.findUniqueOrThrow({ where: { id: cert.id } })).status).toBe("PENDING");
  });

  it("two admins at once: one decision, one audit row", async () => {
    const cert = await createCertificate({ sellerId, status: "PENDING" });
    const other = { id: (await createUser({ role: "ADMIN" })).id };
    const results = await Promise.all([verifyCertificate(cert.id, admin), rejectCertificate(cert.id, "Không khớp", other)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await auditFor(cert.id)).toHaveLength(1);
  });
});

describe("reads", () => {
  it("lists verified certificates expiring within 60 days, soonest first, and nothing else", async () => {
    const seller = await createSeller({ status: "APPROVED", name: "Hộ kinh doanh Sắp Hết Hạn" });
    const today = new Date();
    const soon = await createCertificate({ sellerId: seller.id, status: "VERIFIED", issuedAt: addMonths(today, -36), expiresAt: addDays(today, 10), productName: "Sắp hết hạn 10 ngày" });
    const later = await createCertificate({ sellerId: seller.id, status: "VERIFIED", issuedAt: addMonths(today, -36), expiresAt: addDays(today, 50), productName: "Sắp hết hạn 50 ngày" });
    await createCertificate({ sellerId: seller.id, status: "VERIFIED", issuedAt: addMonths(today, -30), expiresAt: addDays(today, 90), productName: "Còn 90 ngày" });
    await createCertificate({ sellerId: seller.id, status: "PENDING", issuedAt: addMonths(today, -36), expiresAt: addDays(today, 20), productName: "Chờ xác minh 20 ngày" });
    await createCertificate({ sellerId: seller.id, status: "VERIFIED", issuedAt: addMonths(today, -37), expiresAt: addDays(today, -3), productName: "Đã hết hạn" });
    const mine = (await listExpiringCertificates()).filter((c) => c.seller.id === seller.id);
    expect(mine.map((c) => c.id)).toEqual([soon.id, later.id]);
    expect(await countExpiringCertificates()).toBeGreaterThanOrEqual(2);
  });

  it("queues pending certificates and finds them without diacritics", async () => {
    const cert = await createCertificate({ sellerId, status: "PENDING", productName: "Đường thốt nốt Tri Tôn", decisionNumber: "777/QĐ-UBND" });
    const pending = await listCertificatesForAdmin({ status: "PENDING" });
    expect(pending.certificates.every((c) => c.status === "PENDING")).toBe(true);
    expect((await listCertificatesForAdmin({ q: "duong thot not tri ton" })).certificates.map((c) => c.id)).toEqual([cert.id]);
    expect((await listCertificatesForAdmin({ q: "777/QĐ" })).certificates.map((c) => c.id)).toEqual([cert.id]);
    const detail = await getCertificateForAdmin(cert.id);
    expect(detail).toMatchObject({ id: cert.id, hasScan: false, scanKind: null, decisions: ["verify", "reject"], seller: { id: sellerId } });
  });
});

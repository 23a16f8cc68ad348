// Seller moderation against real PostgreSQL and Meilisearch: valid transitions
// only, a reason where one is required, exactly one winner when two admins
// decide at once, the audit row and the applicant's email in the same
// transaction, and a suspended seller's products leaving search (and coming back).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { createProduct, createSeller, createUser } from "../../../prisma/factories";
import { getSearchClient } from "~/modules/search/client.server";
import { drainOutbox, reindexProducts, searchParamsSchema, searchProducts } from "~/modules/search/index.server";
import { productsIndexName } from "~/modules/search/settings";
import { approveSeller, decideSeller, getSellerForAdmin, listSellersForAdmin, rejectSeller, reinstateSeller, suspendSeller } from "./index.server";

let admin: { id: string; ipAddress: string };
let otherAdmin: { id: string; ipAddress: string };

beforeAll(async () => {
  admin = { id: (await createUser({ role: "ADMIN", name: "Quản trị viên Một" })).id, ipAddress: "203.0.113.7" };
  otherAdmin = { id: (await createUser({ role: "ADMIN", name: "Quản trị viên Hai" })).id, ipAddress: "203.0.113.8" };
});

const auditFor = (entityId: string) => prisma.auditLog.findMany({ where: { entityType: "seller", entityId }, orderBy: { id: "asc" } });

describe("approve and reject", () => {
  it("approve: PENDING → APPROVED, approvedAt set, one audit row, the applicant emailed", async () => {
    const seller = await createSeller({ status: "PENDING", name: "Hợp tác xã Dừa Thử Duyệt", email: "lienhe-duyet@example.com", owner: { email: "chu-duyet@example.com" } });
    const result = await approveSeller(seller.id, admin, "Hồ sơ đầy đủ");
    expect(result).toMatchObject({ ok: true, seller: { id: seller.id, status: "APPROVED", statusReason: null } });
    const row = await prisma.seller.findUniqueOrThrow({ where: { id: seller.id } });
    expect(row.status).toBe("APPROVED");
    expect(row.approvedAt).toBeInstanceOf(Date);

    const audit = await auditFor(seller.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: admin.id,
      action: "seller.approve",
      before: { name: "Hợp tác xã Dừa Thử Duyệt", status: "PENDING", statusReason: null },
      after: { name: "Hợp tác xã Dừa Thử Duyệt", status: "APPROVED", statusReason: null },
      reason: "Hồ sơ đầy đủ",
      ipAddress: "203.0.113.7",
    });

    const emails = await prisma.emailMessage.findMany({ where: { to: { in: ["lienhe-duyet@example.com", "chu-duyet@example.com"] } } });
    expect(emails.map((e) => e.to).sort()).toEqual(["chu-duyet@example.com", "lienhe-duyet@example.com"]);
    expect(emails[0].subject).toContain("đã được duyệt");
    expect(emails[0].text).toContain("Hợp tác xã Dừa Thử Duyệt");
  });

  it("reject needs a reason; with one: REJECTED, the reason stored, audited and emailed", async () => {
    const seller = await createSeller({ status: "PENDING", email: "lienhe-tuchoi@example.com", owner: { email: "lienhe-tuchoi@example.com" } });
    expect(await rejectSeller(seller.id, "", admin)).toEqual({ ok: false, error: "reason_required" });
    expect(await rejectSeller(seller.id, "   ", admin)).toEqual({ ok: false, error: "reason_required" });
    expect((await prisma.seller.findUniqueOrThrow({ where: { id: seller.id } })).status).toBe("PENDING");
    expect(await auditFor(seller.id)).toHaveLength(0);

    const reason = "Thiếu giấy chứng nhận đăng ký kinh doanh";
    expect(await rejectSeller(seller.id, `  ${reason} `, admin)).toMatchObject({ ok: true, seller: { status: "REJECTED", statusReason: reason } });
    expect(await prisma.seller.findUniqueOrThrow({ where: { id: seller.id } })).toMatchObject({ status: "REJECTED", statusReason: reason, approvedAt: null });
    const [audit] = await auditFor(seller.id);
    expect(audit).toMatchObject({ action: "seller.reject", reason, after: { status: "REJECTED", statusReason: reason } });
    // Contact email and owner's email are the same address: one email.
    const emails = await prisma.emailMessage.findMany({ where: { to: "lienhe-tuchoi@example.com" } });
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toContain(reason);
  });

  it("refuses transitions that don't exist, changing nothing and auditing nothing", async () => {
    const approved = await createSeller({ status: "APPROVED" });
    const rejected = await createSeller({ status: "REJECTED" });
    const suspended = await createSeller({ status: "SUSPENDED" });
    const pending = await createSeller({ status: "PENDING" });
    expect(await approveSeller(approved.id, admin)).toEqual({ ok: false, error: "invalid_transition", status: "APPROVED" });
    expect(await rejectSeller(approved.id, "Lý do", admin)).toEqual({ ok: false, error: "invalid_transition", status: "APPROVED" });
    expect(await approveSeller(rejected.id, admin)).toEqual({ ok: false, error: "invalid_transition", status: "REJECTED" });
    expect(await suspendSeller(rejected.id, "Lý do", admin)).toEqual({ ok: false, error: "invalid_transition", status: "REJECTED" });
    expect(await approveSeller(suspended.id, admin)).toEqual({ ok: false, error: "invalid_transition", status: "SUSPENDED" });
    expect(await suspendSeller(suspended.id, "Lý do", admin)).toEqual({ ok: false, error: "invalid_transition", status: "SUSPENDED" });
    expect(await suspendSeller(pending.id, "Lý do", admin)).toEqual({ ok: false, error: "invalid_transition", status: "PENDING" });
    expect(await reinstateSeller(pending.id, admin)).toEqual({ ok: false, error: "invalid_transition", status: "PENDING" });
    expect(await reinstateSeller(approved.id, admin)).toEqual({ ok: false, error: "invalid_transition", status: "APPROVED" });
    expect(await approveSeller("khong-co-nguoi-ban-nay", admin)).toEqual({ ok: false, error: "not_found" });
    for (const s of [approved, rejected, suspended, pending]) {
      expect((await prisma.seller.findUniqueOrThrow({ where: { id: s.id } })).status).toBe(s.status);
      expect(await auditFor(s.id)).toHaveLength(0);
    }
  });

  it("two admins deciding at once: exactly one wins, one audit row", async () => {
    for (let round = 0; round < 5; round++) {
      const seller = await createSeller({ status: "PENDING" });
      const results = await Promise.all([approveSeller(seller.id, admin), rejectSeller(seller.id, "Hồ sơ không hợp lệ", otherAdmin)]);
      const winners = results.filter((r) => r.ok);
      expect(winners, `round ${round}`).toHaveLength(1);
      const loser = results.find((r) => !r.ok)!;
      expect(loser.ok).toBe(false);
      if (!loser.ok) expect(["conflict", "invalid_transition"]).toContain(loser.error);
      const final = await prisma.seller.findUniqueOrThrow({ where: { id: seller.id } });
      const winner = winners[0];
      if (winner.ok) expect(final.status).toBe(winner.seller.status);
      const audit = await auditFor(seller.id);
      expect(audit).toHaveLength(1);
      expect(audit[0].after).toMatchObject({ status: final.status });
    }
  });

  it("two admins approving at once: one approval, one audit row, one set of emails", async () => {
    const seller = await createSeller({ status: "PENDING", email: "dong-thoi@example.com", owner: { email: "dong-thoi@example.com" } });
    const results = await Promise.all([approveSeller(seller.id, admin), approveSeller(seller.id, otherAdmin)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await auditFor(seller.id)).toHaveLength(1);
    expect(await prisma.emailMessage.count({ where: { to: "dong-thoi@example.com" } })).toBe(1);
  });
});

describe("suspend and reinstate", () => {
  const params = (q: string) => searchParamsSchema.parse({ q });

  beforeAll(async () => {
    await getSearchClient()!.deleteIndexIfExists(productsIndexName());
  });

  it("suspend needs a reason; the seller's products leave search and come back on reinstate", async () => {
    const seller = await createSeller({ status: "APPROVED", name: "Hợp tác xã Bưởi Năm Roi Thử Nghiệm" });
    await createProduct({ sellerId: seller.id, name: "Bưởi Năm Roi Bình Minh", categorySlug: "trai-cay-nong-san-say", variants: [{ label: "Trái 1,2 kg", price: 60_000, onHand: 30 }] });
    await createProduct({ sellerId: seller.id, name: "Mứt vỏ bưởi Năm Roi", categorySlug: "banh-keo-mut", variants: [{ label: "Hộp 200 g", price: 45_000, onHand: 10 }] });
    const other = await createSeller({ status: "APPROVED" });
    await createProduct({ sellerId: other.id, name: "Bưởi da xanh Bến Tre", categorySlug: "trai-cay-nong-san-say", variants: [{ label: "Trái 1,5 kg", price: 80_000, onHand: 5 }] });
    await reindexProducts();
    const names = async (q: string) => (await searchProducts(params(q))).hits.map((h) => h.name).sort();
    expect(await names("buoi nam roi")).toEqual(["Bưởi Năm Roi Bình Minh", "Mứt vỏ bưởi Năm Roi"]);

    expect(await suspendSeller(seller.id, "", admin)).toEqual({ ok: false, error: "reason_required" });
    const reason = "Nhiều phản ánh giao hàng trễ, chờ giải trình";
    expect(await suspendSeller(seller.id, reason, admin)).toMatchObject({ ok: true, seller: { status: "SUSPENDED", statusReason: reason } });
    // The outbox rows were written with the status change.
    expect(await prisma.searchOutbox.count()).toBeGreaterThanOrEqual(2);
    await drainOutbox();
    // (A query that finds nothing is relaxed, so look for the seller's products among whatever comes back.)
    for (const q of ["buoi nam roi", "Bưởi Năm Roi Bình Minh", "mut vo buoi", "buoi"]) {
      const found = await names(q);
      expect(found, q).not.toContain("Bưởi Năm Roi Bình Minh");
      expect(found, q).not.toContain("Mứt vỏ bưởi Năm Roi");
    }
    expect(await names("buoi")).toEqual(["Bưởi da xanh Bến Tre"]);

    expect(await reinstateSeller(seller.id, admin, "Đã giải trình")).toMatchObject({ ok: true, seller: { status: "APPROVED", statusReason: null } });
    await drainOutbox();
    expect(await names("buoi nam roi")).toEqual(["Bưởi Năm Roi Bình Minh", "Mứt vỏ bưởi Năm Roi"]);

    const audit = await auditFor(seller.id);
    expect(audit.map((a) => a.action)).toEqual(["seller.suspend", "seller.reinstate"]);
    expect(audit[0]).toMatchObject({ reason, before: { status: "APPROVED" }, after: { status: "SUSPENDED", statusReason: reason } });
    expect(audit[1]).toMatchObject({ reason: "Đã giải trình", before: { status: "SUSPENDED", statusReason: reason }, after: { status: "APPROVED", statusReason: null } });
  });

  it("approving a pending seller makes its active products searchable", async () => {
    const seller = await createSeller({ status: "PENDING", name: "Hợp tác xã Khóm Cầu Đúc Thử Nghiệm" });
    await createProduct({ sellerId: seller.id, name: "Khóm Cầu Đúc Hậu Giang", categorySlug: "trai-cay-nong-san-say", variants: [{ label: "Trái", price: 25_000, onHand: 40 }] });
    await drainOutbox();
    expect((await searchProducts(params("khom cau duc"))).hits).toHaveLength(0);
    await decideSeller("approve", seller.id, admin);
    await drainOutbox();
    expect((await searchProducts(params("khom cau duc"))).hits.map((h) => h.name)).toEqual(["Khóm Cầu Đúc Hậu Giang"]);
  });
});

describe("reads", () => {
  it("lists pending applications first and searches without diacritics", async () => {
    const seller = await createSeller({ status: "PENDING", name: "Hộ kinh doanh Bánh tráng Thuận Hưng", kind: "HOUSEHOLD" });
    const pendingFirst = await listSellersForAdmin({});
    expect(pendingFirst.sellers[0].status).toBe("PENDING");
    const found = await listSellersForAdmin({ q: "banh trang thuan hung" });
    expect(found.sellers.map((s) => s.id)).toEqual([seller.id]);
    expect((await listSellersForAdmin({ q: "banh trang thuan hung", status: "APPROVED" })).total).toBe(0);
    expect((await listSellersForAdmin({ q: seller.taxCode })).sellers.map((s) => s.id)).toEqual([seller.id]);

    const detail = await getSellerForAdmin(seller.id);
    expect(detail).toMatchObject({ id: seller.id, decisions: ["approve", "reject"], members: [{ role: "OWNER" }] });
    expect(detail!.province.name).toBeTruthy();
    expect(await getSellerForAdmin("khong-co")).toBeNull();
  });
});

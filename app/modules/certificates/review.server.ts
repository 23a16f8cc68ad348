// The operator's review of OCOP certificates: verify or reject a submitted one,
// revoke a verified one. Only these transitions exist:
//   PENDING → VERIFIED | REJECTED,  VERIFIED → REVOKED
// Each decision is one transaction: a conditional update (WHERE status = the
// status we read) so two admins can't both apply a decision, the products that
// carry the certificate queued for the search index (their stars and the OCOP
// badge change), and the audit row. Only a VERIFIED certificate that has not
// expired shows the badge (catalog and search check the date themselves).
import { Prisma, type CertificateStatus } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { listAuditForEntity, recordAudit, type AuditActor } from "~/modules/audit/index.server";
import { vietnamDate } from "~/modules/catalog/index.server";
import { enqueueCertificateProducts } from "~/modules/search/index.server";

export const CERTIFICATE_DECISIONS = ["verify", "reject", "revoke"] as const;
export type CertificateDecision = (typeof CERTIFICATE_DECISIONS)[number];

export const REASON_MAX = 1000;
/** The overview and the certificates page list verified certificates expiring this soon. */
export const EXPIRING_WITHIN_DAYS = 60;

const RULES: Record<CertificateDecision, { from: CertificateStatus; to: CertificateStatus; reasonRequired: boolean; action: string }> = {
  verify: { from: "PENDING", to: "VERIFIED", reasonRequired: false, action: "certificate.verify" },
  reject: { from: "PENDING", to: "REJECTED", reasonRequired: true, action: "certificate.reject" },
  revoke: { from: "VERIFIED", to: "REVOKED", reasonRequired: true, action: "certificate.revoke" },
};

export function certificateDecisionsFor(status: CertificateStatus): CertificateDecision[] {
  return CERTIFICATE_DECISIONS.filter((d) => RULES[d].from === status);
}

export type CertificateDecisionError = "not_found" | "invalid_transition" | "conflict" | "reason_required" | "expired";

export type CertificateDecisionResult =
  | { ok: true; certificate: { id: string; status: CertificateStatus; statusReason: string | null } }
  | { ok: false; error: CertificateDecisionError; status?: CertificateStatus };

type Snapshot = { decisionNumber: string; productName: string; status: CertificateStatus; statusReason: string | null; verifiedAt?: string | null };

async function decide(decision: CertificateDecision, certificateId: string, actor: AuditActor, reasonInput: string | null | undefined, now = new Date()): Promise<CertificateDecisionResult> {
  const rule = RULES[decision];
  const reason = reasonInput?.trim().slice(0, REASON_MAX) || null;
  if (rule.reasonRequired && !reason) return { ok: false, error: "reason_required" };

  return prisma.$transaction(
    async (tx) => {
      const current = await tx.ocopCertificate.findUnique({
        where: { id: certificateId },
        select: { id: true, decisionNumber: true, productName: true, status: true, statusReason: true, expiresAt: true, verifiedAt: true },
      });
      if (!current) return { ok: false as const, error: "not_found" as const };
      if (current.status !== rule.from) return { ok: false as const, error: "invalid_transition" as const, status: current.status };
      // Verifying a certificate that already expired would show no badge anyway: the seller must upload the renewed one.
      if (decision === "verify" && current.expiresAt.toISOString().slice(0, 10) <= vietnamDate(now)) return { ok: false as const, error: "expired" as const, status: current.status };

      const statusReason = rule.reasonRequired ? reason : null;
      const data: Prisma.OcopCertificateUpdateManyMutationInput =
        decision === "verify" ? { status: rule.to, statusReason, verifiedAt: now, verifiedById: actor.id } : { status: rule.to, statusReason };
      const { count } = await tx.ocopCertificate.updateMany({ where: { id: certificateId, status: rule.from }, data });
      if (count === 0) {
        const latest = await tx.ocopCertificate.findUnique({ where: { id: certificateId }, select: { status: true } });
        return { ok: false as const, error: "conflict" as const, status: latest?.status };
      }
      await enqueueCertificateProducts(tx, certificateId);
      const before: Snapshot = { decisionNumber: current.decisionNumber, productName: current.productName, status: current.status, statusReason: current.statusReason };
      const after: Snapshot = { decisionNumber: current.decisionNumber, productName: current.productName, status: rule.to, statusReason };
      if (decision === "verify") {
        before.verifiedAt = current.verifiedAt?.toISOString() ?? null;
        after.verifiedAt = now.toISOString();
      }
      await recordAudit(tx, { actorId: actor.id, action: rule.action, entityType: "certificate", entityId: certificateId, before, after, reason, ipAddress: actor.ipAddress });
      return { ok: true as const, certificate: { id: certificateId, status: rule.to, statusReason } };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}

/** PENDING → VERIFIED (refused when the certificate has already expired). An optional note is audited. */
export function verifyCertificate(certificateId: string, actor: AuditActor, note?: string | null, now?: Date) {
  return decide("verify", certificateId, actor, note, now);
}

/** PENDING → REJECTED with a reason the seller sees. */
export function rejectCertificate(certificateId: string, reason: string, actor: AuditActor) {
  return decide("reject", certificateId, actor, reason);
}

/** VERIFIED → REVOKED with a reason: the badge and stars disappear from its products. */
export function revokeCertificate(certificateId: string, reason: string, actor: AuditActor) {
  return decide("revoke", certificateId, actor, reason);
}

export function decideCertificate(decision: CertificateDecision, certificateId: string, actor: AuditActor, reason?: string | null) {
  return decide(decision, certificateId, actor, reason);
}

// ─────────────────────────────── reads ───────────────────────────────

export const ADMIN_CERTIFICATES_PAGE_SIZE = 30;

export type AdminCertificateRow = {
  id: string;
  productName: string;
  decisionNumber: string;
  issuingAuthority: string;
  issuedAt: Date;
  expiresAt: Date;
  stars: number;
  groupSlug: string;
  status: CertificateStatus;
  statusReason: string | null;
  hasScan: boolean;
  seller: { id: string; name: string; slug: string };
  productCount: number;
  createdAt: Date;
};

type CertificateRow = {
  id: string;
  product_name: string;
  decision_number: string;
  issuing_authority: string;
  issued_at: Date;
  expires_at: Date;
  stars: number;
  group_slug: string;
  status: CertificateStatus;
  status_reason: string | null;
  scan_path: string | null;
  seller_id: string;
  seller_name: string;
  seller_slug: string;
  product_count: number;
  created_at: Date;
};

const SELECT_ROWS = Prisma.sql`
  SELECT c.id, c.product_name, c.decision_number, c.issuing_authority, c.issued_at, c.expires_at, c.stars, c.group_slug,
         c.status::text AS status, c.status_reason, c.scan_path, c.created_at,
         s.id AS seller_id, s.name AS seller_name, s.slug AS seller_slug,
         (SELECT count(*)::int FROM products p WHERE p.certificate_id = c.id) AS product_count
  FROM ocop_certificates c JOIN sellers s ON s.id = c.seller_id`;

function toRow(r: CertificateRow): AdminCertificateRow {
  return {
    id: r.id,
    productName: r.product_name,
    decisionNumber: r.decision_number,
    issuingAuthority: r.issuing_authority,
    issuedAt: r.issued_at,
    expiresAt: r.expires_at,
    stars: Number(r.stars),
    groupSlug: r.group_slug,
    status: r.status,
    statusReason: r.status_reason,
    hasScan: Boolean(r.scan_path),
    seller: { id: r.seller_id, name: r.seller_name, slug: r.seller_slug },
    productCount: Number(r.product_count),
    createdAt: r.created_at,
  };
}

function containsPattern(q: string): string {
  return q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Certificates by status (all when omitted) and words of the product name, the
 * decision number, the issuing authority or the seller. Pending ones oldest first
 * (they have waited longest); the rest newest first.
 */
export async function listCertificatesForAdmin({ status, q, page = 1, pageSize = ADMIN_CERTIFICATES_PAGE_SIZE }: { status?: CertificateStatus; q?: string; page?: number; pageSize?: number } = {}) {
  const conditions: Prisma.Sql[] = [];
  if (status) conditions.push(Prisma.sql`c.status = ${status}::"CertificateStatus"`);
  const words = q?.trim();
  if (words) {
    const p = containsPattern(words);
    conditions.push(Prisma.sql`(
      c.id = ${words}
      OR lower(f_unaccent(c.product_name || ' ' || c.decision_number || ' ' || c.issuing_authority || ' ' || s.name)) LIKE '%' || lower(f_unaccent(${p})) || '%')`);
  }
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const [{ total }] = await prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM ocop_certificates c JOIN sellers s ON s.id = c.seller_id ${where}`;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(Math.trunc(page) || 1, 1), pageCount);
  const rows = await prisma.$queryRaw<CertificateRow[]>`
    ${SELECT_ROWS}
    ${where}
    ORDER BY (c.status = 'PENDING') DESC, CASE WHEN c.status = 'PENDING' THEN c.created_at END ASC, c.updated_at DESC, c.id
    LIMIT ${pageSize} OFFSET ${(current - 1) * pageSize}`;
  return { certificates: rows.map(toRow), total, page: current, pageCount };
}

export async function countCertificatesByStatus(): Promise<Record<CertificateStatus, number>> {
  const counts: Record<CertificateStatus, number> = { PENDING: 0, VERIFIED: 0, REJECTED: 0, REVOKED: 0 };
  const rows = await prisma.ocopCertificate.groupBy({ by: ["status"], _count: { _all: true } });
  for (const row of rows) counts[row.status] = row._count._all;
  return counts;
}

function expiringWindow(now: Date, days: number) {
  const today = vietnamDate(now);
  return Prisma.sql`c.status = 'VERIFIED' AND c.expires_at > ${today}::date AND c.expires_at <= ${today}::date + ${days}::int`;
}

/** VERIFIED certificates that are still valid and expire within `days` (soonest first). */
export async function listExpiringCertificates({ days = EXPIRING_WITHIN_DAYS, now = new Date(), limit = 100 }: { days?: number; now?: Date; limit?: number } = {}) {
  const rows = await prisma.$queryRaw<CertificateRow[]>`
    ${SELECT_ROWS}
    WHERE ${expiringWindow(now, days)}
    ORDER BY c.expires_at, c.id
    LIMIT ${limit}`;
  return rows.map(toRow);
}

export async function countExpiringCertificates({ days = EXPIRING_WITHIN_DAYS, now = new Date() }: { days?: number; now?: Date } = {}): Promise<number> {
  const [{ n }] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ocop_certificates c WHERE ${expiringWindow(now, days)}`;
  return Number(n);
}

export type AdminCertificateDetail = NonNullable<Awaited<ReturnType<typeof getCertificateForAdmin>>>;

/** The certificate's data, its seller, the products that show it, who verified it and its history. */
export async function getCertificateForAdmin(certificateId: string) {
  const certificate = await prisma.ocopCertificate.findUnique({
    where: { id: certificateId },
    include: {
      seller: { select: { id: true, name: true, slug: true, status: true, provinceCode: true } },
      group: { select: { slug: true, nameVi: true, nameEn: true } },
      products: { select: { id: true, name: true, slug: true, status: true }, orderBy: { name: "asc" }, take: 50 },
    },
  });
  if (!certificate) return null;
  const [verifiedBy, history] = await Promise.all([
    certificate.verifiedById ? prisma.user.findUnique({ where: { id: certificate.verifiedById }, select: { id: true, name: true, email: true } }) : null,
    listAuditForEntity("certificate", certificateId, 20),
  ]);
  // The scan itself is private: it is served by the certificates module's scan route, never from /media.
  const { scanPath, ...rest } = certificate;
  const scanKind = !scanPath ? null : scanPath.endsWith(".pdf") ? ("pdf" as const) : ("image" as const);
  return { ...rest, hasScan: Boolean(scanPath), scanKind, verifiedBy, history, decisions: certificateDecisionsFor(certificate.status) };
}

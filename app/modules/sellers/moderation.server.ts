// The operator's decisions on sellers: approve or reject an application, suspend
// or reinstate an approved seller. Only these transitions exist:
//   PENDING → APPROVED | REJECTED,  APPROVED → SUSPENDED,  SUSPENDED → APPROVED
// (REJECTED → PENDING is the applicant resubmitting, in the seller portal).
// Each decision is one transaction: a conditional update (WHERE status = the
// status we read), so of two admins deciding at once exactly one wins; the
// seller's products queued for the search index; the audit row; the emails to the
// applicant (stored in the transaction, sent after commit).
// Decision record: docs/decisions/0014-admin-console.md.
import { Prisma, type SellerKind, type SellerStatus } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n/i18n";
import { isLocale } from "~/lib/i18n/config";
import { listAuditForEntity, recordAudit, type AuditActor } from "~/modules/audit/index.server";
import { deliverEmail, queueEmail } from "~/modules/notifications/index.server";
import { enqueueSellerProducts } from "~/modules/search/index.server";

export const SELLER_DECISIONS = ["approve", "reject", "suspend", "reinstate"] as const;
export type SellerDecision = (typeof SELLER_DECISIONS)[number];

/** What the operator writes as a reason is capped; the seller reads it. */
export const REASON_MAX = 1000;

const RULES: Record<SellerDecision, { from: SellerStatus; to: SellerStatus; reasonRequired: boolean; action: string }> = {
  approve: { from: "PENDING", to: "APPROVED", reasonRequired: false, action: "seller.approve" },
  reject: { from: "PENDING", to: "REJECTED", reasonRequired: true, action: "seller.reject" },
  suspend: { from: "APPROVED", to: "SUSPENDED", reasonRequired: true, action: "seller.suspend" },
  reinstate: { from: "SUSPENDED", to: "APPROVED", reasonRequired: false, action: "seller.reinstate" },
};

/** The decisions open to an admin for a seller in this status (the page shows these buttons). */
export function sellerDecisionsFor(status: SellerStatus): SellerDecision[] {
  return SELLER_DECISIONS.filter((d) => RULES[d].from === status);
}

export type SellerDecisionError =
  /** No such seller. */
  | "not_found"
  /** Not allowed from the seller's current status (e.g. approving a suspended seller). */
  | "invalid_transition"
  /** Another admin changed the seller between our read and our update. */
  | "conflict"
  | "reason_required";

export type SellerDecisionResult =
  | { ok: true; seller: { id: string; slug: string; name: string; status: SellerStatus; statusReason: string | null } }
  | { ok: false; error: SellerDecisionError; status?: SellerStatus };

type Snapshot = { name: string; status: SellerStatus; statusReason: string | null };

async function decide(decision: SellerDecision, sellerId: string, actor: AuditActor, reasonInput: string | null | undefined, now = new Date()): Promise<SellerDecisionResult> {
  const rule = RULES[decision];
  const reason = reasonInput?.trim().slice(0, REASON_MAX) || null;
  if (rule.reasonRequired && !reason) return { ok: false, error: "reason_required" };

  const outcome = await prisma.$transaction(
    async (tx) => {
      const current = await tx.seller.findUnique({ where: { id: sellerId }, select: { id: true, slug: true, name: true, email: true, status: true, statusReason: true } });
      if (!current) return { ok: false as const, error: "not_found" as const };
      if (current.status !== rule.from) return { ok: false as const, error: "invalid_transition" as const, status: current.status };

      const statusReason = rule.reasonRequired ? reason : null;
      // Conditional: if another admin's decision committed since our read, this matches no row.
      const { count } = await tx.seller.updateMany({
        where: { id: sellerId, status: rule.from },
        data: { status: rule.to, statusReason, ...(decision === "approve" ? { approvedAt: now } : {}) },
      });
      if (count === 0) {
        const latest = await tx.seller.findUnique({ where: { id: sellerId }, select: { status: true } });
        return { ok: false as const, error: "conflict" as const, status: latest?.status };
      }

      // Approve/reinstate make its ACTIVE products searchable; suspend removes them.
      await enqueueSellerProducts(tx, sellerId);
      const before: Snapshot = { name: current.name, status: current.status, statusReason: current.statusReason };
      const after: Snapshot = { name: current.name, status: rule.to, statusReason };
      await recordAudit(tx, { actorId: actor.id, action: rule.action, entityType: "seller", entityId: sellerId, before, after, reason, ipAddress: actor.ipAddress });
      const emailIds = await queueDecisionEmails(tx, decision, { id: sellerId, name: current.name, email: current.email }, reason);
      return { ok: true as const, seller: { id: current.id, slug: current.slug, name: current.name, status: rule.to, statusReason }, emailIds };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
  if (!outcome.ok) return outcome;
  // After commit: a mail server that is slow or down never undoes the decision.
  for (const id of outcome.emailIds) await deliverEmail(id);
  return { ok: true, seller: outcome.seller };
}

/** The applicant's contact email and every owner's account email, each in its own language. */
async function queueDecisionEmails(tx: Tx, decision: SellerDecision, seller: { id: string; name: string; email: string }, reason: string | null): Promise<string[]> {
  const owners = await tx.sellerMember.findMany({
    where: { sellerId: seller.id, role: "OWNER" },
    select: { user: { select: { email: true, locale: true } } },
    orderBy: { createdAt: "asc" },
  });
  const recipients = new Map<string, string>();
  recipients.set(seller.email.trim().toLowerCase(), owners[0]?.user.locale ?? "vi");
  for (const { user } of owners) if (!recipients.has(user.email)) recipients.set(user.email, user.locale);
  const ids: string[] = [];
  for (const [to, locale] of recipients) {
    if (!to) continue;
    const t = getFixedT(isLocale(locale) ? locale : "vi", "admin");
    const params = { name: seller.name, reason: reason ?? "", appUrl: appUrl() };
    const message = await queueEmail(tx, {
      to,
      subject: t(`emails.seller.${decision}.subject`, params),
      text: t(`emails.seller.${decision}.text`, params) + (reason && decision !== "reject" && decision !== "suspend" ? `\n\n${t("emails.note", params)}` : ""),
    });
    ids.push(message.id);
  }
  return ids;
}

function appUrl(): string {
  return (process.env.APP_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/** PENDING → APPROVED. An optional note is kept in the audit log. */
export function approveSeller(sellerId: string, actor: AuditActor, note?: string | null) {
  return decide("approve", sellerId, actor, note);
}

/** PENDING → REJECTED with a reason the applicant sees (they may correct and resubmit). */
export function rejectSeller(sellerId: string, reason: string, actor: AuditActor) {
  return decide("reject", sellerId, actor, reason);
}

/** APPROVED → SUSPENDED with a reason: its products leave search through the outbox. */
export function suspendSeller(sellerId: string, reason: string, actor: AuditActor) {
  return decide("suspend", sellerId, actor, reason);
}

/** SUSPENDED → APPROVED: its ACTIVE products come back. An optional note is audited. */
export function reinstateSeller(sellerId: string, actor: AuditActor, note?: string | null) {
  return decide("reinstate", sellerId, actor, note);
}

/** One entry point for a form that posts an intent. */
export function decideSeller(decision: SellerDecision, sellerId: string, actor: AuditActor, reason?: string | null) {
  return decide(decision, sellerId, actor, reason);
}

// ─────────────────────────────── reads ───────────────────────────────

export const ADMIN_SELLERS_PAGE_SIZE = 30;

export type AdminSellerRow = {
  id: string;
  slug: string;
  name: string;
  kind: SellerKind;
  status: SellerStatus;
  statusReason: string | null;
  taxCode: string;
  email: string;
  phone: string;
  provinceName: string;
  submittedAt: Date;
  approvedAt: Date | null;
  productCount: number;
};

function containsPattern(q: string): string {
  return q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Sellers for the admin queue: by status (all when omitted) and words of the name,
 * slug, tax code, email or phone (diacritics optional). Pending applications come
 * first, longest waiting first; the rest by last change.
 */
export async function listSellersForAdmin({ status, q, page = 1, pageSize = ADMIN_SELLERS_PAGE_SIZE }: { status?: SellerStatus; q?: string; page?: number; pageSize?: number } = {}) {
  const conditions: Prisma.Sql[] = [];
  if (status) conditions.push(Prisma.sql`s.status = ${status}::"SellerStatus"`);
  const words = q?.trim();
  if (words) {
    const p = containsPattern(words);
    conditions.push(Prisma.sql`(
      s.id = ${words}
      OR lower(f_unaccent(s.name)) LIKE '%' || lower(f_unaccent(${p})) || '%'
      OR s.slug LIKE '%' || ${p} || '%'
      OR s.tax_code LIKE '%' || ${p} || '%'
      OR lower(s.email) LIKE '%' || ${p} || '%'
      OR s.phone LIKE '%' || ${p} || '%')`);
  }
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const [{ total }] = await prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM sellers s ${where}`;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(Math.trunc(page) || 1, 1), pageCount);
  const rows = await prisma.$queryRaw<
    { id: string; slug: string; name: string; kind: SellerKind; status: SellerStatus; status_reason: string | null; tax_code: string; email: string; phone: string; province_name: string; submitted_at: Date; approved_at: Date | null; product_count: number }[]
  >`
    SELECT s.id, s.slug, s.name, s.kind::text AS kind, s.status::text AS status, s.status_reason, s.tax_code, s.email, s.phone,
           pr.short_name AS province_name, s.submitted_at, s.approved_at,
           (SELECT count(*)::int FROM products p WHERE p.seller_id = s.id) AS product_count
    FROM sellers s JOIN provinces pr ON pr.code = s.province_code
    ${where}
    ORDER BY (s.status = 'PENDING') DESC,
             CASE WHEN s.status = 'PENDING' THEN s.submitted_at END ASC,
             s.updated_at DESC, s.id
    LIMIT ${pageSize} OFFSET ${(current - 1) * pageSize}`;
  const sellers: AdminSellerRow[] = rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    status: r.status,
    statusReason: r.status_reason,
    taxCode: r.tax_code,
    email: r.email,
    phone: r.phone,
    provinceName: r.province_name,
    submittedAt: r.submitted_at,
    approvedAt: r.approved_at,
    productCount: Number(r.product_count),
  }));
  return { sellers, total, page: current, pageCount };
}

/** How many sellers are in each status (the queue's tabs and the overview). */
export async function countSellersByStatus(): Promise<Record<SellerStatus, number>> {
  const counts: Record<SellerStatus, number> = { PENDING: 0, APPROVED: 0, REJECTED: 0, SUSPENDED: 0 };
  const rows = await prisma.seller.groupBy({ by: ["status"], _count: { _all: true } });
  for (const row of rows) counts[row.status] = row._count._all;
  return counts;
}

/** The oldest pending applications (the overview lists them). */
export async function listWaitingSellers(limit = 5) {
  return prisma.seller.findMany({
    where: { status: "PENDING" },
    select: { id: true, slug: true, name: true, submittedAt: true },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: limit,
  });
}

export type AdminSellerDetail = NonNullable<Awaited<ReturnType<typeof getSellerForAdmin>>>;

/** Everything the applicant submitted, its people, listings, certificates and decision history. */
export async function getSellerForAdmin(sellerId: string) {
  const seller = await prisma.seller.findUnique({ where: { id: sellerId }, include: { province: { select: { name: true, shortName: true } } } });
  if (!seller) return null;
  const [ward, members, products, certificates, history] = await Promise.all([
    prisma.ward.findUnique({ where: { code: seller.wardCode }, select: { name: true } }),
    prisma.sellerMember.findMany({
      where: { sellerId },
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    }),
    prisma.product.groupBy({ by: ["status"], where: { sellerId }, _count: { _all: true } }),
    prisma.ocopCertificate.findMany({
      where: { sellerId },
      select: { id: true, productName: true, decisionNumber: true, stars: true, status: true, expiresAt: true },
      orderBy: [{ createdAt: "desc" }],
      take: 50,
    }),
    listAuditForEntity("seller", sellerId, 20),
  ]);
  const productCounts: Record<string, number> = { DRAFT: 0, ACTIVE: 0, ARCHIVED: 0, HIDDEN: 0 };
  for (const row of products) productCounts[row.status] = row._count._all;
  return { ...seller, ward, members, productCounts, certificates, history, decisions: sellerDecisionsFor(seller.status) };
}

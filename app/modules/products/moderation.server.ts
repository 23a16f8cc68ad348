// The operator's moderation of listings: hide a product (status HIDDEN) with a
// reason the seller sees, and lift the hide, which puts the product back in the
// status it had (remembered in status_before_hidden). Each is one transaction: a
// conditional update (WHERE status = the status we read), the product queued for
// the search index, the audit row.
import { Prisma, type ProductStatus, type SellerStatus } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { recordAudit, type AuditActor } from "~/modules/audit/index.server";
import { enqueueProducts } from "~/modules/search/index.server";

export const REASON_MAX = 1000;
export const PRODUCT_STATUSES: readonly ProductStatus[] = ["DRAFT", "ACTIVE", "ARCHIVED", "HIDDEN"];

export type ProductModerationError = "not_found" | "invalid_transition" | "conflict" | "reason_required";

export type ProductModerationResult =
  | { ok: true; product: { id: string; status: ProductStatus; hiddenReason: string | null } }
  | { ok: false; error: ProductModerationError; status?: ProductStatus };

type Snapshot = { name: string; status: ProductStatus; hiddenReason: string | null; statusBeforeHidden: ProductStatus | null };

/** Any visible or not-yet-visible product → HIDDEN, remembering its status. */
export async function hideProduct(productId: string, reasonInput: string, actor: AuditActor): Promise<ProductModerationResult> {
  const reason = reasonInput?.trim().slice(0, REASON_MAX) || null;
  if (!reason) return { ok: false, error: "reason_required" };
  return prisma.$transaction(
    async (tx) => {
      const current = await tx.product.findUnique({ where: { id: productId }, select: { name: true, status: true, hiddenReason: true, statusBeforeHidden: true } });
      if (!current) return { ok: false as const, error: "not_found" as const };
      if (current.status === "HIDDEN") return { ok: false as const, error: "invalid_transition" as const, status: current.status };
      const { count } = await tx.product.updateMany({
        where: { id: productId, status: current.status },
        data: { status: "HIDDEN", hiddenReason: reason, statusBeforeHidden: current.status },
      });
      if (count === 0) return conflict(tx, productId);
      await enqueueProducts(tx, [productId]);
      const before: Snapshot = { name: current.name, status: current.status, hiddenReason: current.hiddenReason, statusBeforeHidden: current.statusBeforeHidden };
      const after: Snapshot = { name: current.name, status: "HIDDEN", hiddenReason: reason, statusBeforeHidden: current.status };
      await recordAudit(tx, { actorId: actor.id, action: "product.hide", entityType: "product", entityId: productId, before, after, reason, ipAddress: actor.ipAddress });
      return { ok: true as const, product: { id: productId, status: "HIDDEN" as const, hiddenReason: reason } };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}

/**
 * HIDDEN → the status it had before (DRAFT when unknown: the seller then decides
 * when to publish it again). An optional note is kept in the audit log.
 */
export async function liftHide(productId: string, actor: AuditActor, note?: string | null): Promise<ProductModerationResult> {
  const reason = note?.trim().slice(0, REASON_MAX) || null;
  return prisma.$transaction(
    async (tx) => {
      const current = await tx.product.findUnique({ where: { id: productId }, select: { name: true, status: true, hiddenReason: true, statusBeforeHidden: true } });
      if (!current) return { ok: false as const, error: "not_found" as const };
      if (current.status !== "HIDDEN") return { ok: false as const, error: "invalid_transition" as const, status: current.status };
      const restored: ProductStatus = current.statusBeforeHidden && current.statusBeforeHidden !== "HIDDEN" ? current.statusBeforeHidden : "DRAFT";
      const { count } = await tx.product.updateMany({
        where: { id: productId, status: "HIDDEN" },
        data: { status: restored, hiddenReason: null, statusBeforeHidden: null },
      });
      if (count === 0) return conflict(tx, productId);
      await enqueueProducts(tx, [productId]);
      const before: Snapshot = { name: current.name, status: current.status, hiddenReason: current.hiddenReason, statusBeforeHidden: current.statusBeforeHidden };
      const after: Snapshot = { name: current.name, status: restored, hiddenReason: null, statusBeforeHidden: null };
      await recordAudit(tx, { actorId: actor.id, action: "product.unhide", entityType: "product", entityId: productId, before, after, reason, ipAddress: actor.ipAddress });
      return { ok: true as const, product: { id: productId, status: restored, hiddenReason: null } };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}

async function conflict(tx: Prisma.TransactionClient, productId: string) {
  const latest = await tx.product.findUnique({ where: { id: productId }, select: { status: true } });
  return { ok: false as const, error: "conflict" as const, status: latest?.status };
}

// ─────────────────────────────── reads ───────────────────────────────

export const ADMIN_PRODUCTS_PAGE_SIZE = 30;

export type AdminProductRow = {
  id: string;
  slug: string;
  name: string;
  status: ProductStatus;
  hiddenReason: string | null;
  statusBeforeHidden: ProductStatus | null;
  minPrice: number | null;
  seller: { id: string; name: string; slug: string; status: SellerStatus };
  updatedAt: Date;
};

/**
 * Every product of every seller: words of the name, the seller's name, a SKU,
 * the slug or an exact id (diacritics optional); by status and seller.
 */
export async function searchProductsForAdmin({
  q,
  status,
  sellerId,
  page = 1,
  pageSize = ADMIN_PRODUCTS_PAGE_SIZE,
}: { q?: string; status?: ProductStatus; sellerId?: string; page?: number; pageSize?: number } = {}) {
  const conditions: Prisma.Sql[] = [];
  if (status) conditions.push(Prisma.sql`p.status = ${status}::"ProductStatus"`);
  if (sellerId) conditions.push(Prisma.sql`p.seller_id = ${sellerId}`);
  const words = q?.trim();
  if (words) {
    const p = words.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
    conditions.push(Prisma.sql`(
      p.id = ${words}
      OR p.slug LIKE '%' || ${p} || '%'
      OR lower(f_unaccent(p.name || ' ' || s.name)) LIKE '%' || lower(f_unaccent(${p})) || '%'
      OR EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND lower(v.sku) LIKE '%' || ${p} || '%'))`);
  }
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const [{ total }] = await prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM products p JOIN sellers s ON s.id = p.seller_id ${where}`;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(Math.trunc(page) || 1, 1), pageCount);
  const rows = await prisma.$queryRaw<
    {
      id: string;
      slug: string;
      name: string;
      status: ProductStatus;
      hidden_reason: string | null;
      status_before_hidden: ProductStatus | null;
      min_price: number | null;
      seller_id: string;
      seller_name: string;
      seller_slug: string;
      seller_status: SellerStatus;
      updated_at: Date;
    }[]
  >`
    SELECT p.id, p.slug, p.name, p.status::text AS status, p.hidden_reason, p.status_before_hidden::text AS status_before_hidden,
           (SELECT min(v.price) FROM product_variants v WHERE v.product_id = p.id) AS min_price,
           s.id AS seller_id, s.name AS seller_name, s.slug AS seller_slug, s.status::text AS seller_status, p.updated_at
    FROM products p JOIN sellers s ON s.id = p.seller_id
    ${where}
    ORDER BY p.updated_at DESC, p.id
    LIMIT ${pageSize} OFFSET ${(current - 1) * pageSize}`;
  const products: AdminProductRow[] = rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    status: r.status,
    hiddenReason: r.hidden_reason,
    statusBeforeHidden: r.status_before_hidden,
    minPrice: r.min_price === null ? null : Number(r.min_price),
    seller: { id: r.seller_id, name: r.seller_name, slug: r.seller_slug, status: r.seller_status },
    updatedAt: r.updated_at,
  }));
  return { products, total, page: current, pageCount };
}

export async function countHiddenProducts(): Promise<number> {
  return prisma.product.count({ where: { status: "HIDDEN" } });
}

// Which seller a /seller/* page works for, and the dashboard.
//
// A user may belong to several sellers. The portal works for one at a time:
// `?seller=<slug>` picks it (and is remembered in a cookie for bare URLs such as
// the header's /seller link); otherwise the remembered one; otherwise the first
// APPROVED/SUSPENDED membership. Every portal link and form carries `?seller=`
// when the user has more than one portal seller, so a form posted from an old
// tab still acts for the seller it was shown for. docs/decisions/0013.
import type { ProductStatus, SellerRole, SellerStatus } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { canSellerWrite, notFound, PORTAL_SELLER_STATUSES, requireSellerMember, requireUser, forbidden, type CurrentUser } from "~/modules/accounts/index.server";

export const SELLER_COOKIE = "ocop_seller";
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

export type PortalSeller = { id: string; slug: string; name: string; status: SellerStatus; statusReason: string | null };

export type Portal = {
  user: CurrentUser;
  seller: PortalSeller;
  role: SellerRole;
  /** False for a SUSPENDED seller: read-only. */
  canWrite: boolean;
  /** Every seller the user may open the portal for (the switcher). */
  sellers: { slug: string; name: string; status: SellerStatus }[];
  /** `?seller=<slug>` to add to portal URLs, or "" when the user has one portal seller. */
  query: string;
  /** Set-Cookie remembering an explicit choice, or null. */
  setCookie: string | null;
};

function cookieSlug(request: Request): string | null {
  const header = request.headers.get("Cookie") ?? "";
  for (const part of header.split(/;\s*/)) {
    const [name, ...rest] = part.split("=");
    if (name === SELLER_COOKIE) {
      const value = decodeURIComponent(rest.join("="));
      return SLUG.test(value) ? value : null;
    }
  }
  return null;
}

/**
 * The portal's seller for this request; throws the guard's Response otherwise: anonymous → login,
 * no portal seller → 403 with the reason (pending, rejected, none), `?seller=` naming a seller the
 * user is not a member of → 404.
 */
export async function requirePortal(request: Request): Promise<Portal> {
  const user = await requireUser(request);
  const portalSellers = user.sellers.filter((s) => PORTAL_SELLER_STATUSES.includes(s.status));
  const explicit = new URL(request.url).searchParams.get("seller");
  let chosen = explicit ? user.sellers.find((s) => s.slug === explicit) : undefined;
  if (explicit && !chosen) throw notFound();
  if (!chosen) {
    const remembered = cookieSlug(request);
    chosen = portalSellers.find((s) => s.slug === remembered) ?? portalSellers[0];
  }
  if (!chosen) {
    const other = user.sellers[0];
    throw other
      ? forbidden(other.status === "REJECTED" ? "seller_rejected" : "seller_pending", { sellerName: other.name, statusReason: other.statusReason })
      : forbidden("no_seller");
  }
  // The accounts guard: membership and status (PENDING/REJECTED → 403 with the reason).
  const { seller, membership } = await requireSellerMember(request, chosen.sellerId);
  const rememberedSlug = cookieSlug(request);
  return {
    user,
    seller,
    role: membership.role,
    canWrite: canSellerWrite(seller),
    sellers: portalSellers.map((s) => ({ slug: s.slug, name: s.name, status: s.status })),
    query: portalSellers.length > 1 ? `?seller=${encodeURIComponent(seller.slug)}` : "",
    setCookie:
      explicit && rememberedSlug !== seller.slug
        ? `${SELLER_COOKIE}=${encodeURIComponent(seller.slug)}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax`
        : null,
  };
}

/** Refusal for a write by a seller that may not write (SUSPENDED), with the admin's reason. */
export function sellerSuspended(seller: PortalSeller): Response {
  return Response.json(
    { reason: "seller_suspended", sellerName: seller.name, statusReason: seller.statusReason },
    { status: 403, headers: { "Cache-Control": "private, no-store" } },
  );
}

/** For actions: the portal, and only if the seller may write (403 with the reason otherwise). */
export async function requirePortalWrite(request: Request): Promise<Portal> {
  const portal = await requirePortal(request);
  if (!portal.canWrite) throw sellerSuspended(portal.seller);
  return portal;
}

/** Headers for a portal page: never cached, and the seller choice remembered. */
export function portalHeaders(portal: Pick<Portal, "setCookie">): Headers {
  const headers = new Headers({ "Cache-Control": "private, no-store" });
  if (portal.setCookie) headers.append("Set-Cookie", portal.setCookie);
  return headers;
}

// ───────────────────────────── dashboard ─────────────────────────────

export type LowStockVariant = { variantId: string; productId: string; productName: string; label: string; sku: string; onHand: number; reserved: number; available: number; threshold: number };

export type SellerDashboard = {
  orders: { toConfirm: number; toShip: number; total: number };
  products: { total: number; byStatus: Record<ProductStatus, number> };
  lowStock: { count: number; variants: LowStockVariant[] };
  certificates: { pending: number; verified: number; expiringSoon: number; expired: number };
};

export const EXPIRY_WARNING_DAYS = 60;

/** Variants at or under their low-stock threshold (available = on hand − reserved), not counting archived products. */
export async function lowStockVariants(sellerId: string, limit = 10): Promise<{ count: number; variants: LowStockVariant[] }> {
  const [rows, count] = await Promise.all([
    prisma.$queryRaw<{ variant_id: string; product_id: string; product_name: string; label: string; sku: string; on_hand: number; reserved: number; threshold: number }[]>`
      SELECT v.id AS variant_id, p.id AS product_id, p.name AS product_name, v.label, v.sku, v.on_hand, v.reserved, v.low_stock_threshold AS threshold
      FROM product_variants v JOIN products p ON p.id = v.product_id AND p.seller_id = v.seller_id
      WHERE v.seller_id = ${sellerId} AND p.status <> 'ARCHIVED' AND v.on_hand - v.reserved <= v.low_stock_threshold
      ORDER BY v.on_hand - v.reserved, p.name, v.position
      LIMIT ${limit}`,
    prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM product_variants v JOIN products p ON p.id = v.product_id AND p.seller_id = v.seller_id
      WHERE v.seller_id = ${sellerId} AND p.status <> 'ARCHIVED' AND v.on_hand - v.reserved <= v.low_stock_threshold`,
  ]);
  return {
    count: count[0]?.n ?? 0,
    variants: rows.map((r) => ({
      variantId: r.variant_id,
      productId: r.product_id,
      productName: r.product_name,
      label: r.label,
      sku: r.sku,
      onHand: r.on_hand,
      reserved: r.reserved,
      available: r.on_hand - r.reserved,
      threshold: r.threshold,
    })),
  };
}

/** Everything on /seller for one seller; every query has the seller in its WHERE. */
export async function getSellerDashboard(sellerId: string, now = new Date()): Promise<SellerDashboard> {
  const soon = new Date(now.getTime() + EXPIRY_WARNING_DAYS * 86_400_000);
  const [orders, products, lowStock, certs, expiringSoon, expired] = await Promise.all([
    prisma.sellerOrder.groupBy({ by: ["status"], where: { sellerId }, _count: { _all: true } }),
    prisma.product.groupBy({ by: ["status"], where: { sellerId }, _count: { _all: true } }),
    lowStockVariants(sellerId),
    prisma.ocopCertificate.groupBy({ by: ["status"], where: { sellerId }, _count: { _all: true } }),
    prisma.ocopCertificate.count({ where: { sellerId, status: "VERIFIED", expiresAt: { gt: now, lte: soon } } }),
    prisma.ocopCertificate.count({ where: { sellerId, status: "VERIFIED", expiresAt: { lte: now } } }),
  ]);
  const orderCount = (status: string) => orders.find((o) => o.status === status)?._count._all ?? 0;
  const byStatus: Record<ProductStatus, number> = { DRAFT: 0, ACTIVE: 0, ARCHIVED: 0, HIDDEN: 0 };
  for (const row of products) byStatus[row.status] = row._count._all;
  const certCount = (status: string) => certs.find((c) => c.status === status)?._count._all ?? 0;
  return {
    orders: { toConfirm: orderCount("PAID"), toShip: orderCount("CONFIRMED"), total: orders.reduce((a, o) => a + o._count._all, 0) },
    products: { total: Object.values(byStatus).reduce((a, b) => a + b, 0), byStatus },
    lowStock,
    certificates: { pending: certCount("PENDING"), verified: certCount("VERIFIED"), expiringSoon, expired },
  };
}

/** What every portal page sends to the browser about the seller (for SellerShell). */
export function portalView(portal: Portal) {
  return {
    seller: { slug: portal.seller.slug, name: portal.seller.name, status: portal.seller.status, statusReason: portal.seller.statusReason },
    sellers: portal.sellers,
    role: portal.role,
    canWrite: portal.canWrite,
    query: portal.query,
  };
}

export type PortalView = ReturnType<typeof portalView>;

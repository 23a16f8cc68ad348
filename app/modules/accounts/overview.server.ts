// The member's sellers at a glance (product and certificate counts). Read-only counts; the
// sellers, catalog and admin modules own the pages that act on them. (The /admin overview's
// counts come from those modules directly; see app/routes/admin._index.tsx.)
import type { ProductStatus, SellerRole, SellerStatus } from "@prisma/client";
import { prisma } from "~/lib/db.server";

export type SellerSummary = {
  sellerId: string;
  slug: string;
  name: string;
  status: SellerStatus;
  statusReason: string | null;
  role: SellerRole;
  products: { total: number; byStatus: Record<ProductStatus, number> };
  certificates: { pending: number; verified: number };
};

/** Product and certificate counts for the given memberships; every query is scoped by seller. */
export async function getSellerSummaries(
  memberships: { sellerId: string; slug: string; name: string; status: SellerStatus; statusReason: string | null; role: SellerRole }[],
): Promise<SellerSummary[]> {
  const sellerIds = memberships.map((m) => m.sellerId);
  if (sellerIds.length === 0) return [];
  const [products, certificates] = await Promise.all([
    prisma.product.groupBy({ by: ["sellerId", "status"], where: { sellerId: { in: sellerIds } }, _count: { _all: true } }),
    prisma.ocopCertificate.groupBy({
      by: ["sellerId", "status"],
      where: { sellerId: { in: sellerIds }, status: { in: ["PENDING", "VERIFIED"] } },
      _count: { _all: true },
    }),
  ]);
  return memberships.map((m) => {
    const byStatus: Record<ProductStatus, number> = { DRAFT: 0, ACTIVE: 0, ARCHIVED: 0, HIDDEN: 0 };
    for (const row of products) if (row.sellerId === m.sellerId) byStatus[row.status] = row._count._all;
    const certs = { pending: 0, verified: 0 };
    for (const row of certificates) {
      if (row.sellerId !== m.sellerId) continue;
      if (row.status === "PENDING") certs.pending = row._count._all;
      if (row.status === "VERIFIED") certs.verified = row._count._all;
    }
    const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
    return { ...m, products: { total, byStatus }, certificates: certs };
  });
}

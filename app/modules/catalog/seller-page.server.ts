// A seller's public page (/s/:slug): who it is, its story and rating.
import type { SellerKind } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { LOGO_WIDTHS, sellerLogoUrl } from "~/lib/images.server";

type SellerBase = {
  id: string;
  slug: string;
  name: string;
  kind: SellerKind;
  province: { code: string; name: string; shortName: string; slug: string };
  logo: { src: string; srcSet: string } | null;
};

export type SellerPageData =
  | (SellerBase & {
      status: "APPROVED";
      story: string;
      productCount: number;
      /** Average over the seller's visible products' reviews; null without reviews. */
      rating: { average: number; count: number } | null;
    })
  | (SellerBase & { status: "SUSPENDED" });

/**
 * A seller's public page. APPROVED: everything; SUSPENDED: only who it is (the
 * page says it is temporarily unavailable, no story, no products); PENDING,
 * REJECTED or unknown: null (404).
 */
export async function getSellerPage(slug: string): Promise<SellerPageData | null> {
  const seller = await prisma.seller.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      status: true,
      story: true,
      logoPath: true,
      province: { select: { code: true, name: true, shortName: true, slug: true } },
    },
  });
  if (!seller || (seller.status !== "APPROVED" && seller.status !== "SUSPENDED")) return null;
  const logoPath = seller.logoPath;
  const base: SellerBase = {
    id: seller.id,
    slug: seller.slug,
    name: seller.name,
    kind: seller.kind,
    province: seller.province,
    logo: logoPath ? { src: sellerLogoUrl(logoPath, LOGO_WIDTHS[1]), srcSet: LOGO_WIDTHS.map((w) => `${sellerLogoUrl(logoPath, w)} ${w}w`).join(", ") } : null,
  };
  if (seller.status === "SUSPENDED") return { ...base, status: "SUSPENDED" };
  const stats = await prisma.product.aggregate({
    where: { sellerId: seller.id, status: "ACTIVE" },
    _count: { _all: true },
    _sum: { ratingSum: true, ratingCount: true },
  });
  const ratingCount = stats._sum.ratingCount ?? 0;
  return {
    ...base,
    status: "APPROVED",
    story: seller.story,
    productCount: stats._count._all,
    rating: ratingCount > 0 ? { average: Math.round(((stats._sum.ratingSum ?? 0) / ratingCount) * 10) / 10, count: ratingCount } : null,
  };
}

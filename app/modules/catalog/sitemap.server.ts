// What /sitemap.xml lists, and the absolute origin it and /robots.txt use.
import { prisma } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { getReference } from "./reference-cache.server";

export type SitemapEntry = { path: string; lastmod?: Date };

/** The site's absolute origin for sitemap and robots.txt: APP_URL when set (behind a proxy), else the request's. */
export function siteOrigin(request: Request): string {
  return (env.APP_URL ?? new URL(request.url).origin).replace(/\/+$/, "");
}

/** A sitemap holds at most 50,000 URLs; past that the products need a sitemap index. */
const SITEMAP_MAX_PRODUCTS = 45_000;

/** Public pages worth crawling: home, groups, categories, provinces with products, approved sellers, visible products. */
export async function getSitemapEntries(): Promise<SitemapEntry[]> {
  const [ref, provinces, sellers, products] = await Promise.all([
    getReference(),
    prisma.province.findMany({
      where: { sellers: { some: { status: "APPROVED", products: { some: { status: "ACTIVE" } } } } },
      orderBy: { position: "asc" },
      select: { slug: true },
    }),
    prisma.seller.findMany({ where: { status: "APPROVED" }, orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true } }),
    prisma.product.findMany({
      where: { status: "ACTIVE", seller: { status: "APPROVED" } },
      orderBy: { updatedAt: "desc" },
      take: SITEMAP_MAX_PRODUCTS,
      select: { slug: true, updatedAt: true },
    }),
  ]);
  return [
    { path: "/" },
    ...ref.groups.map((g) => ({ path: `/c/${g.slug}` })),
    ...ref.categories.map((c) => ({ path: `/c/${c.slug}` })),
    ...provinces.map((p) => ({ path: `/p/${p.slug}` })),
    ...sellers.map((s) => ({ path: `/s/${s.slug}`, lastmod: s.updatedAt })),
    ...products.map((p) => ({ path: `/products/${p.slug}`, lastmod: p.updatedAt })),
  ];
}

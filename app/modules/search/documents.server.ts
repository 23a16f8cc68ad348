// Search documents are built from the database, the source of truth. Only
// ACTIVE products of APPROVED sellers become documents; everything else is
// removed from the index.
import { Prisma } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";

export type ProductDocument = {
  id: string;
  slug: string;
  name: string;
  description: string;
  producer: string;
  producerSlug: string;
  sellerId: string;
  sellerKind: string;
  category: string;
  categorySlug: string;
  group: string;
  groupName: string;
  province: string;
  provinceCode: string;
  provinceSlug: string;
  region: string;
  /** Lowest variant price, đồng. */
  price: number;
  maxPrice: number;
  inStock: boolean;
  /** OCOP stars of a verified, unexpired certificate; 0 when none. */
  stars: number;
  /** Average review rating (0 when no reviews), and their count. */
  rating: number;
  ratingCount: number;
  /**
   * What "best rated" sorts on: the average pulled towards RATING_PRIOR by RATING_PRIOR_WEIGHT
   * imaginary reviews, so one 5★ review doesn't outrank fifty at 4.9★; 0 without reviews.
   */
  ratingScore: number;
  sales: number;
  /** Unix seconds. */
  createdAt: number;
  /** First image's storage key and original width (see app/lib/images.server.ts). */
  image: string | null;
  imageWidth: number | null;
};

type Row = {
  id: string;
  slug: string;
  name: string;
  description: string;
  created_at: Date;
  rating_count: number;
  rating_sum: number;
  sales_count: number;
  seller_id: string;
  seller_slug: string;
  seller_name: string;
  seller_kind: string;
  category_slug: string;
  category_name: string;
  group_slug: string;
  group_name: string;
  province_code: string;
  province_name: string;
  province_slug: string;
  region: string;
  price: number | null;
  max_price: number | null;
  in_stock: boolean;
  stars: number | null;
  image: string | null;
  image_width: number | null;
};

const SELECT = Prisma.sql`
  SELECT p.id, p.slug, p.name, left(p.description, 600) AS description, p.created_at,
         p.rating_count, p.rating_sum, p.sales_count,
         s.id AS seller_id, s.slug AS seller_slug, s.name AS seller_name, s.kind::text AS seller_kind,
         c.slug AS category_slug, c.name_vi AS category_name, g.slug AS group_slug, g.name_vi AS group_name,
         pr.code AS province_code, pr.short_name AS province_name, pr.slug AS province_slug, pr.region,
         v.price, v.max_price, coalesce(v.in_stock, false) AS in_stock,
         CASE WHEN cert.status = 'VERIFIED' AND cert.expires_at > current_date THEN cert.stars END AS stars,
         img.key AS image, img.width AS image_width
  FROM products p
  JOIN sellers s ON s.id = p.seller_id
  JOIN categories c ON c.id = p.category_id
  JOIN ocop_groups g ON g.slug = c.group_slug
  JOIN provinces pr ON pr.code = s.province_code
  LEFT JOIN ocop_certificates cert ON cert.id = p.certificate_id
  LEFT JOIN LATERAL (
    SELECT min(price)::int AS price, max(price)::int AS max_price, bool_or(on_hand > reserved) AS in_stock
    FROM product_variants WHERE product_id = p.id
  ) v ON true
  LEFT JOIN LATERAL (
    SELECT i.key, i.width FROM product_images i WHERE i.product_id = p.id ORDER BY i.position, i.created_at LIMIT 1
  ) img ON true
  WHERE p.status = 'ACTIVE' AND s.status = 'APPROVED'`;

function toDocument(r: Row): ProductDocument | null {
  if (r.price === null) return null; // no variant, nothing to sell
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    description: r.description,
    producer: r.seller_name,
    producerSlug: r.seller_slug,
    sellerId: r.seller_id,
    sellerKind: r.seller_kind,
    category: r.category_name,
    categorySlug: r.category_slug,
    group: r.group_slug,
    groupName: r.group_name,
    province: r.province_name,
    provinceCode: r.province_code,
    provinceSlug: r.province_slug,
    region: r.region,
    price: r.price,
    maxPrice: r.max_price ?? r.price,
    inStock: r.in_stock,
    stars: r.stars ?? 0,
    rating: r.rating_count > 0 ? Math.round((r.rating_sum / r.rating_count) * 10) / 10 : 0,
    ratingCount: r.rating_count,
    ratingScore: ratingScore(r.rating_sum, r.rating_count),
    sales: r.sales_count,
    createdAt: Math.floor(r.created_at.getTime() / 1000),
    image: r.image,
    imageWidth: r.image_width,
  };
}

/** Documents for the given products that should be searchable; ids missing from the result must leave the index. */
export async function buildDocuments(productIds: string[], db: Tx = prisma): Promise<ProductDocument[]> {
  if (productIds.length === 0) return [];
  const rows = await db.$queryRaw<Row[]>`${SELECT} AND p.id = ANY(${productIds}::text[])`;
  return rows.map(toDocument).filter((d): d is ProductDocument => d !== null);
}

/** Every searchable document, in pages (for a full reindex). */
export async function* allDocuments(pageSize = 1000, db: Tx = prisma): AsyncGenerator<ProductDocument[]> {
  let after = "";
  for (;;) {
    const rows = await db.$queryRaw<Row[]>`${SELECT} AND p.id > ${after} ORDER BY p.id LIMIT ${pageSize}`;
    if (rows.length === 0) return;
    yield rows.map(toDocument).filter((d): d is ProductDocument => d !== null);
    after = rows[rows.length - 1].id;
  }
}

export async function countSearchableProducts(db: Tx = prisma): Promise<number> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM products p JOIN sellers s ON s.id = p.seller_id
    WHERE p.status = 'ACTIVE' AND s.status = 'APPROVED'
      AND EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id)`;
  return n;
}

/** The prior "best rated" starts from (a decent product) and how many reviews it weighs as. */
export const RATING_PRIOR = 4;
export const RATING_PRIOR_WEIGHT = 3;

/** Bayesian average of the visible reviews (see ProductDocument.ratingScore), 3 decimals. */
export function ratingScore(ratingSum: number, ratingCount: number): number {
  if (ratingCount <= 0) return 0;
  return Math.round(((RATING_PRIOR * RATING_PRIOR_WEIGHT + ratingSum) / (RATING_PRIOR_WEIGHT + ratingCount)) * 1000) / 1000;
}

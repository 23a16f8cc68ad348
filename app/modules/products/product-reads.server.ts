// A seller's own products, read: the list, one product for its edit form, and
// the form's reference data (categories, the certificates it may link to).
// Every query carries the seller in its WHERE.
import { Prisma, type ProductStatus } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { productImageData, type ImageData } from "~/lib/images.server";
import { isId } from "./products.server";

// ───────────────────────────── form reference ─────────────────────────────

export type CategoryGroupOption = { slug: string; nameVi: string; nameEn: string; categories: { slug: string; nameVi: string; nameEn: string }[] };
export type CertificateOption = { id: string; decisionNumber: string; productName: string; stars: number; status: string; expiresAt: string };

/** Categories grouped by OCOP group (for the <select>), and the certificates a product may link to. */
export async function getProductFormReference(sellerId: string, currentCertificateId?: string | null) {
  const [groups, certificates] = await Promise.all([
    prisma.ocopGroup.findMany({
      orderBy: { position: "asc" },
      select: { slug: true, nameVi: true, nameEn: true, categories: { orderBy: { position: "asc" }, select: { slug: true, nameVi: true, nameEn: true } } },
    }),
    prisma.ocopCertificate.findMany({
      where: { sellerId, OR: [{ status: { in: ["PENDING", "VERIFIED"] } }, ...(currentCertificateId ? [{ id: currentCertificateId }] : [])] },
      orderBy: { createdAt: "desc" },
      select: { id: true, decisionNumber: true, productName: true, stars: true, status: true, expiresAt: true },
    }),
  ]);
  return {
    groups: groups as CategoryGroupOption[],
    certificates: certificates.map((c) => ({ ...c, expiresAt: c.expiresAt.toISOString().slice(0, 10) })) as CertificateOption[],
  };
}

// ─────────────────────────────── list ───────────────────────────────

export const PRODUCTS_PER_PAGE = 30;

export type SellerProductRow = {
  id: string;
  slug: string;
  name: string;
  status: ProductStatus;
  hiddenReason: string | null;
  variantCount: number;
  minPrice: number | null;
  maxPrice: number | null;
  onHand: number;
  available: number;
  image: ImageData | null;
  updatedAt: string;
};

export type ProductListQuery = { q?: string; status?: ProductStatus; page?: number };

/** The seller's products, newest change first; `q` matches the name (with or without diacritics) or a SKU. */
export async function listSellerProducts(sellerId: string, query: ProductListQuery = {}) {
  const q = (query.q ?? "").trim().slice(0, 100);
  const page = Math.max(1, Math.min(query.page ?? 1, 1000));
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const conditions: Prisma.Sql[] = [Prisma.sql`p.seller_id = ${sellerId}`];
  if (query.status) conditions.push(Prisma.sql`p.status = ${query.status}::"ProductStatus"`);
  if (q) {
    conditions.push(Prisma.sql`(lower(f_unaccent(p.name)) LIKE lower(f_unaccent(${like}))
      OR EXISTS (SELECT 1 FROM product_variants sv WHERE sv.product_id = p.id AND sv.seller_id = ${sellerId} AND sv.sku ILIKE ${like}))`);
  }
  const where = Prisma.join(conditions, " AND ");
  const [rows, totals, counts] = await Promise.all([
    prisma.$queryRaw<
      { id: string; slug: string; name: string; status: ProductStatus; hidden_reason: string | null; updated_at: Date; variant_count: number; min_price: number | null; max_price: number | null; on_hand: number; available: number; image_key: string | null; image_width: number | null; image_height: number | null }[]
    >`
      SELECT p.id, p.slug, p.name, p.status, p.hidden_reason, p.updated_at,
             v.variant_count, v.min_price, v.max_price, v.on_hand, v.available,
             img.key AS image_key, img.width AS image_width, img.height AS image_height
      FROM products p
      LEFT JOIN LATERAL (
        SELECT count(*)::int AS variant_count, min(pv.price) AS min_price, max(pv.price) AS max_price,
               coalesce(sum(pv.on_hand), 0)::int AS on_hand, coalesce(sum(pv.on_hand - pv.reserved), 0)::int AS available
        FROM product_variants pv WHERE pv.product_id = p.id AND pv.seller_id = p.seller_id
      ) v ON true
      LEFT JOIN LATERAL (
        SELECT pi.key, pi.width, pi.height FROM product_images pi
        WHERE pi.product_id = p.id AND pi.seller_id = p.seller_id ORDER BY pi.position, pi.id LIMIT 1
      ) img ON true
      WHERE ${where}
      ORDER BY p.updated_at DESC, p.id
      LIMIT ${PRODUCTS_PER_PAGE} OFFSET ${(page - 1) * PRODUCTS_PER_PAGE}`,
    prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM products p WHERE ${where}`,
    prisma.product.groupBy({ by: ["status"], where: { sellerId }, _count: { _all: true } }),
  ]);
  const byStatus: Record<ProductStatus, number> = { DRAFT: 0, ACTIVE: 0, ARCHIVED: 0, HIDDEN: 0 };
  for (const c of counts) byStatus[c.status] = c._count._all;
  const total = totals[0]?.n ?? 0;
  return {
    items: rows.map(
      (r): SellerProductRow => ({
        id: r.id,
        slug: r.slug,
        name: r.name,
        status: r.status,
        hiddenReason: r.hidden_reason,
        variantCount: r.variant_count,
        minPrice: r.min_price === null ? null : Number(r.min_price),
        maxPrice: r.max_price === null ? null : Number(r.max_price),
        onHand: r.on_hand,
        available: r.available,
        image: r.image_key ? productImageData({ key: r.image_key, width: r.image_width ?? 960, height: r.image_height ?? 960 }, r.name) : null,
        updatedAt: r.updated_at.toISOString(),
      }),
    ),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PRODUCTS_PER_PAGE)),
    byStatus,
  };
}

// ─────────────────────────────── one product ───────────────────────────────

export type EditableProduct = {
  id: string;
  slug: string;
  name: string;
  categorySlug: string;
  description: string;
  status: ProductStatus;
  hiddenReason: string | null;
  certificateId: string | null;
  variants: { id: string; label: string; sku: string; price: number; weightGrams: number; onHand: number; reserved: number; hasOrders: boolean }[];
  images: { id: string; alt: string; image: ImageData }[];
};

export async function getSellerProduct(sellerId: string, productId: string): Promise<EditableProduct | null> {
  if (!isId(productId)) return null;
  const product = await prisma.product.findFirst({
    where: { id: productId, sellerId },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      status: true,
      hiddenReason: true,
      certificateId: true,
      category: { select: { slug: true } },
      variants: {
        where: { sellerId },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { id: true, label: true, sku: true, price: true, weightGrams: true, onHand: true, reserved: true, _count: { select: { orderLines: true } } },
      },
      images: { where: { sellerId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, key: true, width: true, height: true, alt: true } },
    },
  });
  if (!product) return null;
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    categorySlug: product.category.slug,
    description: product.description,
    status: product.status,
    hiddenReason: product.hiddenReason,
    certificateId: product.certificateId,
    variants: product.variants.map(({ _count, ...v }) => ({ ...v, hasOrders: _count.orderLines > 0 })),
    images: product.images.map((i) => ({ id: i.id, alt: i.alt, image: productImageData(i, product.name) })),
  };
}

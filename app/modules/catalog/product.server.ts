// The product page and the product read API: one visible product (ACTIVE, of an
// APPROVED seller) with its variants, OCOP certificate, producer, reviews
// summary and related products.
//
// Cost per page: one query for the product and its relations (Prisma loads
// each relation in one statement: a fixed handful, however many variants or
// images), then, in parallel, one GROUP BY for the ratings and two card queries
// for related products. Nothing is fetched per variant, image or card.
import type { CertificateStatus, SellerKind } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n/config";
import { LOGO_WIDTHS, productImageData, productImageUrl, sellerLogoUrl, IMAGE_WIDTHS, type ImageData } from "~/lib/images.server";
import { coalesce } from "./coalesce.server";
import { listProductCards, storyExcerpt, vietnamDate } from "./index.server";
import type { ProductCardData } from "./types";

/** A valid product slug: lower-case ASCII words joined by "-" (slugify's output). */
export const PRODUCT_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const RELATED_LIMIT = 8;

export type Named = { slug: string; name: string };

export type ProductVariantData = {
  id: string;
  sku: string;
  label: string;
  /** đồng */
  price: number;
  /** On hand minus reserved, never below zero. */
  available: number;
  inStock: boolean;
};

export type GalleryImage = ImageData & {
  /** The widest stored file, for Open Graph and JSON-LD. */
  large: string;
};

export type CertificateData = {
  stars: number;
  group: Named;
  decisionNumber: string;
  issuingAuthority: string;
  /** YYYY-MM-DD (a calendar date, as on the decision). */
  issuedAt: string;
  /** YYYY-MM-DD; the certificate is valid before this date (in Vietnam). */
  expiresAt: string;
  status: Exclude<CertificateStatus, "REJECTED">;
  expired: boolean;
  /** Show the OCOP badge: verified by an admin and not expired (never for PENDING or REVOKED). */
  badge: boolean;
};

export type ProducerData = {
  slug: string;
  name: string;
  kind: SellerKind;
  province: { code: string; name: string };
  logo: { src: string; srcSet: string } | null;
  excerpt: string;
};

export type RatingsSummary = {
  count: number;
  /** To one decimal; null when there are no visible reviews. */
  average: number | null;
  /** Counts for 5, 4, 3, 2 and 1 stars, in that order. */
  distribution: { stars: 1 | 2 | 3 | 4 | 5; count: number }[];
};

export type ProductPageData = {
  id: string;
  slug: string;
  name: string;
  description: string;
  category: Named;
  group: Named;
  images: GalleryImage[];
  variants: ProductVariantData[];
  /** Lowest and highest variant prices. */
  priceRange: { min: number; max: number };
  certificate: CertificateData | null;
  producer: ProducerData;
  reviews: RatingsSummary;
  related: ProductCardData[];
};

export type ProductPageOptions = {
  now?: Date;
  locale?: Locale;
  /** Load related products (default true; the JSON API does without). */
  withRelated?: boolean;
};

/** YYYY-MM-DD of a @db.Date column (Prisma returns it as UTC midnight). */
function calendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Visible reviews' ratings → count, average to one decimal and the 5→1 distribution. */
export function summarizeRatings(rows: { rating: number; count: number }[]): RatingsSummary {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.rating, (counts.get(row.rating) ?? 0) + row.count);
  const distribution = ([5, 4, 3, 2, 1] as const).map((stars) => ({ stars, count: counts.get(stars) ?? 0 }));
  const count = distribution.reduce((sum, d) => sum + d.count, 0);
  const total = distribution.reduce((sum, d) => sum + d.stars * d.count, 0);
  return { count, average: count ? Math.round((total / count) * 10) / 10 : null, distribution };
}

async function ratingsSummary(productId: string): Promise<RatingsSummary> {
  const rows = await prisma.review.groupBy({ by: ["rating"], where: { productId, status: "VISIBLE" }, _count: { _all: true } });
  return summarizeRatings(rows.map((r) => ({ rating: r.rating, count: r._count._all })));
}

/**
 * Up to `limit` other visible products: the same category first, then the rest
 * of the same OCOP group, best sellers first (the catalog's card query, so the
 * cards are the same as on listings).
 */
async function relatedProducts(productId: string, categorySlug: string, groupSlug: string, now: Date, limit = RELATED_LIMIT): Promise<ProductCardData[]> {
  const [sameCategory, sameGroup] = await Promise.all([
    listProductCards({ categorySlug, sort: "popular", limit: limit + 1, now }),
    listProductCards({ groupSlug, sort: "popular", limit: limit * 2 + 1, now }),
  ]);
  const seen = new Set([productId]);
  const related: ProductCardData[] = [];
  for (const card of [...sameCategory, ...sameGroup]) {
    if (seen.has(card.id)) continue;
    seen.add(card.id);
    related.push(card);
    if (related.length === limit) break;
  }
  return related;
}

/**
 * The product page's data, or null when there is no such product for shoppers
 * (unknown slug, not ACTIVE, or its seller is not APPROVED, e.g. SUSPENDED).
 * Names of categories and OCOP groups follow `locale`.
 */
export function getProductPage(slug: string, { now, locale = "vi", withRelated = true }: ProductPageOptions = {}): Promise<ProductPageData | null> {
  if (!PRODUCT_SLUG.test(slug) || slug.length > 200) return Promise.resolve(null);
  if (now) return loadProductPage(slug, { now, locale, withRelated });
  // Requests for the same page while its queries run share them (coalesce.server.ts).
  return coalesce(productInFlight, `${locale}:${withRelated ? 1 : 0}:${slug}`, () => loadProductPage(slug, { now: new Date(), locale, withRelated }));
}

const productInFlight = new Map<string, Promise<ProductPageData | null>>();

async function loadProductPage(slug: string, { now, locale, withRelated }: Required<ProductPageOptions>): Promise<ProductPageData | null> {
  const product = await prisma.product.findFirst({
    where: { slug, status: "ACTIVE", seller: { status: "APPROVED" } },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      sellerId: true,
      category: { select: { slug: true, nameVi: true, nameEn: true, group: { select: { slug: true, nameVi: true, nameEn: true } } } },
      certificate: {
        select: {
          sellerId: true,
          stars: true,
          decisionNumber: true,
          issuingAuthority: true,
          issuedAt: true,
          expiresAt: true,
          status: true,
          group: { select: { slug: true, nameVi: true, nameEn: true } },
        },
      },
      seller: { select: { slug: true, name: true, kind: true, story: true, logoPath: true, province: { select: { code: true, shortName: true } } } },
      variants: { select: { id: true, sku: true, label: true, price: true, onHand: true, reserved: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
      images: { select: { key: true, width: true, height: true, alt: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
  });
  if (!product || product.variants.length === 0) return null;

  const name = (n: { nameVi: string; nameEn: string }) => (locale === "en" ? n.nameEn : n.nameVi);
  const group = product.category.group;
  const [reviews, related] = await Promise.all([
    ratingsSummary(product.id),
    withRelated ? relatedProducts(product.id, product.category.slug, group.slug, now) : Promise.resolve([]),
  ]);

  const variants = product.variants.map((v) => {
    const available = Math.max(v.onHand - v.reserved, 0);
    return { id: v.id, sku: v.sku, label: v.label, price: v.price, available, inStock: available > 0 };
  });
  const prices = variants.map((v) => v.price);

  // A certificate shows only on its own seller's product; a REJECTED one is no claim at all.
  const cert = product.certificate;
  let certificate: CertificateData | null = null;
  if (cert && cert.sellerId === product.sellerId && cert.status !== "REJECTED") {
    const expiresAt = calendarDate(cert.expiresAt);
    // Valid through the day before its expiry date, in Vietnam (as on listings).
    const expired = expiresAt <= vietnamDate(now);
    certificate = {
      stars: cert.stars,
      group: { slug: cert.group.slug, name: name(cert.group) },
      decisionNumber: cert.decisionNumber,
      issuingAuthority: cert.issuingAuthority,
      issuedAt: calendarDate(cert.issuedAt),
      expiresAt,
      status: cert.status,
      expired,
      badge: cert.status === "VERIFIED" && !expired,
    };
  }

  const { seller } = product;
  const logoPath = seller.logoPath;
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    description: product.description,
    category: { slug: product.category.slug, name: name(product.category) },
    group: { slug: group.slug, name: name(group) },
    images: product.images.map((image) => ({
      ...productImageData(image, product.name),
      large: productImageUrl(image.key, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1], image.width),
    })),
    variants,
    priceRange: { min: Math.min(...prices), max: Math.max(...prices) },
    certificate,
    producer: {
      slug: seller.slug,
      name: seller.name,
      kind: seller.kind,
      province: { code: seller.province.code, name: seller.province.shortName },
      logo: logoPath ? { src: sellerLogoUrl(logoPath, LOGO_WIDTHS[0]), srcSet: LOGO_WIDTHS.map((w) => `${sellerLogoUrl(logoPath, w)} ${w}w`).join(", ") } : null,
      excerpt: storyExcerpt(seller.story, 240),
    },
    reviews,
    related,
  };
}

// ───────────────────────────── JSON read API ─────────────────────────────

export type ApiProduct = {
  id: string;
  slug: string;
  name: string;
  description: string;
  /** The lowest variant price, in đồng. */
  price: number;
  currency: "VND";
  category: Named;
  group: Named;
  variants: { id: string; sku: string; label: string; price: number; available: number }[];
  certificate: {
    stars: number;
    group: Named;
    decisionNumber: string;
    issuingAuthority: string;
    issuedAt: string;
    expiresAt: string;
    /** The OCOP badge: verified and not expired. */
    verified: boolean;
  } | null;
  producer: { slug: string; name: string; kind: SellerKind; province: { code: string; name: string } };
  /** URL paths on this app (the widest stored file of each image). */
  images: string[];
};

/** The page data in the public API's shape. */
export function toApiProduct(page: ProductPageData): ApiProduct {
  const c = page.certificate;
  return {
    id: page.id,
    slug: page.slug,
    name: page.name,
    description: page.description,
    price: page.priceRange.min,
    currency: "VND",
    category: page.category,
    group: page.group,
    variants: page.variants.map(({ id, sku, label, price, available }) => ({ id, sku, label, price, available })),
    certificate: c
      ? { stars: c.stars, group: c.group, decisionNumber: c.decisionNumber, issuingAuthority: c.issuingAuthority, issuedAt: c.issuedAt, expiresAt: c.expiresAt, verified: c.badge }
      : null,
    producer: { slug: page.producer.slug, name: page.producer.name, kind: page.producer.kind, province: page.producer.province },
    images: page.images.map((image) => image.large),
  };
}

/** GET /api/v1/products/:slug's body, or null for no visible product. */
export async function getApiProduct(slug: string, options: Omit<ProductPageOptions, "withRelated"> = {}): Promise<ApiProduct | null> {
  const page = await getProductPage(slug, { ...options, withRelated: false });
  return page && toApiProduct(page);
}

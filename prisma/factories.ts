// Factories for users, sellers, certificates and products: the demo seed and
// the integration tests build their data with these, so both exercise the same
// rules (stock only with a ledger entry, CHECK constraints respected, slugs
// unique). Each takes an optional Prisma client or transaction as last argument
// (default: the app's client). Nothing here depends on demo data, only on the
// reference data the migrations insert (OCOP groups, categories, provinces, wards).
import crypto from "node:crypto";
import type {
  CertificateStatus,
  OcopCertificate,
  Prisma,
  Product,
  ProductStatus,
  ProductVariant,
  Seller,
  SellerKind,
  SellerRole,
  SellerStatus,
  User,
  UserRole,
} from "@prisma/client";
import { prisma, type Db, type Tx } from "~/lib/db.server";
import { CERTIFICATE_VALIDITY_MONTHS } from "~/lib/ocop";
import { slugify } from "~/lib/slug";
import { hashPassword } from "~/modules/accounts/password.server";
import { CATEGORIES } from "./reference/ocop.mjs";

export type Client = Db | Tx;

/** The password of every factory and demo account unless another is given. */
export const DEFAULT_PASSWORD = "ocop-demo-2026";

let counter = 0;
/** A short suffix unique within the process (and, with the random part, across processes). */
export function uniqueSuffix(): string {
  counter += 1;
  return `${counter.toString(36)}${crypto.randomBytes(2).toString("hex")}`;
}

function isClient(db: Client): db is Db {
  return typeof (db as Db).$transaction === "function";
}

/** Runs `fn` in a transaction, or directly when `db` already is one. */
async function inTransaction<T>(db: Client, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return isClient(db) ? db.$transaction((tx) => fn(tx)) : fn(db);
}

let defaultHash: Promise<string> | undefined;
/** Argon2 is slow on purpose; the default password is hashed once per process. */
function hashFor(password: string | undefined): Promise<string> {
  if (password === undefined || password === DEFAULT_PASSWORD) {
    defaultHash ??= hashPassword(DEFAULT_PASSWORD);
    return defaultHash;
  }
  return hashPassword(password);
}

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/**
 * A Vietnamese enterprise tax code (mã số thuế): 9 digits and a check digit,
 * N10 = 10 − (31·N1 + 29·N2 + 23·N3 + 19·N4 + 17·N5 + 13·N6 + 7·N7 + 5·N8 + 3·N9) mod 11.
 * Returns null when the first nine digits admit no check digit.
 */
export function taxCodeWithCheckDigit(first9: string): string | null {
  if (!/^\d{9}$/.test(first9)) throw new Error(`need 9 digits, got ${first9}`);
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first9[i]), 0);
  const check = 10 - (sum % 11);
  return check === 10 ? null : `${first9}${check === 11 ? 0 : check}`;
}

export function isValidTaxCode(code: string): boolean {
  return /^\d{10}$/.test(code) && taxCodeWithCheckDigit(code.slice(0, 9)) === code;
}

function randomDigits(n: number): string {
  return Array.from(crypto.randomBytes(n), (b) => String(b % 10)).join("");
}

function randomTaxCode(): string {
  for (;;) {
    const code = taxCodeWithCheckDigit(`18${randomDigits(7)}`);
    if (code) return code;
  }
}

// ─────────────────────────────── users ───────────────────────────────

export type UserInput = {
  email?: string;
  name?: string;
  role?: UserRole;
  password?: string;
  /** Skips hashing (the seed hashes the shared demo password once). */
  passwordHash?: string;
  locale?: string;
  createdAt?: Date;
};

export async function createUser(input: UserInput = {}, db: Client = prisma): Promise<User> {
  const suffix = uniqueSuffix();
  return db.user.create({
    data: {
      email: (input.email ?? `nguoi-dung-${suffix}@example.com`).toLowerCase(),
      name: input.name ?? `Nguyễn Văn ${suffix.toUpperCase()}`,
      role: input.role ?? "SHOPPER",
      passwordHash: input.passwordHash ?? (await hashFor(input.password)),
      locale: input.locale ?? "vi",
      createdAt: input.createdAt,
    },
  });
}

// ─────────────────────────────── sellers ───────────────────────────────

export type SellerInput = {
  name?: string;
  slug?: string;
  kind?: SellerKind;
  status?: SellerStatus;
  statusReason?: string;
  provinceCode?: string;
  /** Defaults to the first ward of the province. */
  wardCode?: string;
  addressLine?: string;
  taxCode?: string;
  representative?: string;
  phone?: string;
  email?: string;
  story?: string;
  logoPath?: string | null;
  bankBin?: string;
  bankAccountNo?: string;
  bankAccountName?: string;
  commissionRateBps?: number | null;
  submittedAt?: Date;
  approvedAt?: Date | null;
  createdAt?: Date;
  /** The OWNER member: an existing user, user fields to create one, or false for none. */
  owner?: Pick<User, "id"> | UserInput | false;
  ownerRole?: SellerRole;
};

const DEFAULT_STATUS_REASON: Partial<Record<SellerStatus, string>> = {
  REJECTED: "Hồ sơ chưa có giấy chứng nhận đăng ký kinh doanh.",
  SUSPENDED: "Tạm ngưng để kiểm tra phản ánh của khách hàng.",
};

/** Uppercase ASCII, as banks print an account holder's name. */
export function bankAccountName(name: string): string {
  return slugify(name, 200).replace(/-/g, " ").toUpperCase();
}

export async function createSeller(input: SellerInput = {}, db: Client = prisma): Promise<Seller & { ownerId: string | null }> {
  const suffix = uniqueSuffix();
  const kind = input.kind ?? "COOPERATIVE";
  const name = input.name ?? `Hợp tác xã Thử nghiệm ${suffix.toUpperCase()}`;
  const provinceCode = input.provinceCode ?? "92";
  const status = input.status ?? "APPROVED";
  const wardCode =
    input.wardCode ??
    (await db.ward.findFirstOrThrow({ where: { provinceCode }, orderBy: { code: "asc" }, select: { code: true } })).code;
  const representative = input.representative ?? "Trần Văn Minh";

  return inTransaction(db, async (tx) => {
    let ownerId: string | null = null;
    if (input.owner !== false) {
      const owner = input.owner && "id" in input.owner ? input.owner : await createUser({ name: representative, ...(input.owner ?? {}) }, tx);
      ownerId = owner.id;
    }
    const seller = await tx.seller.create({
      data: {
        slug: input.slug ?? `${slugify(name, 60)}-${suffix}`,
        name,
        kind,
        taxCode: input.taxCode ?? (kind === "HOUSEHOLD" ? `0920${randomDigits(8)}` : randomTaxCode()),
        representative,
        phone: input.phone ?? `09${randomDigits(8)}`,
        email: input.email ?? `lienhe-${suffix}@example.com`,
        provinceCode,
        wardCode,
        addressLine: input.addressLine ?? "Ấp Mỹ Lợi",
        story: input.story ?? "",
        logoPath: input.logoPath ?? null,
        bankBin: input.bankBin ?? "970405",
        bankAccountNo: input.bankAccountNo ?? randomDigits(13),
        bankAccountName: input.bankAccountName ?? bankAccountName(name),
        status,
        statusReason: input.statusReason ?? DEFAULT_STATUS_REASON[status] ?? null,
        commissionRateBps: input.commissionRateBps ?? null,
        submittedAt: input.submittedAt,
        approvedAt: input.approvedAt !== undefined ? input.approvedAt : status === "APPROVED" || status === "SUSPENDED" ? (input.submittedAt ?? new Date()) : null,
        createdAt: input.createdAt,
      },
    });
    if (ownerId) {
      await tx.sellerMember.create({ data: { sellerId: seller.id, userId: ownerId, role: input.ownerRole ?? "OWNER", createdAt: input.createdAt } });
    }
    return { ...seller, ownerId };
  });
}

// ──────────────────────────── certificates ────────────────────────────

export type CertificateInput = {
  sellerId: string;
  stars?: number;
  groupSlug?: string;
  status?: CertificateStatus;
  statusReason?: string;
  productName?: string;
  decisionNumber?: string;
  issuingAuthority?: string;
  issuedAt?: Date;
  /** Defaults to issuedAt + 36 months. */
  expiresAt?: Date;
  scanPath?: string | null;
  verifiedAt?: Date | null;
  verifiedById?: string | null;
  createdAt?: Date;
};

export async function createCertificate(input: CertificateInput, db: Client = prisma): Promise<OcopCertificate> {
  const status = input.status ?? "VERIFIED";
  const issuedAt = input.issuedAt ?? addMonths(new Date(), -12);
  return db.ocopCertificate.create({
    data: {
      sellerId: input.sellerId,
      productName: input.productName ?? "Sản phẩm thử nghiệm",
      decisionNumber: input.decisionNumber ?? `${1000 + (counter % 9000)}/QĐ-UBND`,
      issuingAuthority: input.issuingAuthority ?? "UBND thành phố Cần Thơ",
      issuedAt,
      expiresAt: input.expiresAt ?? addMonths(issuedAt, CERTIFICATE_VALIDITY_MONTHS),
      stars: input.stars ?? 4,
      groupSlug: input.groupSlug ?? "thuc-pham",
      scanPath: input.scanPath ?? null,
      status,
      statusReason: input.statusReason ?? (status === "REVOKED" ? "Thu hồi theo quyết định của UBND tỉnh." : status === "REJECTED" ? "Ảnh quyết định không đọc được." : null),
      verifiedAt: input.verifiedAt !== undefined ? input.verifiedAt : status === "VERIFIED" || status === "REVOKED" ? issuedAt : null,
      verifiedById: input.verifiedById ?? null,
      createdAt: input.createdAt,
    },
  });
}

// ─────────────────────────────── products ───────────────────────────────

export type VariantInput = {
  label: string;
  sku?: string;
  price: number;
  onHand?: number;
  weightGrams?: number;
  lowStockThreshold?: number;
};

export type ImageInput = { key: string; width?: number; height?: number; alt?: string };

export type ProductInput = {
  sellerId: string;
  name?: string;
  slug?: string;
  description?: string;
  /** A reference category slug (prisma/reference/ocop.mjs); default "gao-ngu-coc". */
  categorySlug?: string;
  status?: ProductStatus;
  hiddenReason?: string;
  statusBeforeHidden?: ProductStatus;
  variants?: VariantInput[];
  /** An existing certificate's id, or fields to create one for this product (group from the category). */
  certificate?: string | Omit<CertificateInput, "sellerId">;
  /** Image rows only (the files are the caller's business). */
  images?: ImageInput[];
  salesCount?: number;
  ratingCount?: number;
  ratingSum?: number;
  publishedAt?: Date | null;
  createdAt?: Date;
  /** Who the INITIAL stock movements are attributed to. */
  actorId?: string | null;
};

export type CreatedProduct = Product & { variants: ProductVariant[] };

export function categoryGroup(categorySlug: string): string {
  const category = CATEGORIES.find((c) => c.slug === categorySlug);
  if (!category) throw new Error(`unknown category slug: ${categorySlug}`);
  return category.group;
}

/**
 * A product with its variants, and for every variant with stock an INITIAL
 * inventory movement, all in one transaction, so sum(on_hand_delta) = on_hand
 * holds from the start.
 */
export async function createProduct(input: ProductInput, db: Client = prisma): Promise<CreatedProduct> {
  const suffix = uniqueSuffix();
  const name = input.name ?? `Gạo ST25 thử nghiệm ${suffix.toUpperCase()}`;
  const categorySlug = input.categorySlug ?? "gao-ngu-coc";
  const groupSlug = categoryGroup(categorySlug);
  const status = input.status ?? "ACTIVE";
  const variants = input.variants ?? [{ label: "Túi 1 kg", price: 45_000, onHand: 20 }];
  if (variants.length === 0) throw new Error("a product needs at least one variant");
  const skuBase = slugify(name, 200)
    .split("-")
    .map((w) => w[0])
    .join("")
    .slice(0, 8)
    .toUpperCase();

  return inTransaction(db, async (tx) => {
    let certificateId: string | null = null;
    if (typeof input.certificate === "string") certificateId = input.certificate;
    else if (input.certificate) {
      const cert = await createCertificate({ productName: name, groupSlug, ...input.certificate, sellerId: input.sellerId }, tx);
      certificateId = cert.id;
    }
    const createdAt = input.createdAt ?? new Date();
    const product = await tx.product.create({
      data: {
        sellerId: input.sellerId,
        categoryId: `cat_${categorySlug}`,
        certificateId,
        slug: input.slug ?? `${slugify(name, 60)}-${suffix}`,
        name,
        description: input.description ?? "",
        status,
        hiddenReason: status === "HIDDEN" ? (input.hiddenReason ?? "Ảnh sản phẩm không đúng thực tế.") : null,
        statusBeforeHidden: status === "HIDDEN" ? (input.statusBeforeHidden ?? "ACTIVE") : null,
        salesCount: input.salesCount ?? 0,
        ratingCount: input.ratingCount ?? 0,
        ratingSum: input.ratingSum ?? 0,
        publishedAt: input.publishedAt !== undefined ? input.publishedAt : status === "DRAFT" ? null : createdAt,
        createdAt,
      },
    });
    const created: ProductVariant[] = [];
    for (const [position, v] of variants.entries()) {
      const variant = await tx.productVariant.create({
        data: {
          productId: product.id,
          sellerId: input.sellerId,
          sku: v.sku ?? `${skuBase}-${position + 1}-${suffix}`.toUpperCase(),
          label: v.label,
          price: v.price,
          weightGrams: v.weightGrams ?? 500,
          onHand: v.onHand ?? 0,
          lowStockThreshold: v.lowStockThreshold ?? 5,
          position,
          createdAt,
        },
      });
      created.push(variant);
    }
    const movements: Prisma.InventoryMovementCreateManyInput[] = created
      .filter((v) => v.onHand > 0)
      .map((v) => ({ variantId: v.id, sellerId: input.sellerId, onHandDelta: v.onHand, reservedDelta: 0, reason: "INITIAL", note: "Tồn kho ban đầu", actorId: input.actorId ?? null, createdAt }));
    if (movements.length) await tx.inventoryMovement.createMany({ data: movements });
    if (input.images?.length) {
      await tx.productImage.createMany({
        data: input.images.map((image, position) => ({
          productId: product.id,
          sellerId: input.sellerId,
          key: image.key,
          width: image.width ?? 960,
          height: image.height ?? 960,
          alt: image.alt ?? name,
          position,
        })),
      });
    }
    return { ...product, variants: created };
  });
}

// ─────────────────────────────── reviews ───────────────────────────────

export type ReviewFactoryInput = {
  /** A line of a delivered seller order; the review's author is the order's buyer. */
  orderLineId: string;
  rating: number;
  body?: string;
  status?: "VISIBLE" | "HIDDEN";
  hiddenReason?: string;
  reply?: string | null;
  repliedAt?: Date | null;
  createdAt?: Date;
};

/**
 * A review of a delivered order line, counted in its product's rating_sum / rating_count when
 * VISIBLE (in the same transaction), as app/modules/reviews does. Refuses a line that was not
 * delivered. Search documents are not queued here (callers that need them enqueue or reindex).
 */
export async function createReview(input: ReviewFactoryInput, db: Client = prisma) {
  return inTransaction(db, async (tx) => {
    const line = await tx.orderLine.findUniqueOrThrow({
      where: { id: input.orderLineId },
      select: { productId: true, sellerId: true, order: { select: { buyerId: true } }, sellerOrder: { select: { status: true, deliveredAt: true } } },
    });
    if (line.sellerOrder.status !== "DELIVERED") throw new Error(`order line ${input.orderLineId} was not delivered`);
    const status = input.status ?? "VISIBLE";
    const review = await tx.review.create({
      data: {
        orderLineId: input.orderLineId,
        productId: line.productId,
        sellerId: line.sellerId,
        authorId: line.order.buyerId,
        rating: input.rating,
        body: input.body ?? "",
        status,
        hiddenReason: status === "HIDDEN" ? (input.hiddenReason ?? "Nội dung không liên quan đến sản phẩm.") : null,
        reply: input.reply ?? null,
        repliedAt: input.reply ? (input.repliedAt ?? input.createdAt ?? new Date()) : null,
        createdAt: input.createdAt ?? line.sellerOrder.deliveredAt ?? new Date(),
      },
    });
    if (status === "VISIBLE") {
      await tx.$executeRaw`UPDATE products SET rating_sum = rating_sum + ${input.rating}, rating_count = rating_count + 1 WHERE id = ${line.productId}`;
    }
    return review;
  });
}

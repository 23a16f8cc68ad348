// Seller product forms, shared by the server and the browser. Messages are keys
// of the "seller" dictionary. What needs the database (category exists, SKU
// free within the seller, certificate is the seller's) is checked in
// products.server.ts.
import { z } from "zod";
import { ADJUSTMENT_REASONS_FOR_SELLERS } from "./stock-reasons";

export const SELLER_PRODUCT_STATUSES = ["DRAFT", "ACTIVE", "ARCHIVED"] as const;
export type SellerProductStatus = (typeof SELLER_PRODUCT_STATUSES)[number];

export const NAME_MIN = 3;
export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const VARIANTS_MAX = 20;
export const PRICE_MIN = 1_000;
export const PRICE_MAX = 1_000_000_000;
export const WEIGHT_MAX = 100_000;
export const STOCK_MAX = 1_000_000;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTOS_PER_PRODUCT = 8;
export const ACCEPTED_IMAGE_FORMATS = ["jpeg", "png", "webp"] as const;
/** For the file input's `accept` (a hint only; the server sniffs the bytes). */
export const IMAGE_ACCEPT = "image/jpeg,image/png,image/webp";
export const SKU_PATTERN = /^[A-Z0-9][A-Z0-9._-]*$/;

/**
 * "150.000", "150 000", "150000đ", "150,000 ₫" → 150000. Vietnamese writes "." between thousands;
 * anything that could be a decimal ("150.5") is refused rather than guessed.
 */
export function parseDong(raw: string): number | null {
  const s = raw.replace(/\s|\u00a0/g, "").replace(/(₫|đ|d|vnd|vnđ)$/i, "");
  if (/^\d+$/.test(s) || /^\d{1,3}([.,]\d{3})+$/.test(s)) {
    const n = Number(s.replace(/[.,]/g, ""));
    return Number.isSafeInteger(n) ? n : null;
  }
  return null;
}

const wholeNumber = (required: string, min: number, max: number, range: string) =>
  z.number({ error: (issue) => (issue.input === undefined ? required : "errors.wholeNumber") }).int("errors.wholeNumber").min(min, range).max(max, range);

export const variantSchema = z.object({
  /** Present for an existing variant (checked against the product and seller on the server). */
  id: z.string().max(40).optional(),
  label: z.string({ error: "errors.variantLabelRequired" }).trim().min(1, "errors.variantLabelRequired").max(100, "errors.tooLong"),
  sku: z
    .string({ error: "errors.skuRequired" })
    .trim()
    .toUpperCase()
    .min(1, "errors.skuRequired")
    .max(64, "errors.tooLong")
    .regex(SKU_PATTERN, "errors.skuFormat"),
  price: z
    .string({ error: "errors.priceRequired" })
    .transform((value, ctx) => {
      const n = parseDong(value);
      if (n === null) ctx.addIssue({ code: "custom", message: "errors.priceFormat" });
      else if (n < PRICE_MIN || n > PRICE_MAX) ctx.addIssue({ code: "custom", message: "errors.priceRange" });
      return n ?? 0;
    }),
  weightGrams: wholeNumber("errors.weightRequired", 1, WEIGHT_MAX, "errors.weightRange"),
  /** Stock a new variant starts with (an INITIAL movement); later changes go through inventory. */
  initialStock: wholeNumber("errors.stockRequired", 0, STOCK_MAX, "errors.stockRange").optional(),
});

export const productSchema = z
  .object({
    name: z.string({ error: "errors.productNameRequired" }).trim().min(NAME_MIN, "errors.productNameShort").max(NAME_MAX, "errors.tooLong"),
    categorySlug: z.string({ error: "errors.categoryRequired" }).regex(/^[a-z0-9-]{1,80}$/, "errors.categoryRequired"),
    description: z.string().trim().max(DESCRIPTION_MAX, "errors.tooLong").optional().default(""),
    status: z.enum(SELLER_PRODUCT_STATUSES, { error: "errors.statusInvalid" }).default("DRAFT"),
    certificateId: z.string().max(40).optional(),
    variants: z.array(variantSchema, { error: "errors.variantsRequired" }).min(1, "errors.variantsRequired").max(VARIANTS_MAX, "errors.variantsTooMany"),
    photos: z.array(z.instanceof(File)).optional(),
    /** Ids of current photos to delete. */
    removeImages: z.array(z.string().max(40)).optional(),
  })
  .superRefine((value, ctx) => {
    // The same SKU twice in one form.
    const seen = new Map<string, number>();
    value.variants.forEach((v, i) => {
      const first = seen.get(v.sku);
      if (first !== undefined) ctx.addIssue({ code: "custom", path: ["variants", i, "sku"], message: "errors.skuDuplicateInForm" });
      else seen.set(v.sku, i);
    });
  });

export type ProductInput = z.output<typeof productSchema>;
export type VariantInput = z.output<typeof variantSchema>;

// ─────────────────────────────── inventory ───────────────────────────────

export const adjustmentSchema = z.object({
  variantId: z.string({ error: "errors.invalid" }).min(1).max(40),
  reason: z.enum(ADJUSTMENT_REASONS_FOR_SELLERS, { error: "errors.reasonRequired" }),
  /**
   * RESTOCK: units added; DAMAGE: units removed; CORRECTION: a signed change (+3 / −2);
   * STOCK_COUNT: the counted quantity, which becomes the new on hand.
   */
  quantity: z.number({ error: (issue) => (issue.input === undefined ? "errors.quantityRequired" : "errors.wholeNumber") }).int("errors.wholeNumber").min(-STOCK_MAX, "errors.stockRange").max(STOCK_MAX, "errors.stockRange"),
  note: z.string().trim().max(300, "errors.tooLong").optional(),
}).superRefine((value, ctx) => {
  if ((value.reason === "RESTOCK" || value.reason === "DAMAGE") && value.quantity <= 0) ctx.addIssue({ code: "custom", path: ["quantity"], message: "errors.quantityPositive" });
  if (value.reason === "CORRECTION" && value.quantity === 0) ctx.addIssue({ code: "custom", path: ["quantity"], message: "errors.quantityNonZero" });
  if (value.reason === "STOCK_COUNT" && value.quantity < 0) ctx.addIssue({ code: "custom", path: ["quantity"], message: "errors.countNegative" });
});

export const thresholdSchema = z.object({
  variantId: z.string({ error: "errors.invalid" }).min(1).max(40),
  lowStockThreshold: wholeNumber("errors.thresholdRequired", 0, STOCK_MAX, "errors.stockRange"),
});

export type AdjustmentInput = z.output<typeof adjustmentSchema>;

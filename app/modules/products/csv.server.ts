// Bulk CSV for a seller's products: export, template, and import (create or
// update by SKU within this seller only). The import is checked in full first
// — every row's errors, with row number and column — and nothing is written
// while any error remains; then everything is applied in ONE transaction:
// products and variants created/updated, stock changed only through
// adjustStock (reason IMPORT, delta = new − on hand, never below reserved) and
// every changed product enqueued for search. A re-import of an export changes
// nothing (no writes, no movements, no outbox rows).
import { createHash } from "node:crypto";
import Papa from "papaparse";
import { Prisma, type ProductStatus } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";
import { slugify } from "~/lib/slug";
import { adjustStock, StockError } from "~/modules/inventory/index.server";
import { enqueueProducts } from "~/modules/search/index.server";
import { DESCRIPTION_MAX, NAME_MAX, NAME_MIN, parseDong, PRICE_MAX, PRICE_MIN, SELLER_PRODUCT_STATUSES, SKU_PATTERN, STOCK_MAX, VARIANTS_MAX, WEIGHT_MAX, type SellerProductStatus } from "./schemas";

import { CSV_COLUMNS, CSV_MAX_BYTES, CSV_MAX_ROWS, type CsvColumn, type CsvError } from "./csv-format";
export { CSV_COLUMNS, CSV_MAX_BYTES, CSV_MAX_ROWS, type CsvColumn, type CsvError };
const BOM = "\ufeff";

/** One problem: `row` is the line in the file (the header is row 1), `column` a CSV column or "" for the whole file. */

type CsvRecord = Record<CsvColumn, string>;

// ─────────────────────────────── export ───────────────────────────────

function toCsv(rows: (string | number)[][]): string {
  return BOM + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: "\r\n", quotes: false, escapeFormulae: false });
}

/** Every product/variant of the seller with its stock, as CSV with a UTF-8 BOM (Excel then reads Vietnamese right). */
export async function exportSellerCsv(sellerId: string): Promise<string> {
  const variants = await prisma.productVariant.findMany({
    where: { sellerId, product: { sellerId } },
    orderBy: [{ product: { createdAt: "asc" } }, { productId: "asc" }, { position: "asc" }, { createdAt: "asc" }],
    select: {
      sku: true,
      label: true,
      price: true,
      weightGrams: true,
      onHand: true,
      product: { select: { slug: true, name: true, description: true, status: true, category: { select: { slug: true } } } },
    },
  });
  return toCsv(
    variants.map((v) => [v.sku, v.product.slug, v.product.name, v.product.category.slug, v.product.description, v.label, v.price, v.weightGrams, v.onHand, v.product.status]),
  );
}

/** The header row and one example row. */
export function csvTemplate(): string {
  return toCsv([["MO-500", "", "Mật ong hoa cà phê U Minh", "mat-ong", "Mật ong nguyên chất, thu hoạch tại Cà Mau.", "Chai 500 ml", "150.000", 700, 20, "DRAFT"]]);
}

// ─────────────────────────────── parse + check ───────────────────────────────

export function csvDigest(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function parse(text: string): { records: { row: number; malformed: boolean; values: CsvRecord }[]; errors: CsvError[] } {
  const content = text.startsWith(BOM) ? text.slice(1) : text;
  // Blank lines are kept while numbering (so row numbers match the file) and skipped afterwards.
  // The delimiter is detected: Excel in a Vietnamese locale saves with ";".
  const result = Papa.parse<string[]>(content, { skipEmptyLines: false });
  const errors: CsvError[] = [];
  const blank = (cells: string[]) => cells.every((c) => c.trim() === "");
  const [header, ...rest] = result.data;
  const lines = rest.map((cells, i) => ({ cells, row: i + 2 })).filter((l) => !blank(l.cells));
  if (!header || blank(header)) return { records: [], errors: [{ row: 1, column: "", message: "errors.empty" }] };
  const names = header.map((h) => h.trim().toLowerCase());
  for (const column of CSV_COLUMNS) {
    if (!names.includes(column)) errors.push({ row: 1, column, message: "errors.columnMissing", params: { column } });
  }
  for (const e of result.errors) {
    // A single-column or blank file has no delimiter to detect; the missing columns say enough.
    if (e.code === "UndetectableDelimiter") continue;
    errors.push({ row: (e.row ?? 0) + 1, column: "", message: "errors.malformed" });
  }
  if (lines.length === 0) errors.push({ row: 2, column: "", message: "errors.noRows" });
  if (lines.length > CSV_MAX_ROWS) errors.push({ row: CSV_MAX_ROWS + 2, column: "", message: "errors.tooManyRows", params: { max: CSV_MAX_ROWS } });
  if (errors.length) return { records: [], errors };
  const index = Object.fromEntries(CSV_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<CsvColumn, number>;
  // Row numbers count the header as 1, as a spreadsheet shows them.
  const records = lines.map(({ cells, row }) => ({
    row,
    // More or fewer cells than the header: usually an unquoted "150,000" or a stray quote.
    malformed: cells.length !== header.length,
    values: Object.fromEntries(CSV_COLUMNS.map((c) => [c, (cells[index[c]] ?? "").replace(/\r\n?/g, "\n").trim()])) as CsvRecord,
  }));
  return { records, errors };
}

type VariantPlan = { row: number; sku: string; label: string; price: number; weightGrams: number; onHand: number; existingId: string | null };
type ProductPlan = {
  key: string;
  row: number;
  existingId: string | null;
  slug: string | null;
  name: string;
  categoryId: string;
  description: string;
  status: SellerProductStatus | null;
  variants: VariantPlan[];
};

export type CsvCheck = { total: number; checked: number; errors: CsvError[]; plan: ProductPlan[]; summary: { newProducts: number; updatedProducts: number; newVariants: number; updatedVariants: number } };

function whole(raw: string): number | null {
  const s = raw.replace(/[\s.,\u00a0]/g, "");
  if (!/^-?\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : null;
}

/** Every row's errors, and what would be written; reads only. */
export async function checkSellerCsv(sellerId: string, text: string): Promise<CsvCheck> {
  const empty = { newProducts: 0, updatedProducts: 0, newVariants: 0, updatedVariants: 0 };
  if (Buffer.byteLength(text) > CSV_MAX_BYTES) return { total: 0, checked: 0, errors: [{ row: 1, column: "", message: "errors.tooLarge", params: { mb: CSV_MAX_BYTES / 1024 / 1024 } }], plan: [], summary: empty };
  const { records, errors } = parse(text);
  if (errors.length) return { total: records.length, checked: 0, errors, plan: [], summary: empty };

  const skus = records.map((r) => r.values.sku.toUpperCase());
  const slugs = [...new Set(records.map((r) => r.values.product_slug).filter(Boolean))];
  const [categories, existingVariants, existingProducts] = await Promise.all([
    prisma.category.findMany({ select: { id: true, slug: true } }),
    prisma.productVariant.findMany({
      where: { sellerId, sku: { in: skus } },
      select: { id: true, sku: true, onHand: true, reserved: true, product: { select: { id: true, slug: true, status: true } } },
    }),
    prisma.product.findMany({ where: { sellerId, slug: { in: slugs } }, select: { id: true, slug: true, status: true, _count: { select: { variants: true } } } }),
  ]);
  const categoryBySlug = new Map(categories.map((c) => [c.slug, c.id]));
  const variantBySku = new Map(existingVariants.map((v) => [v.sku, v]));
  const productBySlug = new Map(existingProducts.map((p) => [p.slug, p]));

  const add = (row: number, column: CsvColumn | "", message: string, params?: Record<string, string | number>) => errors.push({ row, column, message, ...(params ? { params } : {}) });
  const firstRowOfSku = new Map<string, number>();
  const plans = new Map<string, ProductPlan>();

  for (const { row, values, malformed } of records) {
    if (malformed) {
      add(row, "", "errors.columnCount");
      continue;
    }
    const before = errors.length;
    const sku = values.sku.toUpperCase();
    if (!sku) add(row, "sku", "errors.skuRequired");
    else if (sku.length > 64) add(row, "sku", "errors.tooLong");
    else if (!SKU_PATTERN.test(sku)) add(row, "sku", "errors.skuFormat");
    else if (firstRowOfSku.has(sku)) add(row, "sku", "errors.skuDuplicate", { row: firstRowOfSku.get(sku)! });
    else firstRowOfSku.set(sku, row);

    const name = values.product_name;
    if (name.length < NAME_MIN) add(row, "product_name", "errors.nameShort", { min: NAME_MIN });
    else if (name.length > NAME_MAX) add(row, "product_name", "errors.tooLong");
    const categoryId = categoryBySlug.get(values.category);
    if (!values.category) add(row, "category", "errors.categoryRequired");
    else if (!categoryId) add(row, "category", "errors.categoryUnknown", { value: values.category.slice(0, 60) });
    if (values.description.length > DESCRIPTION_MAX) add(row, "description", "errors.tooLong");
    const label = values.variant_label;
    if (!label) add(row, "variant_label", "errors.labelRequired");
    else if (label.length > 100) add(row, "variant_label", "errors.tooLong");
    const price = parseDong(values.price);
    if (!values.price) add(row, "price", "errors.priceRequired");
    else if (price === null) add(row, "price", "errors.priceFormat", { value: values.price.slice(0, 30) });
    else if (price < PRICE_MIN || price > PRICE_MAX) add(row, "price", "errors.priceRange", { min: PRICE_MIN, max: PRICE_MAX });
    const weight = whole(values.weight_grams);
    if (weight === null || weight < 1 || weight > WEIGHT_MAX) add(row, "weight_grams", "errors.weightRange", { max: WEIGHT_MAX });
    const onHand = whole(values.on_hand);
    if (onHand === null) add(row, "on_hand", "errors.wholeNumber");
    else if (onHand < 0) add(row, "on_hand", "errors.stockNegative");
    else if (onHand > STOCK_MAX) add(row, "on_hand", "errors.stockRange", { max: STOCK_MAX });
    const statusRaw = values.status.toUpperCase();
    const status = statusRaw ? ((SELLER_PRODUCT_STATUSES as readonly string[]).includes(statusRaw) ? (statusRaw as SellerProductStatus) : undefined) : null;
    if (status === undefined) add(row, "status", statusRaw === "HIDDEN" ? "errors.statusHidden" : "errors.statusInvalid");

    // Which product the row belongs to.
    const existingVariant = sku ? variantBySku.get(sku) : undefined;
    const slug = values.product_slug;
    const slugProduct = slug ? productBySlug.get(slug) : undefined;
    let key: string;
    let existingProductId: string | null = null;
    let existingStatus: ProductStatus | null = null;
    if (existingVariant) {
      if (slug && slug !== existingVariant.product.slug) add(row, "product_slug", "errors.skuOtherProduct", { slug: existingVariant.product.slug });
      key = `p:${existingVariant.product.id}`;
      existingProductId = existingVariant.product.id;
      existingStatus = existingVariant.product.status;
      if (onHand !== null && onHand >= 0 && onHand < existingVariant.reserved) add(row, "on_hand", "errors.belowReserved", { reserved: existingVariant.reserved });
    } else if (slugProduct) {
      key = `p:${slugProduct.id}`;
      existingProductId = slugProduct.id;
      existingStatus = slugProduct.status;
    } else {
      key = slug ? `s:${slug}` : `k:${sku || row}`;
    }
    if (existingStatus === "HIDDEN") add(row, "status", "errors.productHidden");
    if (errors.length > before) continue;

    let plan = plans.get(key);
    const fields = { name, categoryId: categoryId!, description: values.description, status: status ?? null };
    if (!plan) {
      plan = { key, row, existingId: existingProductId, slug: slug || null, ...fields, variants: [] };
      plans.set(key, plan);
    } else if (plan.name !== fields.name || plan.categoryId !== fields.categoryId || plan.description !== fields.description || plan.status !== fields.status) {
      add(row, "product_name", "errors.productFieldsDiffer", { row: plan.row });
      continue;
    }
    plan.variants.push({ row, sku, label, price: price!, weightGrams: weight!, onHand: onHand!, existingId: existingVariant?.id ?? null });
  }

  // Variants per product, counting the ones already there.
  const countById = new Map<string, number>();
  if (plans.size) {
    const ids = [...plans.values()].map((p) => p.existingId).filter((id): id is string => Boolean(id));
    const counts = ids.length ? await prisma.productVariant.groupBy({ by: ["productId"], where: { sellerId, productId: { in: ids } }, _count: { _all: true } }) : [];
    for (const c of counts) countById.set(c.productId, c._count._all);
  }
  for (const plan of plans.values()) {
    const total = (plan.existingId ? countById.get(plan.existingId) ?? 0 : 0) + plan.variants.filter((v) => !v.existingId).length;
    if (total > VARIANTS_MAX) add(plan.variants[plan.variants.length - 1].row, "sku", "errors.variantsTooMany", { max: VARIANTS_MAX });
  }

  errors.sort((a, b) => a.row - b.row);
  const plan = [...plans.values()];
  return {
    total: records.length,
    checked: records.length,
    errors,
    plan: errors.length ? [] : plan,
    summary: {
      newProducts: plan.filter((p) => !p.existingId).length,
      updatedProducts: plan.filter((p) => p.existingId).length,
      newVariants: plan.reduce((n, p) => n + p.variants.filter((v) => !v.existingId).length, 0),
      updatedVariants: plan.reduce((n, p) => n + p.variants.filter((v) => v.existingId).length, 0),
    },
  };
}

// ─────────────────────────────── apply ───────────────────────────────

export type CsvApplyResult =
  | { ok: true; total: number; createdProducts: number; changedProducts: number; stockMovements: number }
  | { ok: false; total: number; errors: CsvError[] };

class RowError extends Error {
  constructor(readonly error: CsvError) {
    super(error.message);
  }
}

async function freeSlugs(tx: Tx, wanted: string[]): Promise<(slug: string) => string> {
  const taken = new Set((await tx.product.findMany({ where: { slug: { in: wanted } }, select: { slug: true } })).map((p) => p.slug));
  return (base: string) => {
    let candidate = base;
    while (taken.has(candidate)) candidate = `${base}-${Math.random().toString(36).slice(2, 6)}`;
    taken.add(candidate);
    return candidate;
  };
}

/**
 * Checks the file again (the preview is never trusted) and, only if every row is right, applies it
 * in one transaction. Another seller's SKU is simply a new SKU here: every lookup has this seller.
 */
export async function applySellerCsv({ sellerId, actorId, text }: { sellerId: string; actorId: string; text: string }): Promise<CsvApplyResult> {
  const check = await checkSellerCsv(sellerId, text);
  if (check.errors.length) return { ok: false, total: check.total, errors: check.errors };
  try {
    return await prisma.$transaction(
      async (tx) => {
        const changed = new Set<string>();
        let created = 0;
        let movements = 0;
        const newPlans = check.plan.filter((p) => !p.existingId);
        const bases = newPlans.map((p) => (p.slug ? slugify(p.slug, 70) : "") || slugify(p.name, 70) || "san-pham");
        const slugFor = await freeSlugs(tx, bases);

        for (const plan of check.plan) {
          let productId = plan.existingId;
          let position = 0;
          if (!productId) {
            const slug = slugFor(bases[newPlans.indexOf(plan)]);
            const status = plan.status ?? "DRAFT";
            const product = await tx.product.create({
              data: { sellerId, categoryId: plan.categoryId, slug, name: plan.name, description: plan.description, status, publishedAt: status === "ACTIVE" ? new Date() : null },
              select: { id: true },
            });
            productId = product.id;
            created++;
            changed.add(productId);
          } else {
            const current = await tx.product.findFirst({
              where: { id: productId, sellerId },
              select: { name: true, categoryId: true, description: true, status: true, publishedAt: true, variants: { where: { sellerId }, select: { position: true } } },
            });
            if (!current || current.status === "HIDDEN") throw new RowError({ row: plan.row, column: "status", message: "errors.productHidden" });
            position = current.variants.reduce((m, v) => Math.max(m, v.position + 1), 0);
            const status = plan.status ?? current.status;
            if (current.name !== plan.name || current.categoryId !== plan.categoryId || current.description !== plan.description || current.status !== status) {
              // Conditional on not HIDDEN: an admin's hide landing meanwhile is never undone.
              const updated = await tx.product.updateMany({
                where: { id: productId, sellerId, status: { not: "HIDDEN" } },
                data: {
                  name: plan.name,
                  categoryId: plan.categoryId,
                  description: plan.description,
                  status,
                  ...(status === "ACTIVE" && !current.publishedAt ? { publishedAt: new Date() } : {}),
                },
              });
              if (updated.count === 0) throw new RowError({ row: plan.row, column: "status", message: "errors.productHidden" });
              changed.add(productId);
            }
          }

          for (const v of plan.variants) {
            let variantId = v.existingId;
            let onHand = 0;
            if (!variantId) {
              const variant = await tx.productVariant.create({
                data: { productId, sellerId, sku: v.sku, label: v.label, price: v.price, weightGrams: v.weightGrams, onHand: 0, position: position++ },
                select: { id: true },
              });
              variantId = variant.id;
              changed.add(productId);
            } else {
              // Locked so the delta is computed against the stock as it is now (a sale may have happened since the preview).
              const locked = await tx.$queryRaw<{ on_hand: number; label: string; price: number; weight_grams: number }[]>`
                SELECT on_hand, label, price, weight_grams FROM product_variants WHERE id = ${variantId} AND seller_id = ${sellerId} FOR UPDATE`;
              const row = locked[0];
              if (!row) throw new RowError({ row: v.row, column: "sku", message: "errors.skuGone" });
              onHand = row.on_hand;
              if (row.label !== v.label || Number(row.price) !== v.price || row.weight_grams !== v.weightGrams) {
                await tx.productVariant.updateMany({ where: { id: variantId, sellerId }, data: { label: v.label, price: v.price, weightGrams: v.weightGrams } });
                changed.add(productId);
              }
            }
            const delta = v.onHand - onHand;
            if (delta !== 0) {
              try {
                await adjustStock(tx, { sellerId, variantId, delta, reason: "IMPORT", actorId, note: null });
              } catch (error) {
                if (error instanceof StockError) throw new RowError({ row: v.row, column: "on_hand", message: "errors.belowReserved", params: { reserved: onHand - error.available } });
                throw error;
              }
              movements++;
              changed.add(productId);
            }
          }
        }
        await enqueueProducts(tx, [...changed]);
        return { ok: true as const, total: check.total, createdProducts: created, changedProducts: changed.size - created, stockMovements: movements };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof RowError) return { ok: false, total: check.total, errors: [error.error] };
    // A SKU taken meanwhile (another tab, the product form): nothing was written; check again.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, total: check.total, errors: [{ row: 1, column: "sku", message: "errors.changedMeanwhile" }] };
    throw error;
  }
}

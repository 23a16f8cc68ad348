// Bulk CSV for a seller's products: export, template, and import (create or
// update by SKU within this seller only). The import is checked in full first
// — every row's errors, with row number and column — and nothing is written
// while any error remains; then everything is applied in ONE transaction:
// products and variants created/updated, stock changed only through
// adjustStockMany (reason IMPORT, delta = new − on hand, never below reserved) and
// every changed product enqueued for search. A re-import of an export changes
// nothing (no writes, no movements, no outbox rows).
import { createHash, randomBytes } from "node:crypto";
import Papa from "papaparse";
import { Prisma, type ProductStatus } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";
import { slugify } from "~/lib/slug";
import { adjustStockMany, StockError } from "~/modules/inventory/index.server";
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
  // Plain SQL with arrays: Prisma's `in` over 10,000 values costs several times as much.
  const [categories, existingVariants, existingProducts] = await Promise.all([
    prisma.category.findMany({ select: { id: true, slug: true } }),
    prisma.$queryRaw<{ id: string; sku: string; reserved: number; product_id: string; slug: string; status: ProductStatus }[]>`
      SELECT v.id, v.sku, v.reserved, p.id AS product_id, p.slug, p.status::text AS status
      FROM product_variants v JOIN products p ON p.id = v.product_id
      WHERE v.seller_id = ${sellerId} AND p.seller_id = ${sellerId} AND v.sku = ANY(${skus}::text[])`,
    slugs.length ? prisma.product.findMany({ where: { sellerId, slug: { in: slugs } }, select: { id: true, slug: true, status: true } }) : [],
  ]);
  const categoryBySlug = new Map(categories.map((c) => [c.slug, c.id]));
  const variantBySku = new Map(existingVariants.map((v) => [v.sku, { id: v.id, reserved: v.reserved, product: { id: v.product_id, slug: v.slug, status: v.status } }]));
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
 * Ids for rows inserted with plain SQL, shaped like Prisma's cuids ("c" + 24 base-36 characters)
 * and increasing within a batch, so rows created together sort by id in the file's order.
 */
function newIds(count: number): string[] {
  const time = Date.now().toString(36).padStart(9, "0");
  return Array.from({ length: count }, (_, i) => `c${time}${i.toString(36).padStart(4, "0")}${randomBytes(8).readBigUInt64BE().toString(36).padStart(11, "0").slice(-11)}`);
}

/**
 * Checks the file again (the preview is never trusted) and, only if every row is right, applies it
 * in one transaction. Another seller's SKU is simply a new SKU here: every lookup has this seller.
 * A constant number of statements whatever the size of the file (one read, lock or write per kind
 * of change, with arrays as parameters), so 10,000 rows take seconds, not minutes.
 */
export async function applySellerCsv({ sellerId, actorId, text }: { sellerId: string; actorId: string; text: string }): Promise<CsvApplyResult> {
  const check = await checkSellerCsv(sellerId, text);
  if (check.errors.length) return { ok: false, total: check.total, errors: check.errors };
  try {
    return await prisma.$transaction(
      async (tx) => {
        const now = new Date();
        const changed = new Set<string>();
        const existingPlans = check.plan.filter((p) => p.existingId);
        const newPlans = check.plan.filter((p) => !p.existingId);

        // Existing products: one read; the changed ones in one conditional UPDATE (never over an
        // admin's hide landing meanwhile).
        const existingIds = existingPlans.map((p) => p.existingId!);
        const current = new Map(
          (existingIds.length
            ? await tx.product.findMany({ where: { id: { in: existingIds }, sellerId }, select: { id: true, name: true, categoryId: true, description: true, status: true } })
            : []
          ).map((p) => [p.id, p]),
        );
        const productUpdates: { plan: ProductPlan; status: ProductStatus }[] = [];
        for (const plan of existingPlans) {
          const p = current.get(plan.existingId!);
          if (!p || p.status === "HIDDEN") throw new RowError({ row: plan.row, column: "status", message: "errors.productHidden" });
          const status = plan.status ?? p.status;
          if (p.name !== plan.name || p.categoryId !== plan.categoryId || p.description !== plan.description || p.status !== status) productUpdates.push({ plan, status });
        }
        if (productUpdates.length) {
          const ids = productUpdates.map((u) => u.plan.existingId!);
          const updated = await tx.$queryRaw<{ id: string }[]>`
            UPDATE products p SET name = u.name, category_id = u.category_id, description = u.description, status = u.status::"ProductStatus",
              published_at = CASE WHEN u.status = 'ACTIVE' AND p.published_at IS NULL THEN ${now}::timestamp ELSE p.published_at END,
              updated_at = ${now}::timestamp
            FROM unnest(${ids}::text[], ${productUpdates.map((u) => u.plan.name)}::text[], ${productUpdates.map((u) => u.plan.categoryId)}::text[],
                        ${productUpdates.map((u) => u.plan.description)}::text[], ${productUpdates.map((u) => u.status)}::text[]) AS u(id, name, category_id, description, status)
            WHERE p.id = u.id AND p.seller_id = ${sellerId} AND p.status <> 'HIDDEN'
            RETURNING p.id`;
          const done = new Set(updated.map((r) => r.id));
          const hidden = productUpdates.find((u) => !done.has(u.plan.existingId!));
          if (hidden) throw new RowError({ row: hidden.plan.row, column: "status", message: "errors.productHidden" });
          for (const id of ids) changed.add(id);
        }

        // Existing variants: locked (in id order) so each delta is computed against the stock as it
        // is now — a sale may have happened since the preview; the changed ones in one UPDATE.
        const existingVariants = check.plan.flatMap((p) => p.variants.filter((v) => v.existingId).map((v) => ({ v, productId: p.existingId! })));
        const variantIds = existingVariants.map((x) => x.v.existingId!);
        const locked = new Map(
          (variantIds.length
            ? await tx.$queryRaw<{ id: string; on_hand: number; label: string; price: number; weight_grams: number }[]>`
                SELECT id, on_hand, label, price, weight_grams FROM product_variants WHERE id = ANY(${variantIds}::text[]) AND seller_id = ${sellerId} ORDER BY id FOR UPDATE`
            : []
          ).map((r) => [r.id, r]),
        );
        const onHandNow = new Map<string, number>();
        const variantUpdates: VariantPlan[] = [];
        for (const { v, productId } of existingVariants) {
          const row = locked.get(v.existingId!);
          if (!row) throw new RowError({ row: v.row, column: "sku", message: "errors.skuGone" });
          onHandNow.set(v.existingId!, row.on_hand);
          if (row.label !== v.label || Number(row.price) !== v.price || row.weight_grams !== v.weightGrams) {
            variantUpdates.push(v);
            changed.add(productId);
          }
        }
        if (variantUpdates.length) {
          await tx.$executeRaw`
            UPDATE product_variants pv SET label = u.label, price = u.price, weight_grams = u.weight_grams, updated_at = ${now}::timestamp
            FROM unnest(${variantUpdates.map((v) => v.existingId!)}::text[], ${variantUpdates.map((v) => v.label)}::text[], ${variantUpdates.map((v) => v.price)}::int[],
                        ${variantUpdates.map((v) => v.weightGrams)}::int[]) AS u(id, label, price, weight_grams)
            WHERE pv.id = u.id AND pv.seller_id = ${sellerId}`;
        }

        // New products and variants, each in one INSERT; new variants go after the ones a product already has.
        const bases = newPlans.map((p) => (p.slug ? slugify(p.slug, 70) : "") || slugify(p.name, 70) || "san-pham");
        const slugFor = await freeSlugs(tx, bases);
        const productIdOf = new Map<ProductPlan, string>(existingPlans.map((p) => [p, p.existingId!]));
        if (newPlans.length) {
          const ids = newIds(newPlans.length);
          const statuses = newPlans.map((p) => p.status ?? "DRAFT");
          await tx.$executeRaw`
            INSERT INTO products (id, seller_id, category_id, slug, name, description, status, published_at, created_at, updated_at)
            SELECT u.id, ${sellerId}, u.category_id, u.slug, u.name, u.description, u.status::"ProductStatus",
                   CASE WHEN u.status = 'ACTIVE' THEN ${now}::timestamp END, ${now}::timestamp, ${now}::timestamp
            FROM unnest(${ids}::text[], ${newPlans.map((p) => p.categoryId)}::text[], ${bases.map((b) => slugFor(b))}::text[], ${newPlans.map((p) => p.name)}::text[],
                        ${newPlans.map((p) => p.description)}::text[], ${statuses}::text[]) AS u(id, category_id, slug, name, description, status)`;
          newPlans.forEach((plan, i) => {
            productIdOf.set(plan, ids[i]);
            changed.add(ids[i]);
          });
        }
        const nextPosition = new Map<string, number>();
        if (existingIds.length) {
          const positions = await tx.productVariant.groupBy({ by: ["productId"], where: { sellerId, productId: { in: existingIds } }, _max: { position: true } });
          for (const p of positions) nextPosition.set(p.productId, (p._max.position ?? -1) + 1);
        }
        const newVariants = check.plan.flatMap((plan) => {
          const productId = productIdOf.get(plan)!;
          let position = nextPosition.get(productId) ?? 0;
          return plan.variants.filter((v) => !v.existingId).map((v) => ({ v, productId, position: position++ }));
        });
        const variantIdOf = new Map<VariantPlan, string>(existingVariants.map(({ v }) => [v, v.existingId!]));
        if (newVariants.length) {
          const ids = newIds(newVariants.length);
          // Stock 0 here: what the file says arrives below through the inventory module, with its movement.
          await tx.$executeRaw`
            INSERT INTO product_variants (id, product_id, seller_id, sku, label, price, weight_grams, on_hand, position, created_at, updated_at)
            SELECT u.id, u.product_id, ${sellerId}, u.sku, u.label, u.price, u.weight_grams, 0, u.position, ${now}::timestamp, ${now}::timestamp
            FROM unnest(${ids}::text[], ${newVariants.map((x) => x.productId)}::text[], ${newVariants.map((x) => x.v.sku)}::text[], ${newVariants.map((x) => x.v.label)}::text[],
                        ${newVariants.map((x) => x.v.price)}::int[], ${newVariants.map((x) => x.v.weightGrams)}::int[], ${newVariants.map((x) => x.position)}::int[])
                 AS u(id, product_id, sku, label, price, weight_grams, position)`;
          newVariants.forEach(({ v, productId }, i) => {
            variantIdOf.set(v, ids[i]);
            changed.add(productId);
          });
        }

        // Stock: every difference through the inventory module (conditional update + one IMPORT
        // movement per variant), in the file's order.
        const adjustments = check.plan.flatMap((plan) =>
          plan.variants.map((v) => ({ v, productId: productIdOf.get(plan)!, variantId: variantIdOf.get(v)!, delta: v.onHand - (v.existingId ? onHandNow.get(v.existingId)! : 0) })),
        ).filter((a) => a.delta !== 0);
        try {
          await adjustStockMany(tx, { sellerId, reason: "IMPORT", actorId, note: null, items: adjustments.map(({ variantId, delta }) => ({ variantId, delta })) });
        } catch (error) {
          const failed = error instanceof StockError ? adjustments.find((a) => a.variantId === error.variantId) : undefined;
          if (error instanceof StockError && failed) {
            const onHand = failed.v.existingId ? onHandNow.get(failed.v.existingId)! : 0;
            throw new RowError({ row: failed.v.row, column: "on_hand", message: "errors.belowReserved", params: { reserved: onHand - error.available } });
          }
          throw error;
        }
        for (const a of adjustments) changed.add(a.productId);

        await enqueueProducts(tx, [...changed]);
        return { ok: true as const, total: check.total, createdProducts: newPlans.length, changedProducts: changed.size - newPlans.length, stockMovements: adjustments.length };
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

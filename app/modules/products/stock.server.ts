// The seller's side of inventory: stock per variant, adjustments with a
// reason, low-stock thresholds and the movement history. Stock itself only
// ever changes through the inventory module (adjustStock: one conditional
// UPDATE plus its ledger row); this file decides the delta, keeps the seller
// in every WHERE and tells search when availability may have changed.
import type { MovementReason, ProductStatus } from "@prisma/client";
import { prisma } from "~/lib/db.server";
import { adjustStock, StockError } from "~/modules/inventory/index.server";
import { enqueueProducts } from "~/modules/search/index.server";
import { isId, withParams, type FieldErrors } from "./products.server";
import type { AdjustmentInput } from "./schemas";

export const INVENTORY_PER_PAGE = 50;

export type InventoryRow = {
  variantId: string;
  productId: string;
  productName: string;
  productStatus: ProductStatus;
  label: string;
  sku: string;
  onHand: number;
  reserved: number;
  available: number;
  threshold: number;
  low: boolean;
};

type RawRow = { variant_id: string; product_id: string; product_name: string; product_status: ProductStatus; label: string; sku: string; on_hand: number; reserved: number; threshold: number };

function toRow(r: RawRow): InventoryRow {
  const available = r.on_hand - r.reserved;
  return {
    variantId: r.variant_id,
    productId: r.product_id,
    productName: r.product_name,
    productStatus: r.product_status,
    label: r.label,
    sku: r.sku,
    onHand: r.on_hand,
    reserved: r.reserved,
    available,
    threshold: r.threshold,
    low: available <= r.threshold,
  };
}

/** Every variant of the seller; `low` keeps those at or under their threshold ("dưới ngưỡng"). */
export async function listInventory(sellerId: string, { low = false, q = "", page = 1 }: { low?: boolean; q?: string; page?: number } = {}) {
  const search = q.trim().slice(0, 100);
  const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const offset = (Math.max(1, Math.min(page, 1000)) - 1) * INVENTORY_PER_PAGE;
  const [rows, totals] = await Promise.all([
    prisma.$queryRaw<RawRow[]>`
      SELECT v.id AS variant_id, p.id AS product_id, p.name AS product_name, p.status AS product_status,
             v.label, v.sku, v.on_hand, v.reserved, v.low_stock_threshold AS threshold
      FROM product_variants v JOIN products p ON p.id = v.product_id AND p.seller_id = v.seller_id
      WHERE v.seller_id = ${sellerId}
        AND (${!low} OR (v.on_hand - v.reserved <= v.low_stock_threshold AND p.status <> 'ARCHIVED'))
        AND (${search === ""} OR lower(f_unaccent(p.name)) LIKE lower(f_unaccent(${like})) OR v.sku ILIKE ${like})
      ORDER BY p.name, p.id, v.position, v.id
      LIMIT ${INVENTORY_PER_PAGE} OFFSET ${offset}`,
    prisma.$queryRaw<{ n: number; low: number }[]>`
      SELECT count(*) FILTER (WHERE (${!low} OR (v.on_hand - v.reserved <= v.low_stock_threshold AND p.status <> 'ARCHIVED'))
                                AND (${search === ""} OR lower(f_unaccent(p.name)) LIKE lower(f_unaccent(${like})) OR v.sku ILIKE ${like}))::int AS n,
             count(*) FILTER (WHERE v.on_hand - v.reserved <= v.low_stock_threshold AND p.status <> 'ARCHIVED')::int AS low
      FROM product_variants v JOIN products p ON p.id = v.product_id AND p.seller_id = v.seller_id
      WHERE v.seller_id = ${sellerId}`,
  ]);
  const total = totals[0]?.n ?? 0;
  return { rows: rows.map(toRow), total, lowCount: totals[0]?.low ?? 0, page: offset / INVENTORY_PER_PAGE + 1, pageCount: Math.max(1, Math.ceil(total / INVENTORY_PER_PAGE)) };
}

export async function getInventoryVariant(sellerId: string, variantId: string): Promise<InventoryRow | null> {
  if (!isId(variantId)) return null;
  const rows = await prisma.$queryRaw<RawRow[]>`
    SELECT v.id AS variant_id, p.id AS product_id, p.name AS product_name, p.status AS product_status,
           v.label, v.sku, v.on_hand, v.reserved, v.low_stock_threshold AS threshold
    FROM product_variants v JOIN products p ON p.id = v.product_id AND p.seller_id = v.seller_id
    WHERE v.id = ${variantId} AND v.seller_id = ${sellerId}`;
  return rows[0] ? toRow(rows[0]) : null;
}

export type MovementRow = {
  id: string;
  createdAt: string;
  reason: MovementReason;
  onHandDelta: number;
  reservedDelta: number;
  /** On hand right after this movement (running sum of the ledger). */
  onHandAfter: number;
  note: string | null;
  actorName: string | null;
  orderCode: string | null;
};

export const MOVEMENTS_PER_PAGE = 50;

/** A variant's ledger, newest first, with the on-hand balance after each row. */
export async function listMovements(sellerId: string, variantId: string, page = 1): Promise<{ rows: MovementRow[]; total: number; page: number; pageCount: number }> {
  const offset = (Math.max(1, Math.min(page, 10_000)) - 1) * MOVEMENTS_PER_PAGE;
  const [rows, totals] = await Promise.all([
    prisma.$queryRaw<{ id: bigint; created_at: Date; reason: MovementReason; on_hand_delta: number; reserved_delta: number; on_hand_after: number; note: string | null; actor_name: string | null; order_code: string | null }[]>`
      SELECT m.id, m.created_at, m.reason, m.on_hand_delta, m.reserved_delta, m.note, m.on_hand_after, u.name AS actor_name, o.code AS order_code
      FROM (
        SELECT im.*, sum(im.on_hand_delta) OVER (ORDER BY im.id)::int AS on_hand_after
        FROM inventory_movements im WHERE im.variant_id = ${variantId} AND im.seller_id = ${sellerId}
      ) m
      LEFT JOIN users u ON u.id = m.actor_id
      LEFT JOIN orders o ON o.id = m.order_id
      ORDER BY m.id DESC
      LIMIT ${MOVEMENTS_PER_PAGE} OFFSET ${offset}`,
    prisma.inventoryMovement.count({ where: { variantId, sellerId } }),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id.toString(),
      createdAt: r.created_at.toISOString(),
      reason: r.reason,
      onHandDelta: r.on_hand_delta,
      reservedDelta: r.reserved_delta,
      onHandAfter: r.on_hand_after,
      note: r.note,
      actorName: r.actor_name,
      orderCode: r.order_code,
    })),
    total: totals,
    page: offset / MOVEMENTS_PER_PAGE + 1,
    pageCount: Math.max(1, Math.ceil(totals / MOVEMENTS_PER_PAGE)),
  };
}

export type AdjustResult =
  | { ok: true; onHand: number; delta: number }
  | { ok: false; notFound: true }
  | { ok: false; notFound?: false; fieldErrors: FieldErrors };

/**
 * One adjustment. The delta follows from the reason: RESTOCK +q, DAMAGE −q, CORRECTION ±q,
 * STOCK_COUNT (counted) − (on hand), computed under a row lock so a sale in between is not lost.
 * On hand never drops below what is reserved for orders (adjustStock's condition).
 */
export async function adjustVariantStock({ sellerId, actorId, input }: { sellerId: string; actorId: string; input: AdjustmentInput }): Promise<AdjustResult> {
  if (!isId(input.variantId)) return { ok: false, notFound: true };
  try {
    return await prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ product_id: string; on_hand: number; reserved: number }[]>`
        SELECT product_id, on_hand, reserved FROM product_variants WHERE id = ${input.variantId} AND seller_id = ${sellerId} FOR UPDATE`;
      const variant = locked[0];
      if (!variant) return { ok: false as const, notFound: true as const };
      const delta =
        input.reason === "RESTOCK" ? input.quantity : input.reason === "DAMAGE" ? -input.quantity : input.reason === "CORRECTION" ? input.quantity : input.quantity - variant.on_hand;
      if (delta === 0) return { ok: false as const, fieldErrors: { quantity: ["errors.countMatches"] } };
      const row = await adjustStock(tx, { sellerId, variantId: input.variantId, delta, reason: input.reason, actorId, note: input.note || null });
      // In stock / out of stock is part of the search document.
      await enqueueProducts(tx, [variant.product_id]);
      return { ok: true as const, onHand: row.on_hand, delta };
    });
  } catch (error) {
    if (error instanceof StockError && error.code === "negative") {
      const current = await prisma.productVariant.findFirst({ where: { id: input.variantId, sellerId }, select: { onHand: true, reserved: true } });
      return { ok: false, fieldErrors: { quantity: [withParams("errors.belowReserved", { onHand: current?.onHand ?? 0, reserved: current?.reserved ?? 0 })] } };
    }
    if (error instanceof StockError && error.code === "not_found") return { ok: false, notFound: true };
    throw error;
  }
}

/** Sets a variant's low-stock threshold; false when the variant is not this seller's. */
export async function setLowStockThreshold(sellerId: string, variantId: string, threshold: number): Promise<boolean> {
  if (!isId(variantId)) return false;
  const updated = await prisma.productVariant.updateMany({ where: { id: variantId, sellerId }, data: { lowStockThreshold: threshold } });
  return updated.count === 1;
}

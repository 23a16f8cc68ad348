// Stock for every variant: on hand, reserved, and the ledger of movements.
// Every change is ONE conditional UPDATE (never read-then-write) plus its
// inventory_movements row, in the caller's transaction, so concurrent checkouts
// and adjustments can never oversell and the ledger always sums to the columns.
import type { MovementReason } from "@prisma/client";
import type { Tx } from "~/lib/db.server";

export class StockError extends Error {
  constructor(
    readonly code: "insufficient" | "not_found" | "negative",
    readonly variantId: string,
    readonly available: number,
  ) {
    super(`stock ${code} for variant ${variantId} (available ${available})`);
    this.name = "StockError";
  }
}

type Movement = {
  variantId: string;
  onHandDelta: number;
  reservedDelta: number;
  reason: MovementReason;
  actorId?: string | null;
  orderId?: string | null;
  note?: string | null;
};

type Row = { seller_id: string; on_hand: number; reserved: number };

async function record(tx: Tx, sellerId: string, m: Movement) {
  await tx.inventoryMovement.create({
    data: {
      variantId: m.variantId,
      sellerId,
      onHandDelta: m.onHandDelta,
      reservedDelta: m.reservedDelta,
      reason: m.reason,
      actorId: m.actorId ?? null,
      orderId: m.orderId ?? null,
      note: m.note ?? null,
    },
  });
}

async function availableOf(tx: Tx, variantId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ available: number }[]>`SELECT on_hand - reserved AS available FROM product_variants WHERE id = ${variantId}`;
  return rows[0]?.available ?? 0;
}

function positive(quantity: number) {
  if (!Number.isSafeInteger(quantity) || quantity <= 0) throw new RangeError(`quantity must be a positive integer, got ${quantity}`);
}

/** Checkout: reserved += qty, only while reserved + qty <= on_hand. */
export async function reserveStock(tx: Tx, input: { variantId: string; quantity: number; orderId: string; actorId?: string | null }) {
  positive(input.quantity);
  const rows = await tx.$queryRaw<Row[]>`
    UPDATE product_variants SET reserved = reserved + ${input.quantity}, updated_at = now()
    WHERE id = ${input.variantId} AND reserved + ${input.quantity} <= on_hand
    RETURNING seller_id, on_hand, reserved`;
  if (rows.length === 0) throw new StockError("insufficient", input.variantId, await availableOf(tx, input.variantId));
  await record(tx, rows[0].seller_id, { variantId: input.variantId, onHandDelta: 0, reservedDelta: input.quantity, reason: "RESERVE", orderId: input.orderId, actorId: input.actorId });
  return rows[0];
}

/** Unpaid order expired or cancelled: reserved -= qty. */
export async function releaseStock(tx: Tx, input: { variantId: string; quantity: number; orderId: string; actorId?: string | null; note?: string }) {
  positive(input.quantity);
  const rows = await tx.$queryRaw<Row[]>`
    UPDATE product_variants SET reserved = reserved - ${input.quantity}, updated_at = now()
    WHERE id = ${input.variantId} AND reserved >= ${input.quantity}
    RETURNING seller_id, on_hand, reserved`;
  if (rows.length === 0) throw new StockError("negative", input.variantId, await availableOf(tx, input.variantId));
  await record(tx, rows[0].seller_id, { variantId: input.variantId, onHandDelta: 0, reservedDelta: -input.quantity, reason: "RELEASE", orderId: input.orderId, actorId: input.actorId, note: input.note });
  return rows[0];
}

/** Paid: the reserved units leave the shelf (on_hand -= qty, reserved -= qty). */
export async function commitSale(tx: Tx, input: { variantId: string; quantity: number; orderId: string }) {
  positive(input.quantity);
  const rows = await tx.$queryRaw<Row[]>`
    UPDATE product_variants SET on_hand = on_hand - ${input.quantity}, reserved = reserved - ${input.quantity}, updated_at = now()
    WHERE id = ${input.variantId} AND reserved >= ${input.quantity} AND on_hand >= ${input.quantity}
    RETURNING seller_id, on_hand, reserved`;
  if (rows.length === 0) throw new StockError("negative", input.variantId, await availableOf(tx, input.variantId));
  await record(tx, rows[0].seller_id, { variantId: input.variantId, onHandDelta: -input.quantity, reservedDelta: -input.quantity, reason: "SALE", orderId: input.orderId });
  return rows[0];
}

/** A paid order cancelled by the seller before shipping: the units go back on the shelf. */
export async function restockCancelled(tx: Tx, input: { variantId: string; quantity: number; orderId: string; actorId?: string | null; note?: string }) {
  positive(input.quantity);
  const rows = await tx.$queryRaw<Row[]>`
    UPDATE product_variants SET on_hand = on_hand + ${input.quantity}, updated_at = now()
    WHERE id = ${input.variantId}
    RETURNING seller_id, on_hand, reserved`;
  if (rows.length === 0) throw new StockError("not_found", input.variantId, 0);
  await record(tx, rows[0].seller_id, { variantId: input.variantId, onHandDelta: input.quantity, reservedDelta: 0, reason: "RESTOCK_CANCELLED", orderId: input.orderId, actorId: input.actorId, note: input.note });
  return rows[0];
}

export const ADJUSTMENT_REASONS = ["RESTOCK", "DAMAGE", "CORRECTION", "STOCK_COUNT", "IMPORT"] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

/**
 * A seller's adjustment (restock, damage, correction, count, import). Scoped by
 * seller in the WHERE; on hand may never drop below what is reserved for
 * orders, so an adjustment racing a checkout cannot oversell.
 */
export async function adjustStock(
  tx: Tx,
  input: { sellerId: string; variantId: string; delta: number; reason: AdjustmentReason; actorId: string | null; note?: string | null },
) {
  if (!Number.isSafeInteger(input.delta) || input.delta === 0) throw new RangeError("delta must be a non-zero integer");
  const rows = await tx.$queryRaw<Row[]>`
    UPDATE product_variants SET on_hand = on_hand + ${input.delta}, updated_at = now()
    WHERE id = ${input.variantId} AND seller_id = ${input.sellerId} AND on_hand + ${input.delta} >= reserved
    RETURNING seller_id, on_hand, reserved`;
  if (rows.length === 0) {
    const exists = await tx.$queryRaw<{ n: number }[]>`SELECT 1 AS n FROM product_variants WHERE id = ${input.variantId} AND seller_id = ${input.sellerId}`;
    throw new StockError(exists.length ? "negative" : "not_found", input.variantId, exists.length ? await availableOf(tx, input.variantId) : 0);
  }
  await record(tx, input.sellerId, { variantId: input.variantId, onHandDelta: input.delta, reservedDelta: 0, reason: input.reason, actorId: input.actorId, note: input.note });
  return rows[0];
}

/**
 * Many adjustments of one seller at once (a CSV import of thousands of rows): the variants are
 * locked and checked first, so either every one passes or StockError is thrown for the first that
 * does not and nothing is written; then ONE conditional UPDATE for all and one movement row each,
 * in the caller's transaction, in the order given. Returns how many variants changed.
 */
export async function adjustStockMany(
  tx: Tx,
  input: { sellerId: string; reason: AdjustmentReason; actorId: string | null; note?: string | null; items: { variantId: string; delta: number }[] },
): Promise<number> {
  const { items, sellerId } = input;
  if (items.length === 0) return 0;
  for (const item of items) {
    if (!Number.isSafeInteger(item.delta) || item.delta === 0) throw new RangeError("delta must be a non-zero integer");
  }
  const ids = items.map((i) => i.variantId);
  const deltas = items.map((i) => i.delta);
  if (new Set(ids).size !== ids.length) throw new RangeError("each variant at most once per batch");
  // Locked in id order (two batches never wait on each other in a cycle).
  const locked = await tx.$queryRaw<{ id: string; on_hand: number; reserved: number }[]>`
    SELECT id, on_hand, reserved FROM product_variants WHERE id = ANY(${ids}::text[]) AND seller_id = ${sellerId} ORDER BY id FOR UPDATE`;
  const byId = new Map(locked.map((r) => [r.id, r]));
  for (const item of items) {
    const row = byId.get(item.variantId);
    if (!row) throw new StockError("not_found", item.variantId, 0);
    if (row.on_hand + item.delta < row.reserved) throw new StockError("negative", item.variantId, row.on_hand - row.reserved);
  }
  const updated = await tx.$executeRaw`
    UPDATE product_variants v SET on_hand = v.on_hand + u.delta, updated_at = now()
    FROM unnest(${ids}::text[], ${deltas}::int[]) AS u(id, delta)
    WHERE v.id = u.id AND v.seller_id = ${sellerId} AND v.on_hand + u.delta >= v.reserved`;
  // Cannot happen while the rows are locked; if it ever does, the caller's transaction must not commit.
  if (updated !== items.length) throw new Error(`adjustStockMany: ${updated} of ${items.length} variants updated`);
  await tx.$executeRaw`
    INSERT INTO inventory_movements (variant_id, seller_id, on_hand_delta, reserved_delta, reason, actor_id, note)
    SELECT u.id, ${sellerId}, u.delta, 0, ${input.reason}::"MovementReason", ${input.actorId}, ${input.note ?? null}
    FROM unnest(${ids}::text[], ${deltas}::int[]) WITH ORDINALITY AS u(id, delta, n) ORDER BY u.n`;
  return items.length;
}

/** Variants whose columns disagree with their ledger (should always be empty). */
export async function ledgerMismatches(tx: Tx): Promise<{ id: string; on_hand: number; reserved: number; ledger_on_hand: number; ledger_reserved: number }[]> {
  return tx.$queryRaw`
    SELECT v.id, v.on_hand, v.reserved, coalesce(sum(m.on_hand_delta), 0)::int AS ledger_on_hand, coalesce(sum(m.reserved_delta), 0)::int AS ledger_reserved
    FROM product_variants v LEFT JOIN inventory_movements m ON m.variant_id = v.id
    GROUP BY v.id HAVING v.on_hand <> coalesce(sum(m.on_hand_delta), 0) OR v.reserved <> coalesce(sum(m.reserved_delta), 0)`;
}

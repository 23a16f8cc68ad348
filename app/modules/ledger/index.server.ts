// The seller's money ledger: what the platform owes each seller.
//
// A delivered seller order credits its seller once (SALE: the line totals minus
// the platform's commission); payouts recorded by an admin debit it (PAYOUT).
// The balance is the sum of the entries, never a stored column.
//
// Shipping fees are NOT the seller's revenue here: the platform charges the
// buyer a shipping fee per seller order at checkout and settles shipping with
// the carrier itself, so the SALE credit is computed from the order lines only
// (gross = Σ line totals; commission = round(gross × rate / 10 000) with the
// rate snapshotted on the seller order at checkout; credit = gross − commission).
import type { LedgerEntryType } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";

/** round(gross × bps / 10 000), integer đồng. */
export function commissionFor(gross: number, commissionRateBps: number): number {
  return Math.round((gross * commissionRateBps) / 10_000);
}

export type SaleCredit = { id: string; sellerId: string; gross: number; commission: number; amount: number };

/**
 * Credits a delivered seller order to its seller's ledger, in the caller's
 * transaction. Idempotent: the unique seller_order_id makes a second call (or a
 * concurrent one) a no-op that returns null.
 */
export async function creditDeliveredSellerOrder(tx: Tx, sellerOrderId: string): Promise<SaleCredit | null> {
  const sellerOrder = await tx.sellerOrder.findUnique({
    where: { id: sellerOrderId },
    select: { id: true, sellerId: true, status: true, commissionRateBps: true, order: { select: { code: true } } },
  });
  if (!sellerOrder) throw new Error(`seller order ${sellerOrderId} not found`);
  if (sellerOrder.status !== "DELIVERED") throw new Error(`seller order ${sellerOrderId} is ${sellerOrder.status}, not DELIVERED`);
  const lines = await tx.orderLine.aggregate({ where: { sellerOrderId, sellerId: sellerOrder.sellerId }, _sum: { lineTotal: true } });
  const gross = lines._sum.lineTotal ?? 0;
  const commission = commissionFor(gross, sellerOrder.commissionRateBps);
  const amount = gross - commission;
  const note = `Đơn hàng ${sellerOrder.order.code}`;
  // ON CONFLICT: a second credit neither fails the caller's transaction nor writes anything.
  const rows = await tx.$queryRaw<{ id: bigint }[]>`
    INSERT INTO seller_ledger_entries (seller_id, type, amount, gross, commission, seller_order_id, note, created_at)
    VALUES (${sellerOrder.sellerId}, 'SALE'::"LedgerEntryType", ${amount}, ${gross}, ${commission}, ${sellerOrderId}, ${note}, now())
    ON CONFLICT (seller_order_id) DO NOTHING
    RETURNING id`;
  if (rows.length === 0) return null;
  return { id: rows[0].id.toString(), sellerId: sellerOrder.sellerId, gross, commission, amount };
}

/** The seller's current balance in đồng (credits − debits). */
export async function sellerBalance(sellerId: string, db: Tx = prisma): Promise<number> {
  const sum = await db.sellerLedgerEntry.aggregate({ where: { sellerId }, _sum: { amount: true } });
  return sum._sum.amount ?? 0;
}

export type LedgerEntryView = {
  id: string;
  type: LedgerEntryType;
  amount: number;
  gross: number | null;
  commission: number | null;
  note: string | null;
  createdAt: Date;
  orderCode: string | null;
  sellerOrderId: string | null;
  payout: { bankReference: string; paidOn: Date } | null;
};

export const LEDGER_PAGE_SIZE = 50;

export type LedgerPage = { entries: LedgerEntryView[]; total: number; page: number; pageCount: number; totals: { sales: number; commission: number; payouts: number } };

/** The seller's ledger, newest first, with totals; scoped by seller in every WHERE. */
export async function listLedgerEntries(sellerId: string, page = 1): Promise<LedgerPage> {
  const [total, byType] = await Promise.all([
    prisma.sellerLedgerEntry.count({ where: { sellerId } }),
    prisma.sellerLedgerEntry.groupBy({ by: ["type"], where: { sellerId }, _sum: { amount: true, commission: true } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / LEDGER_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const entries = await prisma.sellerLedgerEntry.findMany({
    where: { sellerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * LEDGER_PAGE_SIZE,
    take: LEDGER_PAGE_SIZE,
    include: { sellerOrder: { select: { order: { select: { code: true } } } }, payout: { select: { bankReference: true, paidOn: true } } },
  });
  const sum = (type: LedgerEntryType) => byType.find((r) => r.type === type);
  return {
    entries: entries.map((e) => ({
      id: e.id.toString(),
      type: e.type,
      amount: e.amount,
      gross: e.gross,
      commission: e.commission,
      note: e.note,
      createdAt: e.createdAt,
      orderCode: e.sellerOrder?.order.code ?? null,
      sellerOrderId: e.sellerOrderId,
      payout: e.payout ? { bankReference: e.payout.bankReference, paidOn: e.payout.paidOn } : null,
    })),
    total,
    page: current,
    pageCount,
    totals: { sales: sum("SALE")?._sum.amount ?? 0, commission: sum("SALE")?._sum.commission ?? 0, payouts: Math.abs(sum("PAYOUT")?._sum.amount ?? 0) },
  };
}

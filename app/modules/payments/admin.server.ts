// The operator's side of payments: bank transfers the feed could not settle
// (no order code, too little, too late, too much) with suggested orders, a
// manual confirmation of a transfer against an order, and the refunds owed.
//
// Every decision is one transaction with its audit row. A manual confirmation
// goes through the same confirmOrderPaymentInTx as the webhook, with the order's
// CUMULATIVE bank money (this transfer included), so it is idempotent: the
// same confirmation twice changes nothing the second time.
import type { Refund, TransferMatch } from "@prisma/client";
import { Prisma } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";
import { recordAudit, type AuditActor } from "~/modules/audit/index.server";
import { afterConfirmation, confirmOrderPaymentInTx, lockOrder, type ConfirmPaymentResult } from "./confirm.server";
import { refundCardPayment } from "./stripe.server";

export const UNRESOLVED_MATCHES = ["UNMATCHED", "UNDERPAID", "LATE", "OVERPAID"] as const satisfies readonly TransferMatch[];

/** How close (pg_trgm word_similarity, 0–1) transfer content must be to an order code to suggest it. */
export const CODE_SIMILARITY_THRESHOLD = 0.5;
const SUGGESTIONS_PER_TRANSFER = 5;

export type TransferSuggestion = {
  orderId: string;
  code: string;
  status: string;
  total: number;
  /** Bank money already applied to the order. */
  received: number;
  buyerEmail: string;
  sameAmount: boolean;
  /** 0–1: how much of the order code the transfer content holds. */
  codeSimilarity: number;
};

export type UnresolvedTransfer = {
  id: string;
  notificationId: string;
  amount: number;
  content: string;
  transactionAt: Date;
  match: TransferMatch;
  order: { id: string; code: string; status: string; total: number } | null;
  suggestions: TransferSuggestion[];
};

type SuggestionRow = {
  transfer_id: string;
  order_id: string;
  code: string;
  status: string;
  total: number;
  received: number;
  buyer_email: string;
  same_amount: boolean;
  sim: number;
};

/** Open orders (unpaid or underpaid) that a transfer may belong to: same amount (total or what is missing), or content like the code. */
async function suggestionsFor(transfers: { id: string }[]): Promise<Map<string, TransferSuggestion[]>> {
  const result = new Map<string, TransferSuggestion[]>();
  if (transfers.length === 0) return result;
  const rows = await prisma.$queryRaw<SuggestionRow[]>`
    SELECT t.id AS transfer_id, s.order_id, s.code, s.status, s.total, s.received, s.buyer_email, s.same_amount, s.sim
    FROM bank_transfers t
    CROSS JOIN LATERAL (
      SELECT * FROM (
        SELECT o.id AS order_id, o.code, o.status::text AS status, o.total, r.received, u.email AS buyer_email,
               (o.total = t.amount OR o.total - r.received = t.amount) AS same_amount,
               greatest(
                 word_similarity(o.code, regexp_replace(upper(t.content), '[^A-Z0-9]+', ' ', 'g')),
                 word_similarity(o.code, regexp_replace(upper(t.content), '[^A-Z0-9]+', '', 'g'))
               )::float8 AS sim
        FROM orders o
        JOIN users u ON u.id = o.buyer_id
        CROSS JOIN LATERAL (SELECT coalesce(sum(b.amount), 0)::int AS received FROM bank_transfers b WHERE b.order_id = o.id) r
        WHERE o.status IN ('PENDING_PAYMENT', 'UNDERPAID') AND o.id IS DISTINCT FROM t.order_id
      ) c
      WHERE c.same_amount OR c.sim >= ${CODE_SIMILARITY_THRESHOLD}
      ORDER BY c.sim DESC, c.same_amount DESC, c.code
      LIMIT ${SUGGESTIONS_PER_TRANSFER}
    ) s
    WHERE t.id IN (${Prisma.join(transfers.map((t) => t.id))})`;
  for (const row of rows) {
    const list = result.get(row.transfer_id) ?? [];
    list.push({
      orderId: row.order_id,
      code: row.code,
      status: row.status,
      total: row.total,
      received: row.received,
      buyerEmail: row.buyer_email,
      sameAmount: row.same_amount,
      codeSimilarity: Math.round(row.sim * 100) / 100,
    });
    result.set(row.transfer_id, list);
  }
  return result;
}

/** Transfers that need an operator, oldest first, each with suggested orders. */
export async function listUnresolvedTransfers({ take = 50 }: { take?: number } = {}): Promise<UnresolvedTransfer[]> {
  const transfers = await prisma.bankTransfer.findMany({
    where: {
      match: { in: [...UNRESOLVED_MATCHES] },
      resolvedAt: null,
      // Underpaid money that a later transfer completed needs nothing more.
      NOT: { match: "UNDERPAID", order: { status: "PAID" } },
    },
    orderBy: [{ transactionAt: "asc" }, { id: "asc" }],
    take,
    include: { order: { select: { id: true, code: true, status: true, total: true } } },
  });
  const suggestions = await suggestionsFor(transfers.filter((t) => t.match === "UNMATCHED"));
  return transfers.map((t) => ({
    id: t.id,
    notificationId: t.notificationId,
    amount: t.amount,
    content: t.content,
    transactionAt: t.transactionAt,
    match: t.match,
    order: t.order,
    suggestions: suggestions.get(t.id) ?? [],
  }));
}

/** How many transfers wait for an operator (for the overview). */
export async function countUnresolvedTransfers(): Promise<number> {
  return prisma.bankTransfer.count({ where: { match: "UNMATCHED", resolvedAt: null } });
}

export type ConfirmTransferResult =
  | { ok: true; changed: boolean; confirmation: ConfirmPaymentResult | null }
  | { ok: false; error: "transfer_not_found" | "order_not_found" | "already_applied" };

type LockedTransfer = { id: string; notification_id: string; amount: number; content: string; match: TransferMatch; order_id: string | null };

/**
 * Applies an unmatched transfer to an order by hand: the transfer becomes MANUAL
 * for that order, and the order is confirmed with all the bank money it has
 * received (this transfer included). Confirming the same pair again changes nothing.
 */
export async function confirmTransferAgainstOrder(actor: AuditActor | string, transferId: string, orderId: string): Promise<ConfirmTransferResult> {
  const { id: adminId, ipAddress } = typeof actor === "string" ? { id: actor, ipAddress: null } : actor;
  const outcome = await prisma.$transaction(
    async (tx: Tx): Promise<ConfirmTransferResult> => {
      // Order first, like the webhook, so the two queue up behind the same lock.
      const order = await lockOrder(tx, orderId);
      if (!order) return { ok: false, error: "order_not_found" };
      const [transfer] = await tx.$queryRaw<LockedTransfer[]>`
        SELECT id, notification_id, amount, content, match, order_id FROM bank_transfers WHERE id = ${transferId} FOR UPDATE`;
      if (!transfer) return { ok: false, error: "transfer_not_found" };
      if (transfer.match === "MANUAL" && transfer.order_id === order.id) return { ok: true, changed: false, confirmation: null };
      // Money already counted for an order (or hand-confirmed elsewhere) is not moved.
      if (transfer.order_id !== null || transfer.match !== "UNMATCHED") return { ok: false, error: "already_applied" };

      const now = new Date();
      await tx.bankTransfer.update({ where: { id: transfer.id }, data: { match: "MANUAL", orderId: order.id, resolvedById: adminId, resolvedAt: now } });
      const received = await tx.bankTransfer.aggregate({ where: { orderId: order.id }, _sum: { amount: true } });
      const confirmation = await confirmOrderPaymentInTx(tx, {
        orderId: order.id,
        provider: "VIETQR",
        amount: received._sum.amount ?? transfer.amount,
        currency: "VND",
        reference: transfer.notification_id,
        actorId: adminId,
      });
      await recordAudit(tx, {
        actorId: adminId,
        action: "payment.confirm_transfer",
        entityType: "bank_transfer",
        entityId: transfer.id,
        before: { match: transfer.match, orderId: null, amount: transfer.amount, content: transfer.content },
        after: { match: "MANUAL", orderId: order.id, orderCode: order.code, amount: transfer.amount, result: confirmation.result },
        ipAddress,
      });
      return { ok: true, changed: true, confirmation };
    },
    { maxWait: 20_000, timeout: 20_000 },
  );
  if (outcome.ok && outcome.confirmation) await afterConfirmation(outcome.confirmation);
  return outcome;
}

export type RefundDue = {
  id: string;
  amount: number;
  reason: string;
  status: Refund["status"];
  createdAt: Date;
  provider: "VIETQR" | "STRIPE" | "MANUAL" | null;
  order: { id: string; code: string; status: string; buyerEmail: string; buyerName: string };
};

/** Refunds still owed (DUE, or FAILED at Stripe), oldest first. */
export async function listRefundsDue({ take = 100 }: { take?: number } = {}): Promise<RefundDue[]> {
  const refunds = await prisma.refund.findMany({
    where: { status: { in: ["DUE", "FAILED"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    include: { payment: { select: { provider: true } }, order: { select: { id: true, code: true, status: true, buyer: { select: { email: true, name: true } } } } },
  });
  return refunds.map((r) => ({
    id: r.id,
    amount: r.amount,
    reason: r.reason,
    status: r.status,
    createdAt: r.createdAt,
    provider: r.payment?.provider ?? null,
    order: { id: r.order.id, code: r.order.code, status: r.order.status, buyerEmail: r.order.buyer.email, buyerName: r.order.buyer.name },
  }));
}

export type RefundActionResult = { ok: true; changed: boolean; refund: Refund } | { ok: false; error: "not_found" | "already_issued" | "card_refund" | "not_card" | "failed"; refund?: Refund };

/** A refund paid back by bank transfer (VietQR money): ISSUED with the bank's reference. */
export async function markRefundIssued(actor: AuditActor | string, refundId: string, bankReference: string): Promise<RefundActionResult> {
  const { id: adminId, ipAddress } = typeof actor === "string" ? { id: actor, ipAddress: null } : actor;
  const reference = bankReference.trim();
  return prisma.$transaction(async (tx: Tx): Promise<RefundActionResult> => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM refunds WHERE id = ${refundId} FOR UPDATE`;
    if (!locked) return { ok: false, error: "not_found" };
    const refund = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, include: { payment: { select: { provider: true } } } });
    if (refund.status === "ISSUED") {
      return refund.providerRef === reference ? { ok: true, changed: false, refund } : { ok: false, error: "already_issued", refund };
    }
    // Card money goes back through Stripe (issueCardRefund), not by hand.
    if (refund.payment?.provider === "STRIPE") return { ok: false, error: "card_refund", refund };
    const issued = await tx.refund.update({ where: { id: refund.id }, data: { status: "ISSUED", providerRef: reference, issuedAt: new Date() } });
    await recordAudit(tx, {
      actorId: adminId,
      action: "refund.mark_issued",
      entityType: "refund",
      entityId: refund.id,
      before: { status: refund.status, amount: refund.amount, orderId: refund.orderId },
      after: { status: "ISSUED", amount: refund.amount, orderId: refund.orderId, bankReference: reference },
      ipAddress,
    });
    return { ok: true, changed: true, refund: issued };
  });
}

/** A card refund through Stripe (refundCardPayment), audited with its outcome. */
export async function issueCardRefund(actor: AuditActor | string, refundId: string): Promise<RefundActionResult> {
  const { id: adminId, ipAddress } = typeof actor === "string" ? { id: actor, ipAddress: null } : actor;
  const refund = await prisma.refund.findUnique({ where: { id: refundId }, include: { payment: { select: { provider: true } } } });
  if (!refund) return { ok: false, error: "not_found" };
  if (refund.status === "ISSUED") return { ok: true, changed: false, refund };
  if (refund.payment?.provider !== "STRIPE") return { ok: false, error: "not_card", refund };
  // An HTTP request: outside any transaction; Stripe's idempotency key (refund id) guards double clicks.
  const result = await refundCardPayment(refund.orderId, refund.amount, refund.reason, { refundId: refund.id });
  await prisma.$transaction((tx) =>
    recordAudit(tx, {
      actorId: adminId,
      action: "refund.issue_card",
      entityType: "refund",
      entityId: refund.id,
      before: { status: refund.status, amount: refund.amount, orderId: refund.orderId },
      after: { status: result.status, amount: result.amount, orderId: result.orderId, providerRef: result.providerRef },
      ipAddress,
    }),
  );
  return result.status === "ISSUED" ? { ok: true, changed: true, refund: result } : { ok: false, error: "failed", refund: result };
}

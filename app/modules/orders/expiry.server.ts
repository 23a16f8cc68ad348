// Unpaid orders expire after ORDER_PAYMENT_TTL_MINUTES and give their reserved
// stock back. An UNDERPAID order (part of the money arrived) had its deadline
// moved on by ORDER_UNDERPAID_GRACE_HOURS when the money came (payments/confirm);
// ORDER_UNDERPAID_REMINDER_HOURS before that deadline the buyer is reminded once of the
// missing amount; when it runs out too it expires the same way, and what arrived is owed back:
// a DUE refund for the operator to pay out, and an email telling the buyer. Safe with any number of workers: each batch of orders is claimed
// with FOR UPDATE SKIP LOCKED, so two workers never take the same order, and a
// payment or a cancellation that holds an order's row is simply skipped.
import { prisma, type Tx } from "~/lib/db.server";
import { formatVnd } from "~/lib/format";
import { releaseStock } from "~/modules/inventory/index.server";
import { deliverEmail, queueUnderpaidExpired, queueUnderpaidReminder } from "~/modules/notifications/index.server";
import { underpaidReminderMs } from "~/modules/payments/index.server";
import { enqueueProducts } from "~/modules/search/index.server";

const BATCH = 50;

/** Stored as the refund's reason (operators read it). */
export const REFUND_REASON_UNDERPAID_EXPIRED = "Đơn hàng hết hạn khi chưa nhận đủ tiền";

/** Expires every unpaid order whose time ran out before `now`; returns how many. */
export async function expireUnpaidOrders(now: Date = new Date(), { batchSize = BATCH }: { batchSize?: number } = {}): Promise<number> {
  let expired = 0;
  for (;;) {
    const { count, emailIds } = await expireBatch(now, batchSize);
    // After the commit: email is I/O (deliverEmail never throws; failures stay on the row).
    for (const id of emailIds) await deliverEmail(id);
    expired += count;
    if (count < batchSize) return expired;
  }
}

type Claimed = { id: string; code: string; status: "PENDING_PAYMENT" | "UNDERPAID"; total: number };

async function expireBatch(now: Date, batchSize: number): Promise<{ count: number; emailIds: string[] }> {
  return prisma.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<Claimed[]>`
        SELECT id, code, status::text AS status, total FROM orders
        WHERE status IN ('PENDING_PAYMENT', 'UNDERPAID') AND expires_at < ${now}
        ORDER BY expires_at FOR UPDATE SKIP LOCKED LIMIT ${batchSize}`;
      if (claimed.length === 0) return { count: 0, emailIds: [] };
      const ids = claimed.map((r) => r.id);

      // Variants in a fixed order (as checkout reserves them): no deadlocks with checkouts or other workers.
      const lines = await tx.orderLine.findMany({
        where: { orderId: { in: ids } },
        select: { orderId: true, variantId: true, productId: true, quantity: true },
        orderBy: [{ variantId: "asc" }, { orderId: "asc" }, { id: "asc" }],
      });
      const backInStock: string[] = [];
      for (const line of lines) {
        const row = await releaseStock(tx, { variantId: line.variantId, quantity: line.quantity, orderId: line.orderId, note: "Hết hạn thanh toán" });
        if (row.on_hand - row.reserved <= line.quantity) backInStock.push(line.productId);
      }
      await enqueueProducts(tx, backInStock);

      await tx.order.updateMany({ where: { id: { in: ids }, status: { in: ["PENDING_PAYMENT", "UNDERPAID"] } }, data: { status: "EXPIRED" } });
      await tx.sellerOrder.updateMany({ where: { orderId: { in: ids }, status: "PENDING_PAYMENT" }, data: { status: "EXPIRED" } });
      await tx.payment.updateMany({ where: { orderId: { in: ids }, status: "PENDING" }, data: { status: "EXPIRED" } });
      await tx.orderEvent.createMany({ data: ids.map((orderId) => ({ orderId, status: "expired", createdAt: now })) });

      // Underpaid orders: the money that arrived goes back (the payment rows keep what was received).
      const underpaid = claimed.filter((o) => o.status === "UNDERPAID");
      const emailIds: string[] = [];
      if (underpaid.length > 0) {
        const money = await receivedAndBuyers(tx, underpaid.map((o) => o.id));
        for (const order of underpaid) {
          const { payments, received, buyer } = money.get(order.id)!;
          if (received <= 0) continue;
          await tx.refund.create({ data: { orderId: order.id, paymentId: payments[0]!.id, amount: received, reason: REFUND_REASON_UNDERPAID_EXPIRED, status: "DUE" } });
          emailIds.push(await queueUnderpaidExpired(tx, { id: order.id, code: order.code, total: order.total, received, buyer }));
        }
      }
      return { count: ids.length, emailIds };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

/** For each order: the payments that brought money (oldest first), their sum, and the buyer to tell. */
async function receivedAndBuyers(tx: Tx, orderIds: string[]) {
  const payments = await tx.payment.findMany({
    where: { orderId: { in: orderIds }, amountReceived: { gt: 0 } },
    select: { id: true, orderId: true, amountReceived: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const orders = await tx.order.findMany({ where: { id: { in: orderIds } }, select: { id: true, buyer: { select: { email: true, name: true, locale: true } } } });
  return new Map(
    orders.map((o) => {
      const paid = payments.filter((p) => p.orderId === o.id);
      return [o.id, { payments: paid, received: paid.reduce((sum, p) => sum + p.amountReceived, 0), buyer: o.buyer }];
    }),
  );
}

type Due = { id: string; code: string; total: number; expires_at: Date };

/**
 * Reminds the buyer of every UNDERPAID order whose deadline is less than the reminder window
 * (ORDER_UNDERPAID_REMINDER_HOURS) after `now` of the missing amount, once per deadline: the
 * order is marked in the transaction that queues the email (more money clears the mark with the
 * deadline it moves). Returns how many were reminded.
 */
export async function remindUnderpaidOrders(now: Date = new Date(), { batchSize = BATCH }: { batchSize?: number } = {}): Promise<number> {
  const window = underpaidReminderMs();
  if (window <= 0) return 0;
  const until = new Date(now.getTime() + window);
  let reminded = 0;
  for (;;) {
    const emailIds = await prisma.$transaction(
      async (tx) => {
        const due = await tx.$queryRaw<Due[]>`
          UPDATE orders SET underpaid_reminded_at = ${now}
          WHERE id IN (
            SELECT id FROM orders
            WHERE status = 'UNDERPAID' AND underpaid_reminded_at IS NULL AND expires_at > ${now} AND expires_at <= ${until}
            ORDER BY expires_at FOR UPDATE SKIP LOCKED LIMIT ${batchSize})
          RETURNING id, code, total, expires_at`;
        if (due.length === 0) return [];
        const money = await receivedAndBuyers(tx, due.map((o) => o.id));
        const reminders = due.map((order) => {
          const { received, buyer } = money.get(order.id)!;
          return { id: order.id, code: order.code, total: order.total, received, missing: order.total - received, deadline: order.expires_at, buyer };
        });
        // On the order's timeline too (buyer and operator): when the buyer was reminded, of what.
        await tx.orderEvent.createMany({
          data: reminders.map((r) => ({ orderId: r.id, status: "payment_reminder", note: `Nhắc chuyển nốt ${formatVnd(r.missing)} (đã nhận ${formatVnd(r.received)} / ${formatVnd(r.total)})`, createdAt: now })),
        });
        const queued: string[] = [];
        for (const reminder of reminders) queued.push(await queueUnderpaidReminder(tx, reminder));
        return queued;
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
    for (const id of emailIds) await deliverEmail(id);
    reminded += emailIds.length;
    if (emailIds.length < batchSize) return reminded;
  }
}

/** The background loop (every web process and `npm run worker`): expire due orders every `intervalMs`. */
export function startOrderExpiryWorker({ intervalMs = 30_000, log = console }: { intervalMs?: number; log?: Pick<Console, "info" | "warn"> } = {}): () => Promise<void> {
  let stopped = false;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  const loop = (async () => {
    while (!stopped) {
      try {
        const n = await expireUnpaidOrders();
        if (n > 0) log.info(`[orders] ${n} unpaid or underpaid order(s) expired; their stock is released`);
        const r = await remindUnderpaidOrders();
        if (r > 0) log.info(`[orders] ${r} buyer(s) of underpaid orders reminded of the missing amount`);
      } catch (error) {
        log.warn("[orders] expiry:", error instanceof Error ? error.message : error);
      }
      if (!stopped) await sleep(intervalMs);
    }
  })();
  return async () => {
    stopped = true;
    wake?.();
    await loop;
  };
}

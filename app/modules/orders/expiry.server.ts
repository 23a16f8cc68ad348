// Unpaid orders expire after ORDER_PAYMENT_TTL_MINUTES and give their reserved
// stock back. Safe with any number of workers: each batch of orders is claimed
// with FOR UPDATE SKIP LOCKED, so two workers never take the same order, and a
// payment or a cancellation that holds an order's row is simply skipped.
import { prisma } from "~/lib/db.server";
import { releaseStock } from "~/modules/inventory/index.server";
import { enqueueProducts } from "~/modules/search/index.server";

const BATCH = 50;

/** Expires every unpaid order whose time ran out before `now`; returns how many. */
export async function expireUnpaidOrders(now: Date = new Date(), { batchSize = BATCH }: { batchSize?: number } = {}): Promise<number> {
  let expired = 0;
  for (;;) {
    const n = await expireBatch(now, batchSize);
    expired += n;
    if (n < batchSize) return expired;
  }
}

async function expireBatch(now: Date, batchSize: number): Promise<number> {
  return prisma.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM orders WHERE status = 'PENDING_PAYMENT' AND expires_at < ${now}
        ORDER BY expires_at FOR UPDATE SKIP LOCKED LIMIT ${batchSize}`;
      if (claimed.length === 0) return 0;
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

      await tx.order.updateMany({ where: { id: { in: ids }, status: "PENDING_PAYMENT" }, data: { status: "EXPIRED" } });
      await tx.sellerOrder.updateMany({ where: { orderId: { in: ids }, status: "PENDING_PAYMENT" }, data: { status: "EXPIRED" } });
      await tx.payment.updateMany({ where: { orderId: { in: ids }, status: "PENDING" }, data: { status: "EXPIRED" } });
      await tx.orderEvent.createMany({ data: ids.map((orderId) => ({ orderId, status: "expired", createdAt: now })) });
      return ids.length;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
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
        if (n > 0) log.info(`[orders] ${n} unpaid order(s) expired; their stock is released`);
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

// The search outbox. Any change to what a product's search document shows
// writes a row here IN THE SAME TRANSACTION as the change; workers drain it
// (FOR UPDATE SKIP LOCKED, so several can run) with retries and backoff.
import { Prisma } from "@prisma/client";
import { prisma, type Tx } from "~/lib/db.server";
import { buildDocuments } from "./documents.server";
import { getProductsIndex } from "./indexer.server";

/** Call inside the transaction that changed these products. */
export async function enqueueProducts(tx: Tx, productIds: string[]): Promise<void> {
  const ids = [...new Set(productIds)];
  if (ids.length === 0) return;
  await tx.$executeRaw`INSERT INTO search_outbox (product_id) SELECT unnest(${ids}::text[])`;
}

/** Every product of a seller (status change: approve, suspend, reinstate, rename). */
export async function enqueueSellerProducts(tx: Tx, sellerId: string): Promise<void> {
  await tx.$executeRaw`INSERT INTO search_outbox (product_id) SELECT id FROM products WHERE seller_id = ${sellerId}`;
}

/** Products whose certificate changed (verified, revoked, expired). */
export async function enqueueCertificateProducts(tx: Tx, certificateId: string): Promise<void> {
  await tx.$executeRaw`INSERT INTO search_outbox (product_id) SELECT id FROM products WHERE certificate_id = ${certificateId}`;
}

const MAX_BACKOFF_SECONDS = 300;

export type DrainResult = { processed: number; upserted: number; removed: number; failed: number };

/**
 * Takes up to `batchSize` due rows, locks them (other workers skip them), syncs
 * their products to Meilisearch and deletes the rows — all inside one
 * transaction, so a crash leaves the rows for the next attempt. On failure the
 * rows stay with attempts+1 and an exponential backoff.
 */
export async function drainOutboxOnce(batchSize = 200): Promise<DrainResult> {
  const index = getProductsIndex();
  if (!index) return { processed: 0, upserted: 0, removed: 0, failed: 0 };
  let failure: unknown = null;
  let rowsTaken: { id: bigint; product_id: string; attempts: number }[] = [];
  const result = await prisma.$transaction(
    async (tx) => {
      rowsTaken = await tx.$queryRaw<{ id: bigint; product_id: string; attempts: number }[]>`
        SELECT id, product_id, attempts FROM search_outbox
        WHERE available_at <= now()
        ORDER BY id
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED`;
      if (rowsTaken.length === 0) return { processed: 0, upserted: 0, removed: 0, failed: 0 };
      // Two workers holding different rows of the same product could write its
      // document out of order; a per-product advisory lock makes one of them wait
      // for the next round (its rows stay).
      const candidates = [...new Set(rowsTaken.map((r) => r.product_id))];
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM unnest(${candidates}::text[]) AS id
        WHERE pg_try_advisory_xact_lock(hashtextextended('search:' || id, 0))`;
      const productIds = locked.map((r) => r.id);
      rowsTaken = rowsTaken.filter((r) => productIds.includes(r.product_id));
      if (rowsTaken.length === 0) return { processed: 0, upserted: 0, removed: 0, failed: 0 };
      try {
        const docs = await buildDocuments(productIds, tx);
        const visible = new Set(docs.map((d) => d.id));
        const gone = productIds.filter((id) => !visible.has(id));
        // Wait for Meilisearch to apply the change before forgetting the rows.
        if (docs.length) await index.addDocuments(docs, { primaryKey: "id" }).waitTask({ timeout: 30_000, interval: 25 });
        if (gone.length) await index.deleteDocuments(gone).waitTask({ timeout: 30_000, interval: 25 });
        const ids = rowsTaken.map((r) => r.id);
        await tx.$executeRaw`DELETE FROM search_outbox WHERE id = ANY(${ids}::bigint[])`;
        return { processed: rowsTaken.length, upserted: docs.length, removed: gone.length, failed: 0 };
      } catch (error) {
        failure = error;
        return { processed: 0, upserted: 0, removed: 0, failed: rowsTaken.length };
      }
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  if (failure && rowsTaken.length) {
    const message = failure instanceof Error ? failure.message : String(failure);
    const ids = rowsTaken.map((r) => r.id);
    await prisma.$executeRaw`
      UPDATE search_outbox
      SET attempts = attempts + 1,
          last_error = ${message.slice(0, 500)},
          available_at = now() + make_interval(secs => least(${MAX_BACKOFF_SECONDS}, power(2, attempts + 1)))
      WHERE id = ANY(${ids}::bigint[])`;
  }
  return result;
}

/** Drain until nothing is due (or a batch fails). */
export async function drainOutbox(batchSize = 200): Promise<DrainResult> {
  const total: DrainResult = { processed: 0, upserted: 0, removed: 0, failed: 0 };
  for (;;) {
    const r = await drainOutboxOnce(batchSize);
    total.processed += r.processed;
    total.upserted += r.upserted;
    total.removed += r.removed;
    total.failed += r.failed;
    if (r.processed === 0 || r.failed > 0) return total;
  }
}

export async function pendingOutboxCount(): Promise<number> {
  const [{ n }] = await prisma.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM search_outbox`);
  return n;
}

/**
 * A certificate that expires changes no row, yet its products lose their stars:
 * re-enqueue products whose certificate expired in the last two days. Cheap and
 * idempotent (duplicate rows are harmless), so every worker may run it hourly.
 */
export async function enqueueRecentlyExpiredCertificates(): Promise<number> {
  return prisma.$executeRaw`
    INSERT INTO search_outbox (product_id)
    SELECT p.id FROM products p JOIN ocop_certificates c ON c.id = p.certificate_id
    WHERE c.expires_at BETWEEN current_date - 2 AND current_date`;
}

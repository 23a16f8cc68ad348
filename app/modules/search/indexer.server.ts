// Index lifecycle: settings applied at start-up, a full rebuild into a fresh
// index swapped in atomically (no empty-index window), and a start-up check
// that rebuilds a missing or empty index from the database.
import type { Index } from "meilisearch";
import { getSearchClient } from "./client.server";
import { allDocuments, countSearchableProducts, type ProductDocument } from "./documents.server";
import { productsIndexName, productsIndexSettings } from "./settings";

const WAIT = { timeout: 120_000, interval: 50 };

export function getProductsIndex(): Index<ProductDocument> | null {
  const client = getSearchClient();
  return client ? client.index<ProductDocument>(productsIndexName()) : null;
}

async function indexExists(uid: string): Promise<boolean> {
  const client = getSearchClient();
  if (!client) return false;
  try {
    await client.getRawIndex(uid);
    return true;
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code === "index_not_found") return false;
    throw error;
  }
}

/** Create the index if needed and apply the settings in code (idempotent). */
export async function applyIndexSettings(uid = productsIndexName()): Promise<void> {
  const client = getSearchClient();
  if (!client) throw new Error("Meilisearch is not configured");
  if (!(await indexExists(uid))) await client.createIndex(uid, { primaryKey: "id" }).waitTask(WAIT);
  await client.index(uid).updateSettings(productsIndexSettings).waitTask(WAIT);
}

export type ReindexResult = { documents: number; ms: number };

/** Rebuild the products index from the database into a fresh index, then swap it in. */
export async function reindexProducts(): Promise<ReindexResult> {
  const client = getSearchClient();
  if (!client) throw new Error("Meilisearch is not configured");
  const started = Date.now();
  const live = productsIndexName();
  const fresh = `${live}_rebuild_${Date.now()}`;
  await applyIndexSettings(fresh);
  let documents = 0;
  const tasks: Promise<unknown>[] = [];
  for await (const page of allDocuments(2000)) {
    if (page.length === 0) continue;
    documents += page.length;
    tasks.push(client.index(fresh).addDocuments(page, { primaryKey: "id" }).waitTask(WAIT));
  }
  await Promise.all(tasks);
  if (!(await indexExists(live))) await applyIndexSettings(live);
  await client.swapIndexes([{ indexes: [live, fresh] } as never]).waitTask(WAIT);
  await client.deleteIndex(fresh).waitTask(WAIT);
  return { documents, ms: Date.now() - started };
}

/**
 * At start-up: settings applied; a missing or empty index (while the database
 * has searchable products) is rebuilt, so data seeded earlier is searchable.
 */
export async function prepareSearchIndex(): Promise<{ rebuilt: boolean; documents: number }> {
  const index = getProductsIndex();
  if (!index) return { rebuilt: false, documents: 0 };
  await applyIndexSettings();
  const stats = await index.getStats();
  const expected = await countSearchableProducts();
  if (stats.numberOfDocuments === 0 && expected > 0) {
    const r = await reindexProducts();
    return { rebuilt: true, documents: r.documents };
  }
  return { rebuilt: false, documents: stats.numberOfDocuments };
}

// Is the Meilisearch index what the database says it should be? The database is
// the source of truth (DESIGN.md): every ACTIVE product of an APPROVED seller
// with a variant is a document, nothing else is, and each document's fields
// that filters, sorting and product cards rely on match the database. Used by
// the fault tests (test/faults) after an outage, and usable from a script.
import { prisma, type Tx } from "~/lib/db.server";
import { allDocuments, type ProductDocument } from "./documents.server";
import { getProductsIndex } from "./indexer.server";

/** The fields whose staleness a shopper would notice (price filters, "in stock", stars, rating, names, links). */
export const COMPARED_FIELDS = ["slug", "name", "sellerId", "producer", "categorySlug", "price", "maxPrice", "inStock", "stars", "rating", "ratingCount"] as const;
type ComparedField = (typeof COMPARED_FIELDS)[number];

export type StaleDocument = { id: string; fields: { field: ComparedField; database: unknown; index: unknown }[] };

export type IndexConsistencyReport = {
  /** True when nothing is missing, extra or stale. */
  consistent: boolean;
  databaseCount: number;
  indexCount: number;
  /** Searchable in the database, absent from the index. */
  missing: string[];
  /** In the index, not searchable in the database (archived, hidden, seller suspended, deleted). */
  extra: string[];
  /** In both, with different values in COMPARED_FIELDS. */
  stale: StaleDocument[];
};

const PAGE = 1000;

async function indexDocuments(): Promise<Map<string, Partial<ProductDocument>>> {
  const index = getProductsIndex();
  if (!index) throw new Error("Meilisearch is not configured");
  const out = new Map<string, Partial<ProductDocument>>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await index.getDocuments({ offset, limit: PAGE, fields: ["id", ...COMPARED_FIELDS] });
    for (const doc of page.results) out.set(String(doc.id), doc);
    if (page.results.length < PAGE) return out;
  }
}

/** Compares the searchable products in PostgreSQL with the documents in Meilisearch. */
export async function compareIndexWithDatabase(db: Tx = prisma): Promise<IndexConsistencyReport> {
  const expected = new Map<string, ProductDocument>();
  for await (const page of allDocuments(PAGE, db)) for (const doc of page) expected.set(doc.id, doc);
  const actual = await indexDocuments();

  const missing: string[] = [];
  const stale: StaleDocument[] = [];
  for (const [id, want] of expected) {
    const have = actual.get(id);
    if (!have) {
      missing.push(id);
      continue;
    }
    const fields = COMPARED_FIELDS.filter((f) => !Object.is(want[f], have[f])).map((field) => ({ field, database: want[field], index: have[field] }));
    if (fields.length) stale.push({ id, fields });
  }
  const extra = [...actual.keys()].filter((id) => !expected.has(id));
  return {
    consistent: missing.length === 0 && extra.length === 0 && stale.length === 0,
    databaseCount: expected.size,
    indexCount: actual.size,
    missing: missing.sort(),
    extra: extra.sort(),
    stale,
  };
}

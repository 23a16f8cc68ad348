// Public entry of the search module: it owns the Meilisearch `products` index,
// the search outbox and the PostgreSQL fallback. Other modules call the
// enqueue* functions inside their own transactions.
export { getSearchClient, isSearchUp } from "./client.server";
export { enqueueProducts, enqueueSellerProducts, enqueueCertificateProducts, drainOutbox, drainOutboxOnce, pendingOutboxCount } from "./outbox.server";
export { applyIndexSettings, prepareSearchIndex, reindexProducts, getProductsIndex } from "./indexer.server";
export { buildDocuments, type ProductDocument } from "./documents.server";
export { compareIndexWithDatabase, type IndexConsistencyReport } from "./consistency.server";
export { searchProducts, searchProductsInDatabase, type SearchResult, type ProductHit, type SearchFacets, type Scope } from "./query.server";
export { searchParamsSchema, parseSearchParamsLenient, rawSearchParams, SORTS, type Sort, type SearchParams } from "./schemas";

// Search constants the browser needs (sort choices, page sizes), apart from the zod schemas in
// schemas.ts: a component importing schemas.ts would put zod into every listing page's bundle.
export const SORTS = ["relevance", "price_asc", "price_desc", "newest", "rating", "bestselling"] as const;
export type Sort = (typeof SORTS)[number];
export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 24;

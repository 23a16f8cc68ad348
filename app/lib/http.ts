// Cache presets (Hydrogen style). Anything personal is private, no-store.
export const CACHE_NONE = "private, no-store";
/** Public, shared caches may keep it briefly and serve stale while revalidating. */
export const CACHE_SHORT = "public, max-age=60, stale-while-revalidate=300";
export const CACHE_LONG = "public, max-age=3600, stale-while-revalidate=86400";

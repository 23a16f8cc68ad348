// Cart constants the browser needs, apart from the zod schemas in schemas.ts (importing those
// would put zod into the cart and product pages' bundles).

/** At most this many units of one variant per line (more is a wholesale enquiry, not a cart). */
export const MAX_LINE_QUANTITY = 999;

export const CART_INTENTS = ["add", "update", "remove", "acknowledge"] as const;
export type CartIntent = (typeof CART_INTENTS)[number];

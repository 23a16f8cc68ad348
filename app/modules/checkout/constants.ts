// Checkout constants the browser needs, apart from the zod schemas in schemas.ts (importing those
// would put zod into every page that shows an address form).

export const FULL_NAME_MAX = 100;
export const ADDRESS_LINE_MAX = 200;

/** What "new address" is called in the saved-address choice (`addressId`). */
export const NEW_ADDRESS = "new";

export const PAYMENT_METHODS = ["vietqr", "card"] as const;
export type PaymentMethodValue = (typeof PAYMENT_METHODS)[number];

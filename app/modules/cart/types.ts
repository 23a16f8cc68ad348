// What the cart page (and checkout) read: the cart grouped by seller, with
// problems found since the shopper added each line. Money is integer đồng.
import type { SellerStatus } from "@prisma/client";

/**
 * Why a line cannot be bought as it is. `quantity_capped` is a notice: the
 * line's quantity already is what is available; the others block checkout
 * until the shopper removes the line (or acknowledges a new price).
 */
export type CartProblem = "archived" | "seller_suspended" | "price_changed" | "out_of_stock" | "quantity_capped";

export const BLOCKING_PROBLEMS: readonly CartProblem[] = ["archived", "seller_suspended", "price_changed", "out_of_stock"];

export type CartLineView = {
  id: string;
  variantId: string;
  productId: string;
  productSlug: string;
  productName: string;
  variantLabel: string;
  sku: string;
  /** Everything an <img> needs (URLs built on the server). */
  image: { src: string; srcSet: string; width: number; height: number; alt: string } | null;
  /** The current price: what checkout charges. */
  unitPrice: number;
  /** The price the shopper saw when adding (or last acknowledged). */
  priceSeen: number;
  /** What would be bought: the stored quantity, capped at what is available. */
  quantity: number;
  /** The quantity stored in the cart (differs from `quantity` when capped). */
  requestedQuantity: number;
  /** On hand minus reserved, never below zero. */
  available: number;
  /** unitPrice × quantity. */
  lineTotal: number;
  /** Weight of one unit; 0 for services. */
  weightGrams: number;
  isService: boolean;
  /** Counted in the totals and can be checked out (product ACTIVE, seller APPROVED, in stock). */
  purchasable: boolean;
  problems: CartProblem[];
};

export type CartSellerView = {
  id: string;
  slug: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  region: string;
  status: SellerStatus;
};

export type CartGroupView = {
  seller: CartSellerView;
  lines: CartLineView[];
  /** Sum of the purchasable lines' totals. */
  subtotal: number;
  /** Shipping weight of the purchasable lines (services weigh 0). */
  weightGrams: number;
  shippingFee: number;
  /** No buyer province known yet: the fee is the national ("elsewhere") rate. */
  shippingIsEstimate: boolean;
};

export type CartView = {
  groups: CartGroupView[];
  subtotal: number;
  shippingTotal: number;
  total: number;
  /** Units in the cart (every line, as the header shows). */
  itemCount: number;
  /** Some line has a blocking problem: checkout must wait. */
  hasProblems: boolean;
  buyerProvinceCode: string | null;
};

export const EMPTY_CART_VIEW: CartView = {
  groups: [],
  subtotal: 0,
  shippingTotal: 0,
  total: 0,
  itemCount: 0,
  hasProblems: false,
  buyerProvinceCode: null,
};

/** The one-time message after a cart change (post → redirect → get). */
export type CartFlash =
  | { kind: "added" | "updated" | "removed"; name: string; quantity?: number; cappedTo?: number }
  | { kind: "acknowledged" };

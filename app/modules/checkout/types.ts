// Types the checkout page (browser) and the server share.

export type ProblemReason =
  /** The product is no longer on sale (archived, hidden, draft). */
  | "unavailable"
  /** The seller is not (or no longer) approved to sell. */
  | "seller_unavailable"
  /** The price changed since the shopper saw it; they must see the new one first. */
  | "price_changed"
  /** Fewer units available than the line asks for (`available` says how many; 0 = sold out). */
  | "insufficient";

export type OrderProblem = {
  variantId: string;
  productName: string;
  variantLabel: string;
  reason: ProblemReason;
  available: number;
  quantity: number;
  /** The current price and the one the shopper last saw (đồng). */
  price: number;
  priceSeen: number;
};

export type DeliveryAddress = { fullName: string; phone: string; provinceCode: string; wardCode: string; addressLine: string };

export type ProvinceOption = { code: string; name: string; region: string };
export type WardOption = { code: string; name: string };
export type SavedAddressView = DeliveryAddress & { id: string; isDefault: boolean; provinceName: string; wardName: string };

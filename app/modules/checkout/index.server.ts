// Public entry of the checkout module: delivery addresses and placing an order
// from a cart. The shipping fee rule lives in ./shipping (pure, browser-safe).
export {
  placeOrder,
  CheckoutBusy,
  IdempotencyKeyConflict,
  type PlaceOrderInput,
  type PlaceOrderResult,
  type PlacedOrder,
  type ExpectedLine,
} from "./place-order.server";
export type { OrderProblem, ProblemReason } from "./types";
export {
  listProvinces,
  listWards,
  wardBelongsToProvince,
  placeNames,
  listSavedAddresses,
  getSavedAddress,
  saveAddress,
  type DeliveryAddress,
  type ProvinceOption,
  type WardOption,
  type SavedAddressView,
} from "./addresses.server";
export { checkoutConfig } from "./config.server";
export { shippingFee, shippingZone, FREE_SHIPPING_FROM, SERVICE_GROUP } from "./shipping";

// Public entry of the cart module: the guest cookie cart and the account's cart,
// lines capped at what is available, the view grouped by seller with shipping,
// and what login (merge) and checkout (clear) call.
export { getCartIdFromRequest, clearCartCookie, readCartFlash, serializeCartFlash, CART_COOKIE_NAME } from "./cookie.server";
export {
  resolveCart,
  cartItemCount,
  getCartCount,
  addToCart,
  updateCartLine,
  removeCartLine,
  acknowledgePriceChanges,
  capCartQuantities,
  mergeGuestCartIntoUser,
  mergeGuestCartOnLogin,
  describeVariantForSale,
  clearCartVariants,
  pruneGuestCarts,
  type CartChange,
  type CartLineRef,
  type ResolvedCart,
} from "./cart.server";
export { getCartView, listProvincesForEstimate, type CartViewOptions } from "./view.server";
export { EMPTY_CART_VIEW, BLOCKING_PROBLEMS, type CartView, type CartGroupView, type CartLineView, type CartSellerView, type CartProblem, type CartFlash } from "./types";
export { MAX_LINE_QUANTITY, parseCartForm, parseQuantity, type CartCommand } from "./schemas";

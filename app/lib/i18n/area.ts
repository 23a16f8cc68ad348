// Which namespaces a page needs, by the area it belongs to:
// - browse: the catalogue (home, search, category, province and shop listings, product pages)
//   and signing in;
// - cart: the cart and checkout;
// - account: the buyer's account, orders, payment pages and reviews;
// - shop: any other storefront page (unknown ones included): every storefront namespace;
// - seller: the seller portal, the seller application and team invitations;
// - admin: the operator console.
// A document carries its area's dictionary; moving to a page whose area needs a namespace the
// current one lacks re-runs root's loader for them (root's shouldRevalidate). Browser-safe; the
// dictionaries themselves are picked on the server (area-messages.server.ts). area.test.ts checks
// every route's components against its area, so a component can't ask for a namespace its page lacks.
import type { Namespace } from "./config";

export type Area = "browse" | "cart" | "account" | "shop" | "seller" | "admin";

/** What root's header and footer use, on every page. */
const ROOT_NAMESPACES = ["common", "auth", "search"] as const satisfies readonly Namespace[];

export const AREA_NAMESPACES: Record<Area, readonly Namespace[]> = {
  browse: [...ROOT_NAMESPACES, "product", "reviews"],
  cart: [...ROOT_NAMESPACES, "cart", "checkout"],
  account: [...ROOT_NAMESPACES, "orders", "reviews"],
  shop: [...ROOT_NAMESPACES, "product", "reviews", "cart", "checkout", "orders", "payments"],
  seller: [...ROOT_NAMESPACES, "seller", "fulfilment", "csv", "team", "charts", "reviews"],
  admin: [...ROOT_NAMESPACES, "admin", "admin-payments", "orders", "payments", "payouts", "charts", "reviews"],
};

/**
 * Catalogue pages and signing in: listed (as the cart's and the account's are), so that a
 * storefront page nobody listed gets every storefront namespace (a few KB more) rather than
 * missing texts.
 */
function isBrowsePath(pathname: string): boolean {
  return /^\/(search|login|register)?$/.test(pathname) || /^\/(c|p|s|products)\/[^/]+\/?$/.test(pathname);
}

export function areaOf(pathname: string): Area {
  if (/^\/admin(\/|$)/.test(pathname)) return "admin";
  if (/^\/(seller|sell|invitations)(\/|$)/.test(pathname)) return "seller";
  if (/^\/(cart|checkout)\/?$/.test(pathname)) return "cart";
  if (/^\/account(\/|$)/.test(pathname)) return "account";
  return isBrowsePath(pathname) ? "browse" : "shop";
}

/** Whether a page at `next` needs a namespace that a page at `current` did not load. */
export function needsOtherNamespaces(current: string, next: string): boolean {
  const loaded = AREA_NAMESPACES[areaOf(current)];
  return AREA_NAMESPACES[areaOf(next)].some((ns) => !loaded.includes(ns));
}

// Which namespaces a page needs. Three areas, each a superset of the one before:
// - browse: the catalogue (home, search, category, province and shop listings, product pages);
// - shop: the rest of the storefront (cart, checkout, account, login, register, error pages);
// - portal: the seller portal and the admin console (every namespace).
// A document carries its area's dictionary; moving to a larger area re-runs root's loader for
// the missing namespaces (root's shouldRevalidate). Browser-safe; the dictionaries themselves are
// picked on the server (area-messages.server.ts). area.test.ts checks every route's components
// against its area.
import type { Namespace } from "./config";

export type Area = "browse" | "shop" | "portal";

/** What the catalogue's pages (and root's header and footer) use. */
export const BROWSE_NAMESPACES: readonly Namespace[] = ["common", "auth", "search", "product", "reviews"];

/** What the storefront's components use (bench/README.md, page weight: every namespace was ~32 KB gzip per page). */
export const STOREFRONT_NAMESPACES: readonly Namespace[] = [...BROWSE_NAMESPACES, "cart", "checkout", "orders", "payments"];

/** Pages whose components use the portal namespaces (seller, admin, team, csv, charts, …). */
export function isPortalPath(pathname: string): boolean {
  return /^\/(seller|admin|sell|invitations)(\/|$)/.test(pathname);
}

/**
 * Catalogue pages: listed, so that a page nobody listed gets the larger storefront dictionary
 * (a few KB more) rather than missing texts.
 */
function isBrowsePath(pathname: string): boolean {
  return pathname === "/" || pathname === "/search" || /^\/(c|p|s|products)\/[^/]+\/?$/.test(pathname);
}

export function areaOf(pathname: string): Area {
  return isPortalPath(pathname) ? "portal" : isBrowsePath(pathname) ? "browse" : "shop";
}

const RANK: Record<Area, number> = { browse: 0, shop: 1, portal: 2 };

/** Whether a page at `next` needs namespaces that one at `current` did not load. */
export function needsLargerDictionary(current: string, next: string): boolean {
  return RANK[areaOf(next)] > RANK[areaOf(current)];
}

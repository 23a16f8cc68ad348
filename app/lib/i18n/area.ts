// Which namespaces a page needs: the storefront's, or every one in the seller portal and admin
// console. Browser-safe (root's shouldRevalidate uses it); the dictionaries themselves are picked
// on the server (area-messages.server.ts).
import type { Namespace } from "./config";

/** What the storefront's components use (bench/README.md, page weight: every namespace was ~32 KB gzip per page). */
export const STOREFRONT_NAMESPACES: readonly Namespace[] = ["common", "auth", "product", "search", "cart", "checkout", "orders", "payments", "reviews"];

/** Pages whose components use the portal namespaces (seller, admin, team, csv, charts, …). */
export function isPortalPath(pathname: string): boolean {
  return /^\/(seller|admin|sell|invitations)(\/|$)/.test(pathname);
}

// /robots.txt — everything public may be crawled; personal and operational
// areas may not. The sitemap's URL is absolute (APP_URL, else this request's origin).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { CACHE_LONG } from "~/lib/http";
import { siteOrigin } from "~/modules/catalog/index.server";

// Invitation links carry a one-time token: never crawled, even when one leaks into a page.
const DISALLOW = ["/account", "/admin", "/seller", "/cart", "/checkout", "/api", "/invitations/"];

export function loader({ request }: LoaderFunctionArgs) {
  const body = ["User-agent: *", "Allow: /", ...DISALLOW.map((path) => `Disallow: ${path}`), "", `Sitemap: ${siteOrigin(request)}/sitemap.xml`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CACHE_LONG } });
}

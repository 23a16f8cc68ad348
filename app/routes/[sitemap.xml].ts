// /sitemap.xml — the public pages worth crawling: home, the six OCOP groups,
// categories, provinces with products, approved sellers and visible products
// (with their last change).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { CACHE_LONG } from "~/lib/http";
import { getSitemapEntries, siteOrigin } from "~/modules/catalog/index.server";

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

export async function loader({ request }: LoaderFunctionArgs) {
  const origin = siteOrigin(request);
  const entries = await getSitemapEntries();
  const urls = entries.map(
    (entry) => `  <url><loc>${escapeXml(origin + entry.path)}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod.toISOString()}</lastmod>` : ""}</url>`,
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": CACHE_LONG } });
}

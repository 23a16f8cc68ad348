// GET /api/v1/products/:slug — one visible product for partners, provincial
// portals and apps: variants with availability, OCOP certificate, producer,
// image paths. Names of categories and groups follow Accept-Language.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { CACHE_SHORT } from "~/lib/http";
import { getFixedT } from "~/lib/i18n/i18n";
import { getApiLocale } from "~/lib/i18n/i18n.server";
import { getApiProduct } from "~/modules/catalog/index.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = getApiLocale(request);
  const slug = params.slug ?? "";
  const product = await getApiProduct(slug, { locale });
  const headers = {
    "Cache-Control": product ? CACHE_SHORT : "no-store",
    "Content-Language": locale,
    Vary: "Accept-Language",
    "Access-Control-Allow-Origin": "*",
  };
  if (!product) {
    const message = getFixedT(locale, "product")("api.notFound", { slug: slug.slice(0, 200) });
    return Response.json({ error: { param: "slug", message } }, { status: 404, headers });
  }
  return Response.json(product, { headers });
}

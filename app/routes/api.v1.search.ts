// GET /api/v1/search — public JSON search for partners, provincial portals and apps.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { CACHE_SHORT } from "~/lib/http";
import { getApiLocale } from "~/lib/i18n/i18n.server";
import { apiSearch } from "~/modules/search/api.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = getApiLocale(request);
  const { status, body } = await apiSearch(new URL(request.url), locale);
  return Response.json(body, {
    status,
    headers: {
      "Cache-Control": status === 200 ? CACHE_SHORT : "no-store",
      "Content-Language": locale,
      Vary: "Accept-Language",
      "Access-Control-Allow-Origin": "*",
    },
  });
}

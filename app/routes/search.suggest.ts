// GET /search/suggest?q=… — search-as-you-type for the header: the top six
// products as [{ name, slug, price }]. Public and the same for everyone, so
// shared caches may keep it briefly.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { CACHE_SHORT } from "~/lib/http";
import { suggestProducts } from "~/modules/catalog/index.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const suggestions = await suggestProducts(q, 6);
  return Response.json(suggestions, { headers: { "Cache-Control": CACHE_SHORT } });
}

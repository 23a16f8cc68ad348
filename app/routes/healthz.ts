// Liveness/readiness: 200 while the database is up (search down is reported,
// not fatal: the storefront degrades), 503 when the database is down.
import { isDatabaseUp } from "~/lib/db.server";
import { isSearchUp } from "~/modules/search/index.server";

export async function loader() {
  const [database, search] = await Promise.all([isDatabaseUp(), isSearchUp()]);
  return Response.json(
    { database: database ? "ok" : "down", search: search ? "ok" : "down" },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}

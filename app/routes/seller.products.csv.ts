// GET /seller/products/csv: this seller's products, variants and stock as CSV (UTF-8 with a BOM,
// so Excel shows Vietnamese right). `?template=1`: the header row and one example row.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvTemplate, exportSellerCsv } from "~/modules/products/index.server";
import { requirePortal } from "~/modules/sellers/index.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  const template = new URL(request.url).searchParams.get("template") === "1";
  const body = template ? csvTemplate() : await exportSellerCsv(portal.seller.id);
  const date = new Date().toISOString().slice(0, 10);
  const name = template ? "mau-nhap-san-pham.csv" : `san-pham-${portal.seller.slug}-${date}.csv`;
  const headers = new Headers({
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${name}"`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (portal.setCookie) headers.append("Set-Cookie", portal.setCookie);
  return new Response(body, { status: 200, headers });
}

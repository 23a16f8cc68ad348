// A printable packing slip for one of the seller's orders: sender, recipient,
// items with SKU and quantity, a tick box per line. Print CSS hides the site's
// frame and fits the slip on an A5 sheet.
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SellerErrorBoundary } from "~/components/seller/SellerErrorBoundary";
import { sellerPath } from "~/components/seller/links";
import { formatDateTime, formatNumber } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { getSellerOrderForSeller } from "~/modules/orders/index.server";
import { portalHeaders, portalView, requirePortal } from "~/modules/sellers/index.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Phiếu đóng gói" }, { name: "robots", content: "noindex" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  const order = await getSellerOrderForSeller(portal.seller.id, params.id ?? "");
  if (!order) throw new Response("Not Found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  const t = getFixedT(getLocale(request), "fulfilment");
  return data({ title: `${t("slip.title")} ${order.orderCode}`, portal: portalView(portal), order }, { headers: portalHeaders(portal) });
}

const PRINT_CSS = `
@media print {
  @page { size: A5; margin: 8mm; }
  body { background: #fff !important; }
  body header, body footer, body nav, [data-no-print] { display: none !important; }
  main { padding: 0 !important; margin: 0 !important; max-width: none !important; }
  [data-slip] { border: none !important; box-shadow: none !important; padding: 0 !important; }
}`;

export default function PackingSlipPage() {
  const { portal, order } = useLoaderData<typeof loader>();
  const { t } = useT("fulfilment");
  const items = order.lines.reduce((n, l) => n + l.quantity, 0);
  const weight = order.lines.reduce((n, l) => n + l.weightGrams * l.quantity, 0);
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div data-no-print className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <Link to={sellerPath(`/seller/orders/${order.id}`, portal.query)} className="text-sm text-brand-700 underline">
          ← {t("orderTitle", { code: order.orderCode })}
        </Link>
        <button type="button" onClick={() => window.print()} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {t("slip.print")}
        </button>
      </div>
      <article data-slip className="mx-auto max-w-2xl space-y-4 rounded-xl border border-stone-300 bg-white p-6 text-sm text-black">
        <header className="flex items-baseline justify-between border-b border-stone-400 pb-2">
          <h1 className="text-xl font-bold">{t("slip.title")}</h1>
          <p className="font-mono text-lg font-bold">{order.orderCode}</p>
        </header>
        <div className="grid grid-cols-2 gap-4">
          <section>
            <h2 className="text-xs font-semibold uppercase text-stone-600">{t("slip.from")}</h2>
            <p className="font-medium">{order.sellerName}</p>
            <p>{order.sellerPhone}</p>
            <p>{order.sellerAddress}</p>
          </section>
          <section>
            <h2 className="text-xs font-semibold uppercase text-stone-600">{t("slip.to")}</h2>
            <p className="font-medium">{order.recipient.fullName}</p>
            <p>{order.recipient.phone}</p>
            <p>
              {order.recipient.addressLine}, {order.recipient.wardName}, {order.recipient.provinceName}
            </p>
          </section>
        </div>
        <p className="text-stone-700">
          {t("placedAt", { date: formatDateTime(order.createdAt) })}
          {order.carrier && order.trackingNumber ? ` · ${t("shipment", { carrier: order.carrier, tracking: order.trackingNumber })}` : ""}
        </p>
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-stone-400">
              <th scope="col" className="py-1 pr-2">{t("items")}</th>
              <th scope="col" className="py-1 pr-2">SKU</th>
              <th scope="col" className="py-1 pr-2 text-right">{t("qty")}</th>
              <th scope="col" className="py-1 text-center">{t("slip.checked")}</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((l) => (
              <tr key={l.id} className="border-b border-stone-200">
                <td className="py-1 pr-2">
                  {l.title} · {l.variantLabel}
                </td>
                <td className="py-1 pr-2 font-mono">{l.sku}</td>
                <td className="py-1 pr-2 text-right font-semibold">{formatNumber(l.quantity)}</td>
                <td className="py-1 text-center">☐</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          {t("slip.totalItems", { count: items })} · {t("slip.weight", { weight: formatNumber(weight) })}
        </p>
      </article>
    </>
  );
}

export function ErrorBoundary() {
  return <SellerErrorBoundary />;
}

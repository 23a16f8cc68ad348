import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Price } from "~/components/catalog/Price";
import { SellerOrderStatus } from "~/components/seller-orders/SellerOrderStatus";
import { SellerErrorBoundary } from "~/components/seller/SellerErrorBoundary";
import { SellerShell } from "~/components/seller/SellerShell";
import { sellerPath } from "~/components/seller/links";
import { formatDateTime, formatNumber } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { listSellerOrders, SELLER_ORDER_FILTERS, type SellerOrderFilter } from "~/modules/orders/index.server";
import { portalHeaders, portalView, requirePortal } from "~/modules/sellers/index.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Đơn hàng · Kênh người bán" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  const url = new URL(request.url);
  const raw = url.searchParams.get("status") ?? "all";
  const status: SellerOrderFilter = (SELLER_ORDER_FILTERS as readonly string[]).includes(raw) ? (raw as SellerOrderFilter) : "all";
  const page = Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1;
  const orders = await listSellerOrders(portal.seller.id, { status, page });
  const t = getFixedT(getLocale(request), "fulfilment");
  return data({ title: `${t("ordersTitle")} · ${t("portal")}`, portal: portalView(portal), orders, status, filters: SELLER_ORDER_FILTERS }, { headers: portalHeaders(portal) });
}

export default function SellerOrdersPage() {
  const { portal, orders, status, filters } = useLoaderData<typeof loader>();
  const { t } = useT("fulfilment");
  return (
    <SellerShell portal={portal}>
      <h1 className="text-2xl font-semibold text-stone-900">{t("ordersTitle")}</h1>
      <nav aria-label={t("filter.label")} className="-mx-1 flex gap-1 overflow-x-auto">
        {filters.map((f) => (
          <Link
            key={f}
            to={sellerPath("/seller/orders", portal.query, { status: f === "all" ? undefined : f })}
            aria-current={f === status ? "page" : undefined}
            className={`whitespace-nowrap rounded-full border px-3 py-1 text-sm ${f === status ? "border-brand-600 bg-brand-50 font-medium text-brand-800" : "border-stone-300 text-stone-700 hover:bg-stone-50"}`}
          >
            {t(`filter.${f}`, { count: orders.counts[f] })}
          </Link>
        ))}
      </nav>

      {orders.rows.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white p-6 text-center text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white">
          {orders.rows.map((o) => (
            <li key={o.id} data-status={o.status}>
              <Link
                to={sellerPath(`/seller/orders/${o.id}`, portal.query)}
                aria-label={t("view", { code: o.orderCode })}
                className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-stone-50"
              >
                <div className="min-w-0">
                  <p className="font-mono font-semibold text-stone-900">{o.orderCode}</p>
                  <p className="text-sm text-stone-600">
                    {o.buyerName} · {o.provinceName} · {formatDateTime(o.createdAt)}
                  </p>
                </div>
                <div className="flex items-center gap-3 text-sm">
                  <span className="text-stone-600">
                    {t("col.items")}: {formatNumber(o.itemCount)}
                  </span>
                  <Price amount={o.subtotal} className="font-semibold" />
                  <SellerOrderStatus status={o.status} />
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}

      {orders.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="flex items-center justify-between text-sm">
          {orders.page > 1 ? <Link to={sellerPath("/seller/orders", portal.query, { status: status === "all" ? undefined : status, page: orders.page - 1 })}>{t("previousPage")}</Link> : <span />}
          <span>{t("pageOf", { page: orders.page, count: orders.pageCount })}</span>
          {orders.page < orders.pageCount ? <Link to={sellerPath("/seller/orders", portal.query, { status: status === "all" ? undefined : status, page: orders.page + 1 })}>{t("nextPage")}</Link> : <span />}
        </nav>
      ) : null}
    </SellerShell>
  );
}

export function ErrorBoundary() {
  return <SellerErrorBoundary />;
}

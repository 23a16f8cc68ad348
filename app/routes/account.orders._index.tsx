// /account/orders — the shopper's orders, newest first: each with its status,
// each seller's part and its status (and tracking once shipped), the total.
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Price } from "~/components/catalog/Price";
import { StatusBadge } from "~/components/orders/StatusBadge";
import { formatDateTime } from "~/lib/format";
import { CACHE_NONE } from "~/lib/http";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { requireUser } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { listOrdersForBuyer } from "~/modules/orders/index.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Đơn hàng của tôi · Chợ OCOP" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const orders = await listOrdersForBuyer(user.id);
  const t = getFixedT(getLocale(request), "orders");
  return data({ title: t("list.metaTitle"), orders }, { headers: { "Cache-Control": CACHE_NONE } });
}

export default function OrdersPage() {
  const { orders } = useLoaderData<typeof loader>();
  const { t } = useT("orders");
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="text-2xl font-semibold text-stone-900">{t("list.title")}</h1>
      {orders.length === 0 ? (
        <div className="mt-6 rounded-xl border border-stone-200 bg-white p-6 text-center">
          <p className="text-stone-700">{t("list.empty")}</p>
          <Link to="/" className="mt-3 inline-block rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("list.startShopping")}
          </Link>
        </div>
      ) : (
        <ul className="mt-4 space-y-3">
          {orders.map((order) => (
            <li key={order.id} data-order-code={order.code} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h2 className="font-semibold text-stone-900">
                    <Link to={`/account/orders/${order.id}`} className="hover:text-brand-700" aria-label={t("list.view", { code: order.code })}>
                      {t("list.code", { code: order.code })}
                    </Link>
                  </h2>
                  <p className="text-sm text-stone-600">
                    {t("list.placedAt", { date: formatDateTime(order.createdAt) })} · {t("list.items", { count: order.itemCount })}
                  </p>
                </div>
                <StatusBadge status={order.status} />
              </div>
              <ul aria-label={t("list.parts")} className="mt-3 space-y-1 text-sm">
                {order.sellerOrders.map((so) => (
                  <li key={so.id} className="flex flex-wrap items-center justify-between gap-2">
                    <span className="text-stone-700">{so.sellerName}</span>
                    <span className="flex items-center gap-2">
                      {so.trackingNumber && (so.status === "shipped" || so.status === "delivered") ? <span className="text-xs text-stone-500">{so.trackingNumber}</span> : null}
                      <StatusBadge status={so.status} />
                    </span>
                  </li>
                ))}
              </ul>
              <div className="mt-3 flex flex-wrap items-center justify-between gap-2 border-t border-stone-100 pt-3">
                <p className="text-sm">
                  {t("list.total")}: <Price amount={order.total} className="font-semibold text-stone-900" />
                </p>
                {order.awaitingPayment ? (
                  <Link to={`/account/orders/${order.id}/pay`} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
                    {t("list.payNow")}
                  </Link>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

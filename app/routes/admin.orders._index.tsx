// /admin/orders — every order: search by code, buyer (email or name) or seller
// name, filter by status; newest first.
import type { OrderStatus } from "~/modules/orders/index.server";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AdminHeading, AdminShell } from "~/components/admin/AdminShell";
import { pageParam } from "~/components/admin/forms";
import { OrderStatusBadge } from "~/components/admin-payments/MatchBadge";
import { Price } from "~/components/catalog/Price";
import { Pagination } from "~/components/search/Pagination";
import { CACHE_NONE } from "~/lib/http";
import { formatDateTime } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { requireAdmin } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { searchOrdersForAdmin } from "~/modules/orders/index.server";

const STATUSES = ["PENDING_PAYMENT", "UNDERPAID", "PAID", "EXPIRED", "CANCELLED", "REFUNDED"] as const satisfies readonly OrderStatus[];
const statusParam = z.enum(STATUSES).optional().catch(undefined);

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Đơn hàng · Quản trị" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const url = new URL(request.url);
  const status = statusParam.parse(url.searchParams.get("status") ?? undefined);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200);
  const list = await searchOrdersForAdmin({ q, status, page: pageParam(url.searchParams.get("page")) });
  const t = getFixedT(getLocale(request), "admin-payments");
  const ta = getFixedT(getLocale(request), "admin");
  return data({ title: `${t("orders.title")} · ${ta("overview.short")}`, status: status ?? null, q, ...list }, { headers: { "Cache-Control": CACHE_NONE } });
}

function href(params: { status?: string | null; q?: string; page?: number }) {
  const search = new URLSearchParams();
  if (params.q) search.set("q", params.q);
  if (params.status) search.set("status", params.status);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const s = search.toString();
  return s ? `/admin/orders?${s}` : "/admin/orders";
}

export default function AdminOrders() {
  const { status, q, orders, total, page, pageCount } = useLoaderData<typeof loader>();
  const { t } = useT("admin-payments");
  const { t: ta } = useT("admin");
  const { t: to } = useT("orders");

  return (
    <AdminShell>
      <AdminHeading title={t("orders.title")} intro={t("orders.intro")} />

      <Form method="get" role="search" className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="orders-q" className="block text-sm font-medium text-stone-800">
            {t("orders.searchLabel")}
          </label>
          <input id="orders-q" name="q" type="search" defaultValue={q} className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="orders-status" className="block text-sm font-medium text-stone-800">
            {t("orders.statusLabel")}
          </label>
          <select id="orders-status" name="status" defaultValue={status ?? ""} className="mt-1 block rounded-md border border-stone-300 px-3 py-2">
            <option value="">{ta("filters.all")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {to(`status.${s.toLowerCase()}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {ta("filters.search")}
        </button>
      </Form>

      <p className="text-sm text-stone-600" aria-live="polite">
        {ta("filters.results", { count: total })}
      </p>

      {orders.length === 0 ? (
        <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-600">{t("orders.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("orders.title")}</caption>
            <thead className="bg-stone-50 text-xs uppercase text-stone-500">
              <tr>
                <th scope="col" className="px-3 py-2">{t("orders.columns.code")}</th>
                <th scope="col" className="px-3 py-2">{t("orders.columns.buyer")}</th>
                <th scope="col" className="px-3 py-2">{t("orders.columns.sellers")}</th>
                <th scope="col" className="px-3 py-2">{t("orders.columns.status")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("orders.columns.total")}</th>
                <th scope="col" className="px-3 py-2">{t("orders.columns.createdAt")}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => (
                <tr key={o.id} className="border-t border-stone-100 align-top">
                  <td className="px-3 py-2">
                    <Link to={`/admin/orders/${o.id}`} className="font-mono font-medium text-brand-700 hover:underline">
                      {o.code}
                    </Link>
                  </td>
                  <td className="px-3 py-2">
                    {o.buyer.name}
                    <p className="text-xs text-stone-500">{o.buyer.email}</p>
                  </td>
                  <td className="px-3 py-2">{o.sellers.join(", ")}</td>
                  <td className="px-3 py-2">
                    <OrderStatusBadge status={o.status} />
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    <Price amount={o.total} />
                  </td>
                  <td className="px-3 py-2 tabular-nums">{formatDateTime(o.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} totalPages={pageCount} hrefFor={(p) => href({ status, q, page: p })} />
    </AdminShell>
  );
}

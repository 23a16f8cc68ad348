// /admin/orders — every order: search by code, buyer (email or name) or seller
// name, filter by status; newest first.
import type { OrderStatus } from "~/modules/orders/index.server";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AdminFilterForm, AdminResultCount } from "~/components/admin/AdminFilterForm";
import { AdminPagination } from "~/components/admin/AdminPagination";
import { AdminHeading, AdminShell } from "~/components/admin/AdminShell";
import { AdminTable } from "~/components/admin/AdminTable";
import { pageParam } from "~/components/admin/forms";
import { OrderStatusBadge } from "~/components/admin-payments/MatchBadge";
import { Price } from "~/components/catalog/Price";
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

const PATH = "/admin/orders";

export default function AdminOrders() {
  const { status, q, orders, total, page, pageCount } = useLoaderData<typeof loader>();
  const { t } = useT("admin-payments");
  const { t: to } = useT("orders");

  return (
    <AdminShell>
      <AdminHeading title={t("orders.title")} intro={t("orders.intro")} />
      <AdminFilterForm
        idPrefix="orders"
        searchLabel={t("orders.searchLabel")}
        q={q}
        select={{ name: "status", label: t("orders.statusLabel"), value: status, options: STATUSES.map((s) => ({ value: s, label: to(`status.${s.toLowerCase()}`) })) }}
      />
      <AdminResultCount total={total} />
      <AdminTable
        caption={t("orders.title")}
        empty={t("orders.empty")}
        rows={orders}
        rowKey={(o) => o.id}
        columns={[
          {
            header: t("orders.columns.code"),
            cell: (o) => (
              <Link to={`/admin/orders/${o.id}`} className="font-mono font-medium text-brand-700 hover:underline">
                {o.code}
              </Link>
            ),
          },
          {
            header: t("orders.columns.buyer"),
            cell: (o) => (
              <>
                {o.buyer.name}
                <p className="text-xs text-stone-500">{o.buyer.email}</p>
              </>
            ),
          },
          { header: t("orders.columns.sellers"), cell: (o) => o.sellers.join(", ") },
          { header: t("orders.columns.status"), cell: (o) => <OrderStatusBadge status={o.status} /> },
          { header: t("orders.columns.total"), cell: (o) => <Price amount={o.total} />, align: "right", className: "tabular-nums" },
          { header: t("orders.columns.createdAt"), cell: (o) => formatDateTime(o.createdAt), className: "tabular-nums" },
        ]}
      />
      <AdminPagination path={PATH} params={{ q, status }} page={page} pageCount={pageCount} />
    </AdminShell>
  );
}

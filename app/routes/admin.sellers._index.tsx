// /admin/sellers — the seller queue: pending applications first (longest
// waiting first), filter by status, search by name, tax code, email or phone.
import type { SellerStatus } from "~/modules/sellers/index.server";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AdminFilterForm, AdminResultCount, AdminStatusTabs, type AdminStatusTab } from "~/components/admin/AdminFilterForm";
import { AdminPagination } from "~/components/admin/AdminPagination";
import { AdminHeading, AdminShell } from "~/components/admin/AdminShell";
import { AdminTable } from "~/components/admin/AdminTable";
import { pageParam } from "~/components/admin/forms";
import { StatusBadge } from "~/components/admin/StatusBadge";
import { adminListHref } from "~/components/admin/list-href";
import { CACHE_NONE } from "~/lib/http";
import { formatDate, formatNumber } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { requireAdmin } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { countSellersByStatus, listSellersForAdmin } from "~/modules/sellers/index.server";

const STATUSES = ["PENDING", "APPROVED", "REJECTED", "SUSPENDED"] as const satisfies readonly SellerStatus[];
const statusParam = z.enum(STATUSES).optional().catch(undefined);

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Người bán · Quản trị" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const url = new URL(request.url);
  const status = statusParam.parse(url.searchParams.get("status") ?? undefined);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200);
  const [list, counts] = await Promise.all([listSellersForAdmin({ status, q, page: pageParam(url.searchParams.get("page")) }), countSellersByStatus()]);
  const t = getFixedT(getLocale(request), "admin");
  return data({ title: `${t("sellers.title")} · ${t("overview.short")}`, status: status ?? null, q, counts, ...list }, { headers: { "Cache-Control": CACHE_NONE } });
}

const PATH = "/admin/sellers";

export default function AdminSellers() {
  const { status, q, counts, sellers, total, page, pageCount } = useLoaderData<typeof loader>();
  const { t } = useT("admin");
  const { t: tc } = useT("common");
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  const tabs: AdminStatusTab[] = [
    { value: null, label: t("filters.all"), count: all },
    ...STATUSES.map((s) => ({ value: s, label: t(`status.seller.${s}`), count: counts[s] })),
  ];

  return (
    <AdminShell>
      <AdminHeading title={t("sellers.title")} intro={t("sellers.intro")} />
      <AdminStatusTabs tabs={tabs} current={status} hrefFor={(value) => adminListHref(PATH, { status: value, q })} />
      <AdminFilterForm idPrefix="sellers" searchLabel={t("sellers.searchLabel")} q={q} hidden={{ status }} />
      <AdminResultCount total={total} />
      <AdminTable
        caption={t("sellers.title")}
        empty={t("sellers.empty")}
        rows={sellers}
        rowKey={(s) => s.id}
        columns={[
          {
            header: t("sellers.columns.name"),
            cell: (s) => (
              <>
                <Link to={`/admin/sellers/${s.id}`} className="font-medium text-brand-700 hover:underline">
                  {s.name}
                </Link>
                <p className="text-xs text-stone-500">
                  {tc(`sellerKind.${s.kind}`)} · {s.email}
                </p>
              </>
            ),
          },
          { header: t("sellers.columns.status"), cell: (s) => <StatusBadge kind="seller" status={s.status} /> },
          { header: t("sellers.columns.province"), cell: (s) => s.provinceName },
          { header: t("sellers.columns.taxCode"), cell: (s) => s.taxCode, className: "tabular-nums" },
          { header: t("sellers.columns.submittedAt"), cell: (s) => formatDate(s.submittedAt), className: "tabular-nums" },
          { header: t("sellers.columns.products"), cell: (s) => formatNumber(s.productCount), align: "right", className: "tabular-nums" },
        ]}
      />
      <AdminPagination path={PATH} params={{ status, q }} page={page} pageCount={pageCount} />
    </AdminShell>
  );
}

// /admin/sellers — the seller queue: pending applications first (longest
// waiting first), filter by status, search by name, tax code, email or phone.
import type { SellerStatus } from "~/modules/sellers/index.server";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AdminHeading, AdminShell } from "~/components/admin/AdminShell";
import { pageParam } from "~/components/admin/forms";
import { StatusBadge } from "~/components/admin/StatusBadge";
import { Pagination } from "~/components/search/Pagination";
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

function href(params: { status?: string | null; q?: string; page?: number }) {
  const search = new URLSearchParams();
  if (params.status) search.set("status", params.status);
  if (params.q) search.set("q", params.q);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const s = search.toString();
  return s ? `/admin/sellers?${s}` : "/admin/sellers";
}

export default function AdminSellers() {
  const { status, q, counts, sellers, total, page, pageCount } = useLoaderData<typeof loader>();
  const { t } = useT("admin");
  const { t: tc } = useT("common");
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  const tabs: { value: string | null; label: string; count: number }[] = [
    { value: null, label: t("filters.all"), count: all },
    ...STATUSES.map((s) => ({ value: s, label: t(`status.seller.${s}`), count: counts[s] })),
  ];

  return (
    <AdminShell>
      <AdminHeading title={t("sellers.title")} intro={t("sellers.intro")} />

      <nav aria-label={t("filters.byStatus")}>
        <ul role="list" className="flex flex-wrap gap-2">
          {tabs.map((tab) => (
            <li key={tab.value ?? "all"}>
              <Link
                to={href({ status: tab.value, q })}
                aria-current={tab.value === status ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1 text-sm ${tab.value === status ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100"}`}
              >
                {tab.label} ({formatNumber(tab.count)})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <Form method="get" role="search" className="flex flex-wrap items-end gap-2">
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <div className="min-w-0 flex-1">
          <label htmlFor="sellers-q" className="block text-sm font-medium text-stone-800">
            {t("sellers.searchLabel")}
          </label>
          <input id="sellers-q" name="q" type="search" defaultValue={q} className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t("filters.search")}
        </button>
      </Form>

      <p className="text-sm text-stone-600" aria-live="polite">
        {t("filters.results", { count: total })}
      </p>

      {sellers.length === 0 ? (
        <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-600">{t("sellers.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("sellers.title")}</caption>
            <thead className="bg-stone-50 text-xs uppercase text-stone-500">
              <tr>
                <th scope="col" className="px-3 py-2">{t("sellers.columns.name")}</th>
                <th scope="col" className="px-3 py-2">{t("sellers.columns.status")}</th>
                <th scope="col" className="px-3 py-2">{t("sellers.columns.province")}</th>
                <th scope="col" className="px-3 py-2">{t("sellers.columns.taxCode")}</th>
                <th scope="col" className="px-3 py-2">{t("sellers.columns.submittedAt")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("sellers.columns.products")}</th>
              </tr>
            </thead>
            <tbody>
              {sellers.map((s) => (
                <tr key={s.id} className="border-t border-stone-100 align-top">
                  <td className="px-3 py-2">
                    <Link to={`/admin/sellers/${s.id}`} className="font-medium text-brand-700 hover:underline">
                      {s.name}
                    </Link>
                    <p className="text-xs text-stone-500">
                      {tc(`sellerKind.${s.kind}`)} · {s.email}
                    </p>
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge kind="seller" status={s.status} />
                  </td>
                  <td className="px-3 py-2">{s.provinceName}</td>
                  <td className="px-3 py-2 tabular-nums">{s.taxCode}</td>
                  <td className="px-3 py-2 tabular-nums">{formatDate(s.submittedAt)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatNumber(s.productCount)}</td>
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

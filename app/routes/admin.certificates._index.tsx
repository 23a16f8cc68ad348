// /admin/certificates — OCOP certificates: the PENDING queue (oldest first), every
// status, and the verified certificates that expire within 60 days
// (?status=EXPIRING); search by product, decision number, authority or seller.
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
import {
  countCertificatesByStatus,
  countExpiringCertificates,
  EXPIRING_WITHIN_DAYS,
  listCertificatesForAdmin,
  listExpiringCertificates,
} from "~/modules/certificates/index.server";

const STATUSES = ["PENDING", "VERIFIED", "REJECTED", "REVOKED"] as const;
const statusParam = z.enum([...STATUSES, "EXPIRING"]).optional().catch(undefined);

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Giấy chứng nhận OCOP · Quản trị" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const url = new URL(request.url);
  const status = statusParam.parse(url.searchParams.get("status") ?? undefined);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200);
  const [counts, expiringCount] = await Promise.all([countCertificatesByStatus(), countExpiringCertificates()]);
  const list =
    status === "EXPIRING"
      ? await listExpiringCertificates({ limit: 200 }).then((certificates) => ({ certificates, total: certificates.length, page: 1, pageCount: 1 }))
      : await listCertificatesForAdmin({ status, q, page: pageParam(url.searchParams.get("page")) });
  const t = getFixedT(getLocale(request), "admin");
  return data({ title: `${t("certificates.title")} · ${t("overview.short")}`, status: status ?? null, q, counts, expiringCount, expiringDays: EXPIRING_WITHIN_DAYS, ...list }, { headers: { "Cache-Control": CACHE_NONE } });
}

function href(params: { status?: string | null; q?: string; page?: number }) {
  const search = new URLSearchParams();
  if (params.status) search.set("status", params.status);
  if (params.q && params.status !== "EXPIRING") search.set("q", params.q);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const s = search.toString();
  return s ? `/admin/certificates?${s}` : "/admin/certificates";
}

export default function AdminCertificates() {
  const { status, q, counts, expiringCount, expiringDays, certificates, total, page, pageCount } = useLoaderData<typeof loader>();
  const { t } = useT("admin");
  const { t: tc } = useT("common");
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  const tabs = [
    { value: null as string | null, label: t("filters.all"), count: all },
    ...STATUSES.map((s) => ({ value: s as string | null, label: t(`status.certificate.${s}`), count: counts[s] })),
    { value: "EXPIRING", label: t("certificates.expiringTab", { days: expiringDays }), count: expiringCount },
  ];

  return (
    <AdminShell>
      <AdminHeading title={t("certificates.title")} intro={t("certificates.intro")} />

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

      {status === "EXPIRING" ? (
        <p className="text-sm text-stone-700">{t("certificates.expiringIntro", { days: expiringDays })}</p>
      ) : (
        <Form method="get" role="search" className="flex flex-wrap items-end gap-2">
          {status ? <input type="hidden" name="status" value={status} /> : null}
          <div className="min-w-0 flex-1">
            <label htmlFor="certificates-q" className="block text-sm font-medium text-stone-800">
              {t("certificates.searchLabel")}
            </label>
            <input id="certificates-q" name="q" type="search" defaultValue={q} className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2" />
          </div>
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("filters.search")}
          </button>
        </Form>
      )}

      <p className="text-sm text-stone-600" aria-live="polite">
        {t("filters.results", { count: total })}
      </p>

      {certificates.length === 0 ? (
        <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-600">{t("certificates.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("certificates.title")}</caption>
            <thead className="bg-stone-50 text-xs uppercase text-stone-500">
              <tr>
                <th scope="col" className="px-3 py-2">{t("certificates.columns.product")}</th>
                <th scope="col" className="px-3 py-2">{t("certificates.columns.seller")}</th>
                <th scope="col" className="px-3 py-2">{t("certificates.columns.stars")}</th>
                <th scope="col" className="px-3 py-2">{t("certificates.columns.status")}</th>
                <th scope="col" className="px-3 py-2">{t("certificates.columns.expiresAt")}</th>
                <th scope="col" className="px-3 py-2">{t("certificates.columns.scan")}</th>
              </tr>
            </thead>
            <tbody>
              {certificates.map((c) => (
                <tr key={c.id} className="border-t border-stone-100 align-top">
                  <td className="px-3 py-2">
                    <Link to={`/admin/certificates/${c.id}`} className="font-medium text-brand-700 hover:underline">
                      {c.productName}
                    </Link>
                    <p className="text-xs text-stone-500">
                      {c.decisionNumber} · {c.issuingAuthority}
                    </p>
                  </td>
                  <td className="px-3 py-2">
                    <Link to={`/admin/sellers/${c.seller.id}`} className="hover:underline">
                      {c.seller.name}
                    </Link>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{tc("product.ocopStars", { count: c.stars })}</td>
                  <td className="px-3 py-2">
                    <StatusBadge kind="certificate" status={c.status} />
                  </td>
                  <td className="px-3 py-2 tabular-nums">{formatDate(c.expiresAt)}</td>
                  <td className="px-3 py-2">{c.hasScan ? t("certificates.hasScan") : t("certificates.noScan")}</td>
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

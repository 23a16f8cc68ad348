// /admin/certificates — OCOP certificates: the PENDING queue (oldest first), every
// status, and the verified certificates that expire within 60 days
// (?status=EXPIRING); search by product, decision number, authority or seller.
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
import { formatDate } from "~/lib/format";
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

const PATH = "/admin/certificates";

/** The expiring list has no search: its links drop the words. */
const listParams = (status: string | null, q: string) => ({ status, q: status === "EXPIRING" ? null : q });

export default function AdminCertificates() {
  const { status, q, counts, expiringCount, expiringDays, certificates, total, page, pageCount } = useLoaderData<typeof loader>();
  const { t } = useT("admin");
  const { t: tc } = useT("common");
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  const tabs: AdminStatusTab[] = [
    { value: null, label: t("filters.all"), count: all },
    ...STATUSES.map((s) => ({ value: s, label: t(`status.certificate.${s}`), count: counts[s] })),
    { value: "EXPIRING", label: t("certificates.expiringTab", { days: expiringDays }), count: expiringCount },
  ];

  return (
    <AdminShell>
      <AdminHeading title={t("certificates.title")} intro={t("certificates.intro")} />
      <AdminStatusTabs tabs={tabs} current={status} hrefFor={(value) => adminListHref(PATH, listParams(value, q))} />

      {status === "EXPIRING" ? (
        <p className="text-sm text-stone-700">{t("certificates.expiringIntro", { days: expiringDays })}</p>
      ) : (
        <AdminFilterForm idPrefix="certificates" searchLabel={t("certificates.searchLabel")} q={q} hidden={{ status }} />
      )}

      <AdminResultCount total={total} />
      <AdminTable
        caption={t("certificates.title")}
        empty={t("certificates.empty")}
        rows={certificates}
        rowKey={(c) => c.id}
        columns={[
          {
            header: t("certificates.columns.product"),
            cell: (c) => (
              <>
                <Link to={`/admin/certificates/${c.id}`} className="font-medium text-brand-700 hover:underline">
                  {c.productName}
                </Link>
                <p className="text-xs text-stone-500">
                  {c.decisionNumber} · {c.issuingAuthority}
                </p>
              </>
            ),
          },
          {
            header: t("certificates.columns.seller"),
            cell: (c) => (
              <Link to={`/admin/sellers/${c.seller.id}`} className="hover:underline">
                {c.seller.name}
              </Link>
            ),
          },
          { header: t("certificates.columns.stars"), cell: (c) => tc("product.ocopStars", { count: c.stars }), className: "whitespace-nowrap" },
          { header: t("certificates.columns.status"), cell: (c) => <StatusBadge kind="certificate" status={c.status} /> },
          { header: t("certificates.columns.expiresAt"), cell: (c) => formatDate(c.expiresAt), className: "tabular-nums" },
          { header: t("certificates.columns.scan"), cell: (c) => (c.hasScan ? t("certificates.hasScan") : t("certificates.noScan")) },
        ]}
      />
      <AdminPagination path={PATH} params={listParams(status, q)} page={page} pageCount={pageCount} />
    </AdminShell>
  );
}

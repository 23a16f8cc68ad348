// /admin — the operator's overview: what needs attention now (applications,
// certificates to verify, certificates about to expire, unmatched transfers),
// with links to act; then GMV and paid orders over the last 30 days (or 12
// weeks with ?range=12w) as a server-computed SVG chart with its numbers as a
// table, totals and the change on the previous period. What counts as GMV:
// app/modules/reports/sales.server.ts and docs/decisions/0018-charts.md.
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AdminHeading, AdminShell } from "~/components/admin/AdminShell";
import { BarChart } from "~/components/charts/BarChart";
import { salesChart } from "~/lib/charts.server";
import { CACHE_NONE } from "~/lib/http";
import { formatDate, formatNumber, formatVnd } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { requireAdmin } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { countCertificatesByStatus, countExpiringCertificates, EXPIRING_WITHIN_DAYS, listExpiringCertificates } from "~/modules/certificates/index.server";
import { countHiddenProducts } from "~/modules/products/moderation.server";
import { countSellersByStatus, listWaitingSellers } from "~/modules/sellers/index.server";
import { countAdmins } from "~/modules/users/index.server";
import { countUnresolvedTransfers } from "~/modules/payments/index.server";
import { platformSalesSeries } from "~/modules/reports/index.server";
import { SALES_RANGES } from "~/modules/reports/types";

const rangeSchema = z.object({ range: z.enum(SALES_RANGES).catch("30d") });

/** Whole-percent change on the previous period; null when the previous period had nothing. */
function change(current: number, previous: number): number | null {
  return previous === 0 ? null : Math.round(((current - previous) / previous) * 100);
}

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Quản trị · Chợ OCOP" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { range } = rangeSchema.parse({ range: new URL(request.url).searchParams.get("range") ?? undefined });
  const [sellers, certificates, expiringCount, expiring, waitingSellers, hiddenProducts, accounts, unmatchedTransfers, sales] = await Promise.all([
    countSellersByStatus(),
    countCertificatesByStatus(),
    countExpiringCertificates(),
    listExpiringCertificates({ limit: 5 }),
    listWaitingSellers(5),
    countHiddenProducts(),
    countAdmins(),
    countUnresolvedTransfers(),
    platformSalesSeries({ range }),
  ]);
  const locale = getLocale(request);
  const t = getFixedT(locale, "admin");
  const { chart, table } = salesChart(sales, getFixedT(locale, "charts"), "gmv");
  return data(
    {
      title: `${t("overview.title")} · Chợ OCOP`,
      overview: {
        pendingSellers: sellers.PENDING,
        approvedSellers: sellers.APPROVED,
        suspendedSellers: sellers.SUSPENDED,
        pendingCertificates: certificates.PENDING,
        expiringCertificates: expiringCount,
        hiddenProducts,
        unmatchedTransfers,
        expiringDays: EXPIRING_WITHIN_DAYS,
        users: accounts.users,
        admins: accounts.admins,
        waitingSellers,
        expiring: expiring.map((c) => ({ id: c.id, productName: c.productName, sellerName: c.seller.name, expiresAt: c.expiresAt })),
      },
      sales: {
        range,
        totals: sales.totals,
        previous: sales.previous,
        change: { amount: change(sales.totals.amount, sales.previous.amount), orders: change(sales.totals.orders, sales.previous.orders) },
        chart,
        table,
      },
    },
    { headers: { "Cache-Control": CACHE_NONE } },
  );
}

export default function AdminHome() {
  const { overview, sales } = useLoaderData<typeof loader>();
  const { t } = useT("admin");
  const changeText = (pct: number | null, previous: string) =>
    pct === null ? t("overview.changeNew", { previous }) : pct > 0 ? t("overview.changeUp", { pct, previous }) : pct < 0 ? t("overview.changeDown", { pct: -pct, previous }) : t("overview.changeSame", { previous });
  const cards = [
    { label: t("overview.pendingSellers"), value: overview.pendingSellers, to: "/admin/sellers?status=PENDING", action: t("overview.reviewSellers"), urgent: overview.pendingSellers > 0 },
    { label: t("overview.pendingCertificates"), value: overview.pendingCertificates, to: "/admin/certificates?status=PENDING", action: t("overview.reviewCertificates"), urgent: overview.pendingCertificates > 0 },
    { label: t("overview.expiringCertificates", { days: overview.expiringDays }), value: overview.expiringCertificates, to: "/admin/certificates?status=EXPIRING", action: t("overview.seeExpiring"), urgent: overview.expiringCertificates > 0 },
    { label: t("overview.unmatchedTransfers"), value: overview.unmatchedTransfers, to: "/admin/payments", action: t("overview.reconcile"), urgent: overview.unmatchedTransfers > 0 },
    { label: t("overview.suspendedSellers"), value: overview.suspendedSellers, to: "/admin/sellers?status=SUSPENDED", action: t("overview.seeSellers") },
    { label: t("overview.hiddenProducts"), value: overview.hiddenProducts, to: "/admin/products?status=HIDDEN", action: t("overview.seeProducts") },
    { label: t("overview.approvedSellers"), value: overview.approvedSellers, to: "/admin/sellers?status=APPROVED", action: t("overview.seeSellers") },
    { label: t("overview.users"), value: overview.users, note: t("overview.admins", { count: overview.admins }), to: "/admin/users", action: t("overview.seeUsers") },
  ];

  return (
    <AdminShell>
      <AdminHeading title={t("overview.title")} intro={t("overview.intro")} />

      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {cards.map((card) => (
          <li key={card.label} className={`rounded-xl border bg-white p-4 ${card.urgent ? "border-amber-300" : "border-stone-200"}`}>
            <p className="text-sm text-stone-600">{card.label}</p>
            <p className="mt-1 text-3xl font-bold text-brand-700">{formatNumber(card.value)}</p>
            {card.note ? <p className="text-xs text-stone-500">{card.note}</p> : null}
            <Link to={card.to} className="mt-2 inline-block text-sm font-medium text-brand-700 underline">
              {card.action}
            </Link>
          </li>
        ))}
      </ul>

      <section aria-labelledby="sales-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="sales-heading" className="text-xl font-semibold">
            {t("overview.salesTitle")}
          </h2>
          <nav aria-label={t("overview.rangeLabel")} className="flex gap-1 text-sm">
            {SALES_RANGES.map((r) => (
              <Link
                key={r}
                to={r === "30d" ? "/admin" : `/admin?range=${r}`}
                preventScrollReset
                aria-current={sales.range === r ? "page" : undefined}
                className={`rounded-md border px-3 py-1 ${sales.range === r ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-50"}`}
              >
                {t(`overview.range_${r}`)}
              </Link>
            ))}
          </nav>
        </div>
        <dl className="grid gap-3 sm:grid-cols-2">
          <div className="rounded-xl border border-stone-200 bg-white p-4">
            <dt className="text-sm text-stone-600">{t(`overview.gmvTotal_${sales.range}`)}</dt>
            <dd className="mt-1 text-3xl font-bold text-brand-700">
              <data value={sales.totals.amount}>{formatVnd(sales.totals.amount)}</data>
            </dd>
            <dd className="text-xs text-stone-500">{changeText(sales.change.amount, formatVnd(sales.previous.amount))}</dd>
          </div>
          <div className="rounded-xl border border-stone-200 bg-white p-4">
            <dt className="text-sm text-stone-600">{t(`overview.ordersTotal_${sales.range}`)}</dt>
            <dd className="mt-1 text-3xl font-bold text-brand-700">
              <data value={sales.totals.orders}>{formatNumber(sales.totals.orders)}</data>
            </dd>
            <dd className="text-xs text-stone-500">{changeText(sales.change.orders, formatNumber(sales.previous.orders))}</dd>
          </div>
        </dl>
        <BarChart id="gmv-chart" title={sales.table.caption} chart={sales.chart} table={sales.table}>
          <p className="mt-1 text-xs text-stone-500">{t("overview.salesNote")}</p>
        </BarChart>
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="waiting-heading" className="rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="waiting-heading" className="text-lg font-semibold">
            {t("overview.waitingTitle")}
          </h2>
          {overview.waitingSellers.length === 0 ? (
            <p className="mt-2 text-sm text-stone-600">{t("overview.noneWaiting")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-stone-100">
              {overview.waitingSellers.map((s) => (
                <li key={s.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                  <Link to={`/admin/sellers/${s.id}`} className="font-medium text-brand-700 hover:underline">
                    {s.name}
                  </Link>
                  <span className="text-sm text-stone-500">{t("overview.submittedAt", { date: formatDate(s.submittedAt) })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="expiring-heading" className="rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="expiring-heading" className="text-lg font-semibold">
            {t("overview.expiringTitle", { days: overview.expiringDays })}
          </h2>
          {overview.expiring.length === 0 ? (
            <p className="mt-2 text-sm text-stone-600">{t("overview.noneExpiring")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-stone-100">
              {overview.expiring.map((c) => (
                <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                  <span>
                    <Link to={`/admin/certificates/${c.id}`} className="font-medium text-brand-700 hover:underline">
                      {c.productName}
                    </Link>{" "}
                    <span className="text-sm text-stone-600">· {c.sellerName}</span>
                  </span>
                  <span className="text-sm text-amber-800">{t("overview.expiresOn", { date: formatDate(c.expiresAt) })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </AdminShell>
  );
}

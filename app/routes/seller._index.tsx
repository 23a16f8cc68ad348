import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BarChart } from "~/components/charts/BarChart";
import { SellerErrorBoundary } from "~/components/seller/SellerErrorBoundary";
import { SellerShell } from "~/components/seller/SellerShell";
import { sellerPath } from "~/components/seller/links";
import { salesChart } from "~/lib/charts.server";
import { formatNumber, formatVnd } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { sellerBalance } from "~/modules/ledger/index.server";
import { sellerSalesSeries } from "~/modules/reports/index.server";
import { getSellerDashboard, portalHeaders, portalView, requirePortal } from "~/modules/sellers/index.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Kênh người bán · Chợ OCOP" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  const [dashboard, sales, balance] = await Promise.all([getSellerDashboard(portal.seller.id), sellerSalesSeries(portal.seller.id), sellerBalance(portal.seller.id)]);
  const locale = getLocale(request);
  const t = getFixedT(locale, "seller");
  // The chart is computed here (d3 stays on the server); the page gets coordinates and labels.
  const { chart, table } = salesChart(sales, getFixedT(locale, "charts"), "revenue");
  // The member's other sellers still PENDING/REJECTED are mentioned, so they know where they stand.
  const otherApplications = portal.user.sellers
    .filter((s) => s.status === "PENDING" || s.status === "REJECTED")
    .map((s) => ({ sellerId: s.sellerId, name: s.name, status: s.status }));
  return data({ title: `${t("dashboard.title")} · Chợ OCOP`, portal: portalView(portal), dashboard, balance, sales: { totals: sales.totals, chart, table }, otherApplications }, { headers: portalHeaders(portal) });
}

export default function SellerDashboardPage() {
  const { portal, dashboard, balance, sales, otherApplications } = useLoaderData<typeof loader>();
  const { t } = useT("seller");
  const q = portal.query;
  const { orders, products, lowStock, certificates } = dashboard;

  return (
    <SellerShell portal={portal}>
      <h1 className="text-2xl font-semibold text-stone-900">{t("dashboard.title")}</h1>

      <section aria-labelledby="orders-heading" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <h2 id="orders-heading" className="sr-only">
          {t("dashboard.ordersTitle")}
        </h2>
        <Stat label={t("dashboard.toConfirm")} value={orders.toConfirm} highlight={orders.toConfirm > 0} />
        <Stat label={t("dashboard.toShip")} value={orders.toShip} highlight={orders.toShip > 0} />
        <Stat label={t("dashboard.lowStock")} value={lowStock.count} highlight={lowStock.count > 0} to={sellerPath("/seller/inventory", q, { low: 1 })} />
        <Stat label={t("dashboard.balance")} value={balance} display={formatVnd(balance)} note={t("dashboard.balanceNote")} to={sellerPath("/seller/balance", q)} />
      </section>
      {orders.total === 0 ? <p className="text-sm text-stone-600">{t("dashboard.noOrders")}</p> : null}

      <BarChart id="sales-chart" title={t("dashboard.salesTitle")} chart={sales.chart} table={sales.table}>
        <p className="mt-1 text-2xl font-semibold text-stone-900">{t("dashboard.salesTotals", { amount: formatVnd(sales.totals.amount), count: sales.totals.orders })}</p>
        <p className="mt-1 text-xs text-stone-500">{t("dashboard.salesNote")}</p>
      </BarChart>

      <section aria-labelledby="products-heading" className="rounded-xl border border-stone-200 bg-white p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="products-heading" className="text-lg font-semibold">
            {t("dashboard.productsTitle")}
          </h2>
          {portal.canWrite ? (
            <Link to={sellerPath("/seller/products/new", q)} className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">
              {t("products.new")}
            </Link>
          ) : null}
        </div>
        <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
          {(["ACTIVE", "DRAFT", "ARCHIVED", "HIDDEN"] as const).map((status) => (
            <div key={status}>
              <dt className="text-stone-500">
                <Link to={sellerPath("/seller/products", q, { status })} className="hover:underline">
                  {t(`productStatus.${status}`)}
                </Link>
              </dt>
              <dd className="text-xl font-semibold text-stone-900">{formatNumber(products.byStatus[status])}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="low-stock-heading" className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="low-stock-heading" className="text-lg font-semibold">
          {t("dashboard.lowStockTitle")}
        </h2>
        {lowStock.variants.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">{t("dashboard.noLowStock")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-100">
            {lowStock.variants.map((v) => (
              <li key={v.variantId} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <Link to={sellerPath(`/seller/inventory/${v.variantId}`, q)} className="font-medium text-brand-700 hover:underline">
                  {v.productName} · {v.label}
                </Link>
                <span className="text-stone-700">{t("dashboard.availableOfThreshold", { available: formatNumber(v.available), threshold: formatNumber(v.threshold) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="certs-heading" className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="certs-heading" className="text-lg font-semibold">
          {t("dashboard.certificatesTitle")}
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-stone-500">{t("certificateStatus.VERIFIED")}</dt>
            <dd className="text-xl font-semibold">{formatNumber(certificates.verified)}</dd>
          </div>
          <div>
            <dt className="text-stone-500">{t("certificateStatus.PENDING")}</dt>
            <dd className="text-xl font-semibold">{formatNumber(certificates.pending)}</dd>
          </div>
          <div>
            <dt className="text-stone-500">{t("certificates.expiringSoonCount")}</dt>
            <dd className={`text-xl font-semibold ${certificates.expiringSoon ? "text-amber-700" : ""}`}>{formatNumber(certificates.expiringSoon)}</dd>
          </div>
          <div>
            <dt className="text-stone-500">{t("certificates.expiredCount")}</dt>
            <dd className={`text-xl font-semibold ${certificates.expired ? "text-red-700" : ""}`}>{formatNumber(certificates.expired)}</dd>
          </div>
        </dl>
        <Link to={sellerPath("/seller/certificates", q)} className="mt-3 inline-block text-sm font-medium text-brand-700 underline">
          {t("dashboard.manageCertificates")}
        </Link>
      </section>

      {portal.seller.status === "APPROVED" ? (
        <Link to={`/s/${portal.seller.slug}`} className="inline-block text-sm font-medium text-brand-700 underline">
          {t("dashboard.viewStore")}
        </Link>
      ) : null}

      {otherApplications.length > 0 ? (
        <ul className="space-y-1 text-sm text-stone-600">
          {otherApplications.map((a) => (
            <li key={a.sellerId}>
              {a.name}: {t(`sellerStatus.${a.status}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </SellerShell>
  );
}

function Stat({ label, value, display, note, highlight, to }: { label: string; value: number; display?: string; note?: string; highlight?: boolean; to?: string }) {
  const body = (
    <>
      <span className="block text-sm text-stone-600">{label}</span>
      <span className={`mt-1 block text-3xl font-semibold ${highlight ? "text-brand-700" : "text-stone-900"}`}>
        <data value={value}>{display ?? formatNumber(value)}</data>
      </span>
      {note ? <span className="mt-1 block text-xs text-stone-500">{note}</span> : null}
    </>
  );
  return (
    <div className="rounded-xl border border-stone-200 bg-white p-4">
      {to ? (
        <Link to={to} className="block hover:underline">
          {body}
        </Link>
      ) : (
        body
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <SellerErrorBoundary />;
}

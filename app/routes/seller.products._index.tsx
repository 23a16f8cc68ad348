import type { ProductStatus } from "~/modules/products/index.server";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Price } from "~/components/catalog/Price";
import { FormField, inputClass, Notice } from "~/components/seller/FormField";
import { SellerErrorBoundary } from "~/components/seller/SellerErrorBoundary";
import { SellerShell } from "~/components/seller/SellerShell";
import { ProductStatusBadge } from "~/components/seller/StatusBadge";
import { sellerPath } from "~/components/seller/links";
import { formatDate, formatNumber } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { listSellerProducts } from "~/modules/products/index.server";
import { portalHeaders, portalView, requirePortal } from "~/modules/sellers/index.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Sản phẩm · Kênh người bán" }, { name: "robots", content: "noindex" }];

const STATUSES: readonly ProductStatus[] = ["DRAFT", "ACTIVE", "ARCHIVED", "HIDDEN"];

export async function loader({ request }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").slice(0, 100);
  const statusParam = url.searchParams.get("status");
  const status = STATUSES.find((s) => s === statusParam);
  const page = Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1;
  const list = await listSellerProducts(portal.seller.id, { q, status, page });
  const t = getFixedT(getLocale(request), "seller");
  return data(
    { title: `${t("products.title")} · ${t("portal")}`, portal: portalView(portal), list, q, status: status ?? "", saved: url.searchParams.get("saved") },
    { headers: portalHeaders(portal) },
  );
}

export default function SellerProductsPage() {
  const { portal, list, q, status, saved } = useLoaderData<typeof loader>();
  const { t } = useT("seller");
  const total = Object.values(list.byStatus).reduce((a, b) => a + b, 0);

  return (
    <SellerShell portal={portal}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold text-stone-900">{t("products.title")}</h1>
        <div className="flex flex-wrap items-center gap-2">
          {/* A plain link: the CSV is a download, not a page. */}
          <a href={sellerPath("/seller/products/csv", portal.query)} className="rounded-md border border-stone-300 px-3 py-2 text-sm font-medium hover:bg-stone-50">
            {t("products.exportCsv")}
          </a>
          {portal.canWrite ? (
            <>
              <Link to={sellerPath("/seller/products/import", portal.query)} className="rounded-md border border-stone-300 px-3 py-2 text-sm font-medium hover:bg-stone-50">
                {t("products.importCsv")}
              </Link>
              <Link to={sellerPath("/seller/products/new", portal.query)} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
                {t("products.new")}
              </Link>
            </>
          ) : null}
        </div>
      </div>
      {saved ? <Notice>{t("products.saved")}</Notice> : null}

      <Form method="get" role="search" className="flex flex-wrap items-end gap-3 rounded-xl border border-stone-200 bg-white p-3">
        {portal.query ? <input type="hidden" name="seller" value={portal.seller.slug} /> : null}
        <FormField id="product-q" errorId="product-q-error" label={t("products.search")} className="min-w-[12rem] flex-1">
          <input id="product-q" name="q" type="search" defaultValue={q} placeholder={t("products.searchPlaceholder")} className={inputClass} />
        </FormField>
        <FormField id="product-status" errorId="product-status-error" label={t("products.statusFilter")}>
          <select id="product-status" name="status" defaultValue={status} className={inputClass}>
            <option value="">{t("products.allStatuses", { count: total })}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`productStatus.${s}`)} ({formatNumber(list.byStatus[s])})
              </option>
            ))}
          </select>
        </FormField>
        <button type="submit" className="rounded-md border border-stone-300 px-4 py-2 font-medium hover:bg-stone-50">
          {t("products.filter")}
        </button>
      </Form>

      <p className="text-sm text-stone-600">{t("products.count", { count: list.total })}</p>

      {list.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 p-6 text-center text-stone-600">{q || status ? t("products.noneMatching") : t("products.none")}</p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white">
          {list.items.map((p) => (
            <li key={p.id} className="flex gap-3 p-3">
              {p.image ? (
                <img src={p.image.src} srcSet={p.image.srcSet} sizes="64px" alt="" width={64} height={64} className="h-16 w-16 shrink-0 rounded-md object-cover" />
              ) : (
                <div className="flex h-16 w-16 shrink-0 items-center justify-center rounded-md bg-stone-100 text-xs text-stone-500">{t("products.noPhoto")}</div>
              )}
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-2">
                  <Link to={sellerPath(`/seller/products/${p.id}`, portal.query)} className="font-medium text-stone-900 hover:text-brand-700 hover:underline">
                    {p.name}
                  </Link>
                  <ProductStatusBadge status={p.status} />
                </div>
                <p className="mt-0.5 text-sm text-stone-600">
                  {p.minPrice !== null ? <Price amount={p.minPrice} from={p.maxPrice !== p.minPrice} /> : null}
                  {" · "}
                  {t("products.variantCount", { count: p.variantCount })}
                  {" · "}
                  {t("products.stockSummary", { onHand: formatNumber(p.onHand), available: formatNumber(p.available) })}
                </p>
                {p.status === "HIDDEN" && p.hiddenReason ? <p className="mt-0.5 text-sm text-red-700">{t("products.hiddenReason", { reason: p.hiddenReason })}</p> : null}
                <p className="text-xs text-stone-500">{t("products.updatedAt", { date: formatDate(p.updatedAt) })}</p>
              </div>
            </li>
          ))}
        </ul>
      )}

      {list.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="flex items-center justify-between text-sm">
          {list.page > 1 ? <Link to={sellerPath("/seller/products", portal.query, { q, status, page: list.page - 1 })}>{t("previousPage")}</Link> : <span />}
          <span>{t("pageOf", { page: list.page, count: list.pageCount })}</span>
          {list.page < list.pageCount ? <Link to={sellerPath("/seller/products", portal.query, { q, status, page: list.page + 1 })}>{t("nextPage")}</Link> : <span />}
        </nav>
      ) : null}
    </SellerShell>
  );
}

export function ErrorBoundary() {
  return <SellerErrorBoundary />;
}

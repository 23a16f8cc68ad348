import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Notice, inputClass } from "~/components/seller/FormField";
import { AdjustStockForm, ThresholdForm } from "~/components/seller/InventoryForms";
import { SellerErrorBoundary } from "~/components/seller/SellerErrorBoundary";
import { SellerShell } from "~/components/seller/SellerShell";
import { sellerPath } from "~/components/seller/links";
import { formatNumber } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { listInventory, runInventoryIntent } from "~/modules/products/index.server";
import { portalHeaders, portalView, requirePortal, requirePortalWrite } from "~/modules/sellers/index.server";
import { readFormData } from "~/lib/form-data.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Kho hàng · Kênh người bán" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  const url = new URL(request.url);
  const low = url.searchParams.get("low") === "1";
  const q = (url.searchParams.get("q") ?? "").slice(0, 100);
  const page = Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1;
  const inventory = await listInventory(portal.seller.id, { low, q, page });
  const t = getFixedT(getLocale(request), "seller");
  return data(
    {
      title: `${t("inventory.title")} · ${t("portal")}`,
      portal: portalView(portal),
      inventory,
      low,
      q,
      done: url.searchParams.get("done"),
      variant: url.searchParams.get("variant"),
    },
    { headers: portalHeaders(portal) },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const portal = await requirePortalWrite(request);
  const outcome = await runInventoryIntent(portal.seller.id, portal.user.id, await readFormData(request));
  if (!outcome.ok) {
    if (outcome.notFound) throw new Response("Not Found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
    return data(outcome, { status: 400 });
  }
  // Back to the same list (filters kept), saying what was saved.
  const url = new URL(request.url);
  url.searchParams.delete("index");
  url.searchParams.set("done", outcome.intent);
  url.searchParams.set("variant", outcome.variantId);
  return redirect(`${url.pathname}?${url.searchParams}`);
}

export default function InventoryPage() {
  const { portal, inventory, low, q, done, variant } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useT("seller");
  const failed = actionData && !actionData.ok && !actionData.notFound ? actionData : null;
  // `index` targets this index route's action (Remix's convention for index routes).
  const listPath = sellerPath("/seller/inventory", portal.query, { low: low ? 1 : undefined, q });
  const here = `${listPath}${listPath.includes("?") ? "&" : "?"}index`;
  const doneRow = done ? inventory.rows.find((r) => r.variantId === variant) : undefined;

  return (
    <SellerShell portal={portal}>
      <h1 className="text-2xl font-semibold text-stone-900">{t("inventory.title")}</h1>
      <p className="text-sm text-stone-600">{t("inventory.intro")}</p>
      {doneRow ? (
        <Notice>
          {done === "threshold"
            ? t("inventory.thresholdSaved", { name: `${doneRow.productName} · ${doneRow.label}` })
            : t("inventory.adjusted", { name: `${doneRow.productName} · ${doneRow.label}`, onHand: formatNumber(doneRow.onHand) })}
        </Notice>
      ) : null}

      <div className="flex flex-wrap items-end gap-3">
        <nav aria-label={t("inventory.filters")} className="flex gap-1">
          <Link
            to={sellerPath("/seller/inventory", portal.query, { q })}
            aria-current={!low ? "page" : undefined}
            className={`rounded-md px-3 py-2 text-sm font-medium ${!low ? "bg-stone-800 text-white" : "border border-stone-300 hover:bg-stone-50"}`}
          >
            {t("inventory.all")}
          </Link>
          <Link
            to={sellerPath("/seller/inventory", portal.query, { low: 1, q })}
            aria-current={low ? "page" : undefined}
            className={`rounded-md px-3 py-2 text-sm font-medium ${low ? "bg-stone-800 text-white" : "border border-stone-300 hover:bg-stone-50"}`}
          >
            {t("inventory.lowFilter", { count: inventory.lowCount })}
          </Link>
        </nav>
        <Form method="get" role="search" className="flex flex-1 items-end gap-2">
          {portal.query ? <input type="hidden" name="seller" value={portal.seller.slug} /> : null}
          {low ? <input type="hidden" name="low" value="1" /> : null}
          <label className="min-w-[10rem] flex-1 text-sm font-medium text-stone-800">
            {t("inventory.search")}
            <input name="q" type="search" defaultValue={q} placeholder={t("inventory.searchPlaceholder")} className={inputClass} />
          </label>
          <button type="submit" className="rounded-md border border-stone-300 px-4 py-2 text-sm font-medium hover:bg-stone-50">
            {t("products.filter")}
          </button>
        </Form>
      </div>

      {inventory.rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 p-6 text-center text-stone-600">{low ? t("inventory.noneLow") : t("inventory.none")}</p>
      ) : (
        <ul className="space-y-3">
          {inventory.rows.map((row) => {
            const rowFailed = failed && failed.variantId === row.variantId ? failed : null;
            return (
              <li key={row.variantId} aria-label={`${row.productName} · ${row.label}`} className={`rounded-xl border bg-white p-4 ${row.low ? "border-amber-300" : "border-stone-200"}`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <p className="font-medium text-stone-900">
                      {row.productName} · {row.label}
                    </p>
                    <p className="text-xs text-stone-500">
                      {t("inventory.sku", { sku: row.sku })}
                      {row.productStatus !== "ACTIVE" ? ` · ${t(`productStatus.${row.productStatus}`)}` : ""}
                    </p>
                  </div>
                  {row.low ? <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">{t("inventory.lowBadge")}</span> : null}
                </div>
                <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
                  <Figure label={t("inventory.onHand")} value={row.onHand} />
                  <Figure label={t("inventory.reserved")} value={row.reserved} />
                  <Figure label={t("inventory.available")} value={row.available} />
                  <Figure label={t("inventory.threshold")} value={row.threshold} />
                </dl>
                <details className="mt-3" open={Boolean(rowFailed && rowFailed.intent === "adjust")}>
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("inventory.adjustTitle")}</summary>
                  <div className="mt-2">
                    <AdjustStockForm variantId={row.variantId} action={here} reply={rowFailed?.intent === "adjust" ? rowFailed.result : undefined} disabled={!portal.canWrite} idPrefix={`adj-${row.variantId}`} />
                  </div>
                </details>
                <details className="mt-2" open={Boolean(rowFailed && rowFailed.intent === "threshold")}>
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("inventory.thresholdTitle")}</summary>
                  <div className="mt-2">
                    <ThresholdForm variantId={row.variantId} action={here} threshold={row.threshold} reply={rowFailed?.intent === "threshold" ? rowFailed.result : undefined} disabled={!portal.canWrite} idPrefix={`thr-${row.variantId}`} />
                  </div>
                </details>
                <Link to={sellerPath(`/seller/inventory/${row.variantId}`, portal.query)} className="mt-2 inline-block text-sm font-medium text-brand-700 underline">
                  {t("inventory.history")}
                </Link>
              </li>
            );
          })}
        </ul>
      )}

      {inventory.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="flex items-center justify-between text-sm">
          {inventory.page > 1 ? <Link to={sellerPath("/seller/inventory", portal.query, { low: low ? 1 : undefined, q, page: inventory.page - 1 })}>{t("previousPage")}</Link> : <span />}
          <span>{t("pageOf", { page: inventory.page, count: inventory.pageCount })}</span>
          {inventory.page < inventory.pageCount ? <Link to={sellerPath("/seller/inventory", portal.query, { low: low ? 1 : undefined, q, page: inventory.page + 1 })}>{t("nextPage")}</Link> : <span />}
        </nav>
      ) : null}
    </SellerShell>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt className="text-stone-500">{label}</dt>
      <dd className="text-lg font-semibold text-stone-900">{formatNumber(value)}</dd>
    </div>
  );
}

export function ErrorBoundary() {
  return <SellerErrorBoundary />;
}

import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Notice } from "~/components/seller/FormField";
import { AdjustStockForm, ThresholdForm } from "~/components/seller/InventoryForms";
import { SellerErrorBoundary } from "~/components/seller/SellerErrorBoundary";
import { SellerShell } from "~/components/seller/SellerShell";
import { sellerPath } from "~/components/seller/links";
import { formatDateTime, formatNumber } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { getInventoryVariant, listMovements, runInventoryIntent } from "~/modules/products/index.server";
import { portalHeaders, portalView, requirePortal, requirePortalWrite } from "~/modules/sellers/index.server";
import { readFormData } from "~/lib/form-data.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Lịch sử tồn kho · Kênh người bán" }, { name: "robots", content: "noindex" }];

function notFound(): Response {
  return new Response("Not Found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  const variant = await getInventoryVariant(portal.seller.id, params.variantId ?? "");
  if (!variant) throw notFound();
  const url = new URL(request.url);
  const page = Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1;
  const movements = await listMovements(portal.seller.id, variant.variantId, page);
  const t = getFixedT(getLocale(request), "seller");
  return data(
    { title: `${variant.productName} · ${variant.label} · ${t("inventory.historyTitle")}`, portal: portalView(portal), variant, movements, done: url.searchParams.get("done") },
    { headers: portalHeaders(portal) },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const portal = await requirePortalWrite(request);
  const formData = await readFormData(request);
  // The variant is the one in the URL; a different id in the form is not trusted.
  if (formData.get("variantId") !== params.variantId) throw notFound();
  const outcome = await runInventoryIntent(portal.seller.id, portal.user.id, formData);
  if (!outcome.ok) {
    if (outcome.notFound) throw notFound();
    return data(outcome, { status: 400 });
  }
  return redirect(sellerPath(`/seller/inventory/${outcome.variantId}`, portal.query, { done: outcome.intent }));
}

export default function VariantHistoryPage() {
  const { portal, variant, movements, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useT("seller");
  const failed = actionData && !actionData.ok && !actionData.notFound ? actionData : null;
  const here = sellerPath(`/seller/inventory/${variant.variantId}`, portal.query);

  return (
    <SellerShell portal={portal}>
      <div>
        <Link to={sellerPath("/seller/inventory", portal.query)} className="text-sm text-brand-700 underline">
          {t("inventory.back")}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold text-stone-900">
          {variant.productName} · {variant.label}
        </h1>
        <p className="text-sm text-stone-500">
          {t("inventory.sku", { sku: variant.sku })} ·{" "}
          <Link to={sellerPath(`/seller/products/${variant.productId}`, portal.query)} className="text-brand-700 underline">
            {t("inventory.editProduct")}
          </Link>
        </p>
      </div>
      {done === "adjust" ? <Notice>{t("inventory.adjustedHere", { onHand: formatNumber(variant.onHand) })}</Notice> : null}
      {done === "threshold" ? <Notice>{t("inventory.thresholdSavedHere")}</Notice> : null}

      <dl className="grid grid-cols-2 gap-3 rounded-xl border border-stone-200 bg-white p-4 text-sm sm:grid-cols-4">
        <Figure label={t("inventory.onHand")} value={variant.onHand} />
        <Figure label={t("inventory.reserved")} value={variant.reserved} />
        <Figure label={t("inventory.available")} value={variant.available} />
        <Figure label={t("inventory.threshold")} value={variant.threshold} />
      </dl>

      <section aria-labelledby="adjust-heading" className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="adjust-heading" className="text-lg font-semibold">
          {t("inventory.adjustTitle")}
        </h2>
        <AdjustStockForm variantId={variant.variantId} action={here} reply={failed?.intent === "adjust" ? failed.result : undefined} disabled={!portal.canWrite} idPrefix="adjust" />
        <ThresholdForm variantId={variant.variantId} action={here} threshold={variant.threshold} reply={failed?.intent === "threshold" ? failed.result : undefined} disabled={!portal.canWrite} idPrefix="threshold" />
      </section>

      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-lg font-semibold">
          {t("inventory.historyTitle")}
        </h2>
        {movements.rows.length === 0 ? (
          <p className="text-sm text-stone-600">{t("inventory.noMovements")}</p>
        ) : (
          <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
            <table className="w-full min-w-[40rem] text-left text-sm">
              <thead className="bg-stone-50 text-stone-600">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">{t("inventory.when")}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{t("inventory.reason")}</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">{t("inventory.onHandChange")}</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">{t("inventory.reservedChange")}</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">{t("inventory.onHandAfter")}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{t("inventory.by")}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{t("inventory.note")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {movements.rows.map((m) => (
                  <tr key={m.id}>
                    <td className="whitespace-nowrap px-3 py-2">{formatDateTime(m.createdAt)}</td>
                    <td className="px-3 py-2">{t(`movementReason.${m.reason}`)}</td>
                    <td className={`px-3 py-2 text-right tabular-nums ${m.onHandDelta > 0 ? "text-brand-700" : m.onHandDelta < 0 ? "text-red-700" : ""}`}>{signed(m.onHandDelta)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{signed(m.reservedDelta)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatNumber(m.onHandAfter)}</td>
                    <td className="px-3 py-2">{m.actorName ?? (m.orderCode ? t("inventory.order", { code: m.orderCode }) : t("inventory.system"))}</td>
                    <td className="px-3 py-2">{m.note ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {movements.pageCount > 1 ? (
          <nav aria-label={t("pagination")} className="flex items-center justify-between text-sm">
            {movements.page > 1 ? <Link to={sellerPath(`/seller/inventory/${variant.variantId}`, portal.query, { page: movements.page - 1 })}>{t("previousPage")}</Link> : <span />}
            <span>{t("pageOf", { page: movements.page, count: movements.pageCount })}</span>
            {movements.page < movements.pageCount ? <Link to={sellerPath(`/seller/inventory/${variant.variantId}`, portal.query, { page: movements.page + 1 })}>{t("nextPage")}</Link> : <span />}
          </nav>
        ) : null}
      </section>
    </SellerShell>
  );
}

function signed(n: number): string {
  return n === 0 ? "0" : n > 0 ? `+${formatNumber(n)}` : `−${formatNumber(-n)}`;
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt className="text-stone-500">{label}</dt>
      <dd className="text-xl font-semibold text-stone-900">{formatNumber(value)}</dd>
    </div>
  );
}

export function ErrorBoundary() {
  return <SellerErrorBoundary />;
}

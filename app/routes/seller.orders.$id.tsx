import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Price } from "~/components/catalog/Price";
import { FulfilmentForms } from "~/components/seller-orders/FulfilmentForms";
import { SellerOrderStatus } from "~/components/seller-orders/SellerOrderStatus";
import { Notice } from "~/components/seller/FormField";
import { SellerErrorBoundary } from "~/components/seller/SellerErrorBoundary";
import { SellerShell } from "~/components/seller/SellerShell";
import { sellerPath } from "~/components/seller/links";
import { formatDateTime, formatNumber } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { CARRIERS, getSellerOrderForSeller, runFulfilmentIntent } from "~/modules/orders/index.server";
import { portalHeaders, portalView, requirePortal, requirePortalWrite } from "~/modules/sellers/index.server";
import { readFormData } from "~/lib/form-data.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Đơn hàng · Kênh người bán" }, { name: "robots", content: "noindex" }];

const DONE = ["confirm", "ship", "deliver", "cancel"] as const;

function notFound(): Response {
  return new Response("Not Found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  const order = await getSellerOrderForSeller(portal.seller.id, params.id ?? "");
  if (!order) throw notFound();
  const doneParam = new URL(request.url).searchParams.get("done");
  const done = DONE.find((d) => d === doneParam) ?? null;
  const t = getFixedT(getLocale(request), "fulfilment");
  return data({ title: `${t("orderTitle", { code: order.orderCode })} · ${t("portal")}`, portal: portalView(portal), order, carriers: CARRIERS, done }, { headers: portalHeaders(portal) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const portal = await requirePortalWrite(request);
  const formData = await readFormData(request);
  const sellerOrderId = params.id ?? "";
  const outcome = await runFulfilmentIntent({ sellerId: portal.seller.id, sellerOrderId, actorId: portal.user.id }, formData);
  const noStore = { "Cache-Control": "private, no-store" };
  if (outcome.ok) return redirect(sellerPath(`/seller/orders/${sellerOrderId}`, portal.query, { done: outcome.intent }));
  if (outcome.reason === "not_found") throw notFound();
  // What the seller typed comes back with the errors, so nothing is lost.
  const values: Record<string, string> = {};
  for (const name of ["carrier", "trackingNumber", "reason"]) {
    const v = formData.get(name);
    if (typeof v === "string") values[name] = v.slice(0, 600);
  }
  if (outcome.reason === "invalid") return data({ intent: outcome.intent, fieldErrors: outcome.fieldErrors, values, notAllowed: false }, { status: 400, headers: noStore });
  return data({ intent: outcome.intent, fieldErrors: {}, values, notAllowed: true }, { status: 409, headers: noStore });
}

export default function SellerOrderPage() {
  const { portal, order, carriers, done } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t } = useT("fulfilment");
  const here = sellerPath(`/seller/orders/${order.id}`, portal.query);
  const commission = Math.round((order.subtotal * order.commissionRateBps) / 10_000);
  const rate = `${formatNumber(order.commissionRateBps / 100)}%`;
  const anyAction = order.can.confirm || order.can.ship || order.can.deliver || order.can.cancel;

  return (
    <SellerShell portal={portal}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <Link to={sellerPath("/seller/orders", portal.query)} className="text-sm text-brand-700 underline">
            {t("back")}
          </Link>
          <h1 className="mt-1 flex flex-wrap items-center gap-2 text-2xl font-semibold text-stone-900">
            {t("orderTitle", { code: order.orderCode })} <SellerOrderStatus status={order.status} />
          </h1>
          <p className="text-sm text-stone-600">
            {t("placedAt", { date: formatDateTime(order.createdAt) })} · {t(`paidBy.${order.paymentMethod}`)}
          </p>
        </div>
        <Link to={sellerPath(`/seller/orders/${order.id}/slip`, portal.query)} className="rounded-md border border-stone-300 px-3 py-2 text-sm hover:bg-stone-50">
          {t("printSlip")}
        </Link>
      </div>

      {done ? <Notice>{t(`done.${done}`)}</Notice> : null}
      {reply?.notAllowed ? <Notice tone="warning">{t("notAllowed")}</Notice> : null}

      <div className="grid gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
          <section aria-labelledby="items-heading" className="rounded-xl border border-stone-200 bg-white p-4">
            <h2 id="items-heading" className="text-lg font-semibold">
              {t("items")}
            </h2>
            <ul className="mt-2 divide-y divide-stone-100">
              {order.lines.map((l) => (
                <li key={l.id} className="flex items-start justify-between gap-3 py-2 text-sm">
                  <div>
                    <p className="font-medium text-stone-900">
                      {l.title} · {l.variantLabel}
                    </p>
                    <p className="text-stone-500">{t("sku", { sku: l.sku })}</p>
                  </div>
                  <div className="text-right">
                    <p>
                      {formatNumber(l.quantity)} × <Price amount={l.unitPrice} />
                    </p>
                    <Price amount={l.lineTotal} className="font-semibold" />
                  </div>
                </li>
              ))}
            </ul>
            <dl className="mt-3 space-y-1 border-t border-stone-200 pt-3 text-sm">
              <div className="flex justify-between">
                <dt>{t("subtotal")}</dt>
                <dd><Price amount={order.subtotal} /></dd>
              </div>
              <div className="flex justify-between text-stone-600">
                <dt>{t("commission", { rate })}</dt>
                <dd>−<Price amount={order.credit?.commission ?? commission} /></dd>
              </div>
              <div className="flex justify-between font-semibold">
                <dt>{t("net")}</dt>
                <dd><Price amount={order.credit?.amount ?? order.subtotal - commission} /></dd>
              </div>
              <div className="flex justify-between text-stone-500">
                <dt>{t("shippingFee")}</dt>
                <dd><Price amount={order.shippingFee} /></dd>
              </div>
            </dl>
            {order.credit ? (
              <p className="mt-2 text-sm text-brand-800">
                {t("credited")}
                <Price amount={order.credit.amount} className="font-semibold" />
              </p>
            ) : null}
          </section>

          <section aria-labelledby="timeline-heading" className="rounded-xl border border-stone-200 bg-white p-4">
            <h2 id="timeline-heading" className="text-lg font-semibold">
              {t("timeline")}
            </h2>
            <ol className="mt-2 space-y-2 text-sm">
              {order.events.map((e) => (
                <li key={e.id} data-status={e.status}>
                  <span className="text-stone-500">{formatDateTime(e.createdAt)}</span> · <span className="font-medium">{t(`event.${e.status}`, { defaultValue: e.status })}</span>
                  {e.actorName ? <span className="text-stone-500"> {t("by", { name: e.actorName })}</span> : null}
                  {e.note ? <span className="block text-stone-600">{e.note}</span> : null}
                </li>
              ))}
            </ol>
          </section>
        </div>

        <div className="space-y-5">
          <section aria-labelledby="recipient-heading" className="rounded-xl border border-stone-200 bg-white p-4 text-sm">
            <h2 id="recipient-heading" className="text-lg font-semibold">
              {t("recipient")}
            </h2>
            <p className="mt-1 font-medium">{order.recipient.fullName}</p>
            <p>{order.recipient.phone}</p>
            <p>
              {order.recipient.addressLine}, {order.recipient.wardName}, {order.recipient.provinceName}
            </p>
            {order.carrier && order.trackingNumber ? <p className="mt-2">{t("shipment", { carrier: order.carrier, tracking: order.trackingNumber })}</p> : null}
            {order.cancelReason ? <p className="mt-2 text-red-800">{t("cancelReason", { reason: order.cancelReason })}</p> : null}
          </section>

          {anyAction ? (
            <section aria-labelledby="actions-heading" className="rounded-xl border border-stone-200 bg-white p-4">
              <h2 id="actions-heading" className="mb-3 text-lg font-semibold">
                {t("actions")}
              </h2>
              {portal.canWrite ? null : <p className="mb-3 text-sm text-amber-900">{t("readOnly")}</p>}
              <FulfilmentForms action={here} can={order.can} carriers={carriers} reply={reply} disabled={!portal.canWrite} />
            </section>
          ) : null}
        </div>
      </div>
    </SellerShell>
  );
}

export function ErrorBoundary() {
  return <SellerErrorBoundary />;
}

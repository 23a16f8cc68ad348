// /account/orders/:id — one order: each seller's part with its status (and
// tracking once shipped), the lines as bought, the delivery address, totals,
// the timeline, refunds, and "cancel" while no seller has confirmed.
// /account/orders/:id/pay is a child route (file naming): when it matches,
// this route renders only the child.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useOutlet, useSearchParams, type ShouldRevalidateFunction } from "@remix-run/react";
import { z } from "zod";
import { Price } from "~/components/catalog/Price";
import { CancelOrder } from "~/components/orders/CancelOrder";
import { StatusBadge } from "~/components/orders/StatusBadge";
import { Timeline } from "~/components/orders/Timeline";
import { readFormData } from "~/lib/form-data.server";
import { formatDateTime } from "~/lib/format";
import { CACHE_NONE } from "~/lib/http";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { withElements } from "~/lib/i18n/with-elements";
import { notFound, requireUser } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { cancelOrderByBuyer, getOrderForBuyer } from "~/modules/orders/index.server";
import { reviewStatesForLines } from "~/modules/reviews/index.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Đơn hàng · Chợ OCOP" }, { name: "robots", content: "noindex" }];

const ID = z.string().min(1).max(64);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = ID.safeParse(params.id);
  const order = id.success ? await getOrderForBuyer(id.data, user.id) : null;
  if (!order) throw notFound();
  const t = getFixedT(getLocale(request), "orders");
  // Delivered lines can be reviewed: which ones already are (link to edit instead of write).
  const deliveredLines = order.sellerOrders.filter((p) => p.status === "delivered").flatMap((p) => p.lines.map((l) => l.id));
  const reviews = await reviewStatesForLines(user.id, deliveredLines);
  return data({ title: t("detail.metaTitle", { code: order.code }), order, reviews }, { headers: { "Cache-Control": CACHE_NONE } });
}

// The payment page polls its own small loader; this one only reloads on a submission or another order.
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }) => {
  if (!formMethod && currentUrl.pathname === nextUrl.pathname && nextUrl.pathname.endsWith("/pay")) return false;
  return defaultShouldRevalidate;
};

const intentSchema = z.object({ intent: z.literal("cancel") });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = intentSchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) throw new Response("Bad Request", { status: 400, headers: { "Cache-Control": CACHE_NONE } });
  const result = await cancelOrderByBuyer(params.id ?? "", user.id);
  if (!result.ok && result.reason === "not_found") throw notFound();
  if (!result.ok) return data({ cancel: { ok: false as const } }, { status: 409, headers: { "Cache-Control": CACHE_NONE } });
  return data({ cancel: { ok: true as const, refund: result.refund } }, { headers: { "Cache-Control": CACHE_NONE } });
}

/** "Viết đánh giá" on a delivered line, "Sửa đánh giá" while the review may still be edited, "Xem đánh giá" after. */
function ReviewLink({ lineId, title, state }: { lineId: string; title: string; state?: { canEdit: boolean; hidden: boolean } }) {
  const { t } = useT("reviews");
  const label = !state ? t("order.write") : state.canEdit ? t("order.edit") : t("order.view");
  return (
    <Link
      to={`/account/reviews/${lineId}`}
      aria-label={`${label}: ${title}`}
      className={`text-sm font-medium ${state ? "text-brand-700 underline" : "rounded-md bg-brand-600 px-3 py-1 text-white hover:bg-brand-700"}`}
    >
      {label}
      {state?.hidden ? <span className="ml-1 text-xs text-amber-700">({t("order.hidden")})</span> : null}
    </Link>
  );
}

export default function OrderRoute() {
  const outlet = useOutlet();
  return outlet ?? <OrderDetail />;
}

function OrderDetail() {
  const { order, reviews } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useT("orders");
  const cancel = actionData?.cancel;

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <Link to="/account/orders" className="text-sm text-brand-700 underline">
          {t("detail.back")}
        </Link>
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-semibold text-stone-900">{t("detail.title", { code: order.code })}</h1>
          <p className="flex items-center gap-2 text-sm">
            <span className="sr-only">{t("detail.orderStatus")}:</span>
            <StatusBadge status={order.status} className="text-sm" />
          </p>
        </div>
        <p className="text-sm text-stone-600">{t("detail.placedAt", { date: formatDateTime(order.createdAt) })}</p>
      </div>

      {cancel ? (
        <div role="status" className={`rounded-md p-3 text-sm ${cancel.ok ? "bg-brand-50 text-brand-900" : "bg-amber-50 text-amber-900"}`}>
          {cancel.ok ? (
            <>
              <p className="font-medium">{t("cancel.done")}</p>
              {cancel.refund.kind === "card" ? (
                <p>
                  {withElements(t(cancel.refund.error ? "cancel.refundCardFailed" : "cancel.refundCard"), { amount: <Price amount={cancel.refund.amount} /> })}
                </p>
              ) : null}
              {cancel.refund.kind === "bank_transfer_due" ? (
                <p>
                  {withElements(t("cancel.refundDue"), { amount: <Price amount={cancel.refund.amount} /> })}
                </p>
              ) : null}
            </>
          ) : (
            <p>{t("cancel.notAllowed")}</p>
          )}
        </div>
      ) : null}

      {order.awaitingPayment ? (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
          <p>{searchParams.get("payment") === "card" ? t("detail.cardPaid") : t("detail.awaiting", { date: formatDateTime(order.expiresAt) })}</p>
          <Link to={`/account/orders/${order.id}/pay`} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("detail.pay")}
          </Link>
        </div>
      ) : null}

      <div className="space-y-4">
        {order.sellerOrders.map((part) => (
          <section key={part.id} aria-labelledby={`part-${part.id}`} data-seller-order={part.id} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-center justify-between gap-2 border-b border-stone-100 pb-2">
              <h2 id={`part-${part.id}`} className="font-semibold text-stone-900">
                {t("detail.seller", { name: part.seller.name })}
              </h2>
              <StatusBadge status={part.status} />
            </div>
            {part.trackingNumber && (part.status === "shipped" || part.status === "delivered") ? (
              <dl className="mt-2 grid gap-x-4 text-sm sm:grid-cols-[max-content_1fr]">
                {part.carrier ? (
                  <>
                    <dt className="text-stone-500">{t("detail.carrier")}</dt>
                    <dd>{part.carrier}</dd>
                  </>
                ) : null}
                <dt className="text-stone-500">{t("detail.tracking")}</dt>
                <dd className="font-mono font-medium">{part.trackingNumber}</dd>
              </dl>
            ) : null}
            {part.deliveredAt ? <p className="mt-1 text-xs text-stone-500">{t("detail.deliveredAt", { date: formatDateTime(part.deliveredAt) })}</p> : null}
            {!part.deliveredAt && part.shippedAt ? <p className="mt-1 text-xs text-stone-500">{t("detail.shippedAt", { date: formatDateTime(part.shippedAt) })}</p> : null}
            <ul className="mt-2 divide-y divide-stone-100">
              {part.lines.map((line) => (
                <li key={line.id} className="flex flex-wrap justify-between gap-2 py-2 text-sm">
                  <div>
                    <Link to={`/products/${line.productSlug}`} className="font-medium text-stone-900 hover:text-brand-700">
                      {line.title}
                    </Link>
                    <p className="text-stone-600">
                      {t("detail.variant", { label: line.variantLabel })} · {t("detail.quantity", { count: line.quantity })} × <Price amount={line.unitPrice} />
                    </p>
                  </div>
                  <div className="flex flex-col items-end gap-1">
                    <Price amount={line.lineTotal} className="font-medium" />
                    {part.status === "delivered" ? <ReviewLink lineId={line.id} title={line.title} state={reviews[line.id]} /> : null}
                  </div>
                </li>
              ))}
            </ul>
            <dl className="mt-2 space-y-0.5 border-t border-stone-100 pt-2 text-sm">
              <div className="flex justify-between gap-4">
                <dt className="text-stone-600">{t("detail.partSubtotal")}</dt>
                <dd>
                  <Price amount={part.subtotal} />
                </dd>
              </div>
              <div className="flex justify-between gap-4">
                <dt className="text-stone-600">{t("detail.partShipping")}</dt>
                <dd>{part.shippingFee === 0 ? t("detail.free") : <Price amount={part.shippingFee} />}</dd>
              </div>
            </dl>
          </section>
        ))}
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="totals-heading" className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
          <h2 id="totals-heading" className="sr-only">
            {t("detail.total")}
          </h2>
          <dl className="space-y-1 text-sm">
            <div className="flex justify-between gap-4">
              <dt className="text-stone-600">{t("detail.subtotal")}</dt>
              <dd>
                <Price amount={order.subtotal} />
              </dd>
            </div>
            <div className="flex justify-between gap-4">
              <dt className="text-stone-600">{t("detail.shippingTotal")}</dt>
              <dd>
                <Price amount={order.shippingTotal} />
              </dd>
            </div>
            <div className="flex justify-between gap-4 text-base font-semibold">
              <dt>{t("detail.total")}</dt>
              <dd className="text-brand-700">
                <Price amount={order.total} />
              </dd>
            </div>
          </dl>
          <h3 className="mt-4 text-sm font-semibold text-stone-900">{t("detail.payment")}</h3>
          <p className="text-sm text-stone-700">{t(`detail.method.${order.paymentMethod}`)}</p>
          {order.paidAt ? <p className="text-xs text-stone-500">{t("detail.paidAt", { date: formatDateTime(order.paidAt) })}</p> : null}
          {order.refunds.length > 0 ? (
            <>
              <h3 className="mt-4 text-sm font-semibold text-stone-900">{t("detail.refunds")}</h3>
              <ul className="text-sm text-stone-700">
                {order.refunds.map((r) => (
                  <li key={r.id} data-refund-status={r.status}>
                    {withElements(t(`detail.refund.${r.status}`), { amount: <Price amount={r.amount} /> })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
        <section aria-labelledby="address-heading" className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
          <h2 id="address-heading" className="text-sm font-semibold text-stone-900">
            {t("detail.deliverTo")}
          </h2>
          <address className="mt-1 text-sm not-italic text-stone-700">
            <span className="font-medium text-stone-900">{order.address.fullName}</span> · {order.address.phone}
            <br />
            {order.address.addressLine}, {order.address.wardName}, {order.address.provinceName}
          </address>
        </section>
      </div>

      <section aria-labelledby="timeline-heading" className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="timeline-heading" className="mb-3 font-semibold text-stone-900">
          {t("detail.timeline")}
        </h2>
        <Timeline events={order.events} />
      </section>

      {order.canCancel ? <CancelOrder code={order.code} status={order.status} paymentMethod={order.paymentMethod} /> : null}
    </div>
  );
}

// /account/orders/:id/pay — the VietQR payment page: the QR for the exact
// amount (its EMVCo payload also in `data-payload`), the same details as text
// for people who type them, and the time left. The page keeps looking for the
// money: every 10 s (JavaScript polling, or a meta refresh without it), and
// shows "Đã thanh toán" once the payment arrived. A card order gets a button
// to (re)open Stripe Checkout instead.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRevalidator } from "@remix-run/react";
import { useCallback, useEffect } from "react";
import { z } from "zod";
import { Price } from "~/components/catalog/Price";
import { CopyButton } from "~/components/orders/CopyButton";
import { Countdown } from "~/components/orders/Countdown";
import { StatusBadge } from "~/components/orders/StatusBadge";
import { formatDateTime, formatVnd } from "~/lib/format";
import { CACHE_NONE } from "~/lib/http";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { notFound, requireUser } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { siteOrigin } from "~/modules/catalog/index.server";
import { getOrderPaymentForBuyer } from "~/modules/orders/index.server";
import { createCardCheckout, isCardPaymentEnabled, vietQrForOrder } from "~/modules/payments/index.server";
import { readFormData } from "~/lib/form-data.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Thanh toán · Chợ OCOP" }, { name: "robots", content: "noindex" }];

const POLL_SECONDS = 10;
const ID = z.string().min(1).max(64);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = ID.safeParse(params.id);
  const now = new Date();
  const order = id.success ? await getOrderPaymentForBuyer(id.data, user.id, now) : null;
  if (!order) throw notFound();
  const t = getFixedT(getLocale(request), "orders");
  // Underpaid: the rest comes by bank transfer (the first part did), for the missing amount only.
  const underpaid = order.status === "underpaid";
  const qr = order.awaitingPayment && (order.paymentMethod === "vietqr" || underpaid) ? await vietQrForOrder({ code: order.code, total: underpaid ? order.amountDue : order.total }) : null;
  return data(
    {
      title: t("pay.metaTitle", { code: order.code }),
      order,
      qr,
      remainingSeconds: Math.max(0, Math.floor((order.expiresAt.getTime() - now.getTime()) / 1000)),
      cardEnabled: isCardPaymentEnabled(),
    },
    { headers: { "Cache-Control": CACHE_NONE } },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readFormData(request);
  if (form.get("intent") !== "card") throw new Response("Bad Request", { status: 400 });
  const order = await getOrderPaymentForBuyer(params.id ?? "", user.id);
  if (!order) throw notFound();
  // A card pays the whole total: not for an order that part of the money already reached by transfer.
  if (!order.awaitingPayment || order.status === "underpaid" || !isCardPaymentEnabled()) throw redirect(`/account/orders/${order.id}/pay`);
  const origin = siteOrigin(request);
  try {
    const url = await createCardCheckout(order.id, { successUrl: `${origin}/account/orders/${order.id}?payment=card`, cancelUrl: `${origin}/account/orders/${order.id}/pay` });
    throw redirect(url, { headers: { "Cache-Control": CACHE_NONE } });
  } catch (error) {
    if (error instanceof Response) throw error;
    console.error(`[orders] card checkout for order ${order.code} failed:`, error);
    return data({ cardFailed: true }, { status: 502, headers: { "Cache-Control": CACHE_NONE } });
  }
}

export default function PayPage() {
  const { order, qr, remainingSeconds, cardEnabled } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useT("orders");
  const revalidator = useRevalidator();
  const waiting = order.awaitingPayment;

  // With JavaScript: ask again every 10 s while the money has not arrived.
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => {
      if (revalidator.state === "idle" && document.visibilityState === "visible") revalidator.revalidate();
    }, POLL_SECONDS * 1000);
    return () => clearInterval(timer);
  }, [waiting, revalidator]);
  const onExpire = useCallback(() => revalidator.revalidate(), [revalidator]);

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      {/* Without JavaScript the page reloads itself while waiting (noscript content is parsed only then). */}
      {waiting ? (
        <noscript>
          <meta httpEquiv="refresh" content={String(POLL_SECONDS)} />
        </noscript>
      ) : null}
      <Link to={`/account/orders/${order.id}`} className="text-sm text-brand-700 underline">
        {t("pay.viewOrder")}
      </Link>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold text-stone-900">{t("pay.title", { code: order.code })}</h1>
        <StatusBadge status={order.status} className="text-sm" />
      </div>

      <div aria-live="polite">
        {order.status === "paid" || order.status === "confirmed" || order.status === "shipped" || order.status === "delivered" ? (
          <div role="status" className="rounded-xl border border-brand-200 bg-brand-50 p-5">
            <p className="text-xl font-semibold text-brand-800">{t("pay.paid")}</p>
            <p className="mt-1 text-stone-700">{t("pay.paidText", { code: order.code })}</p>
            {order.paidAt ? <p className="mt-1 text-sm text-stone-600">{formatDateTime(order.paidAt)}</p> : null}
            <Link to={`/account/orders/${order.id}`} className="mt-3 inline-block rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
              {t("pay.viewOrder")}
            </Link>
          </div>
        ) : order.status === "expired" || (order.status === "pending_payment" && !waiting) ? (
          <div role="status" className="rounded-xl border border-stone-300 bg-stone-50 p-5">
            <p className="text-lg font-semibold text-stone-900">{t("pay.expired")}</p>
            <p className="mt-1 text-stone-700">{t("pay.expiredText")}</p>
          </div>
        ) : order.status === "underpaid" ? (
          <div role="status" className="rounded-xl border border-amber-300 bg-amber-50 p-5">
            <p className="text-lg font-semibold text-amber-900">{t("pay.underpaid")}</p>
            <p className="mt-1 text-amber-900">
              {waiting
                ? t("pay.underpaidText", { code: order.code, received: formatVnd(order.received), due: formatVnd(order.amountDue) })
                : t("pay.underpaidLate", { code: order.code, received: formatVnd(order.received) })}
            </p>
          </div>
        ) : !waiting ? (
          <p role="status" className="rounded-xl border border-stone-300 bg-stone-50 p-5 text-stone-700">
            {t("pay.closed")}
          </p>
        ) : null}
      </div>

      {waiting ? (
        <p className="text-sm text-stone-700">
          <Countdown remainingSeconds={remainingSeconds} expiresAt={new Date(order.expiresAt).toISOString()} onExpire={onExpire} />
          <span className="text-stone-500"> · {t("pay.deadline", { date: formatDateTime(order.expiresAt) })}</span>
        </p>
      ) : null}

      {waiting && qr ? (
        <section aria-labelledby="vietqr-heading" className="grid gap-6 rounded-xl border border-stone-200 bg-white p-5 shadow-sm md:grid-cols-[auto_1fr]">
          <h2 id="vietqr-heading" className="sr-only">
            VietQR
          </h2>
          <div className="flex flex-col items-center">
            <div
              role="img"
              aria-label={t("pay.qrLabel", { code: order.code })}
              data-payload={qr.payload}
              className="h-64 w-64 [&>svg]:h-full [&>svg]:w-full"
              // Generated by `qrcode` from our own payload: no user input in it.
              dangerouslySetInnerHTML={{ __html: qr.qrSvg }}
            />
            <p className="mt-2 text-center text-xs text-stone-500">VietQR · NAPAS 247</p>
          </div>
          <div>
            <p className="text-sm text-stone-700">{t("pay.intro")}</p>
            <p className="mt-3 text-sm text-stone-600">{t("pay.manual")}</p>
            <dl className="mt-2 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="text-stone-500">{t("pay.amount")}</dt>
              <dd className="text-lg font-semibold text-brand-700">
                <Price amount={qr.amount} />
                <CopyButton value={String(qr.amount)} what={t("pay.amount")} />
              </dd>
              <dt className="text-stone-500">{t("pay.bank")}</dt>
              <dd className="font-medium">{qr.bankName}</dd>
              <dt className="text-stone-500">{t("pay.accountNo")}</dt>
              <dd className="font-mono font-medium">
                {qr.accountNo}
                <CopyButton value={qr.accountNo} what={t("pay.accountNo")} />
              </dd>
              <dt className="text-stone-500">{t("pay.accountName")}</dt>
              <dd className="font-medium">{qr.accountName}</dd>
              <dt className="text-stone-500">{t("pay.content")}</dt>
              <dd>
                <span className="font-mono text-base font-semibold" data-transfer-content>
                  {qr.content}
                </span>
                <CopyButton value={qr.content} what={t("pay.content")} />
                <p className="text-xs text-stone-500">{t("pay.contentHint", { code: qr.content })}</p>
              </dd>
            </dl>
            <p className="mt-4 flex items-center gap-2 text-sm text-stone-600">
              <span aria-hidden="true" className="inline-block h-2 w-2 animate-pulse rounded-full bg-amber-500" />
              {t("pay.waiting")}
            </p>
          </div>
        </section>
      ) : null}

      {waiting && order.paymentMethod === "card" && order.status !== "underpaid" ? (
        <section className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm">
          <p className="text-stone-700">{t("pay.card")}</p>
          <p className="mt-1 text-lg font-semibold text-brand-700">
            <Price amount={order.total} />
          </p>
          {actionData?.cardFailed ? (
            <p role="alert" className="mt-2 text-sm text-amber-800">
              {t("pay.cardUnavailable")}
            </p>
          ) : null}
          {cardEnabled ? (
            <Form method="post" className="mt-3">
              <button type="submit" name="intent" value="card" className="rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
                {t("pay.payByCard")}
              </button>
            </Form>
          ) : (
            <p className="mt-2 text-sm text-amber-800">{t("pay.cardUnavailable")}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}

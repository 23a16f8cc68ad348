// /admin/payments — bank transfers the feed could not settle (no order code, short,
// over or late), each with suggested orders and a manual confirmation; refunds owed,
// marked issued after a bank transfer back, or sent through Stripe for card money.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { AdminHeading, AdminShell, DoneNotice, ErrorNotice } from "~/components/admin/AdminShell";
import { AdminEmpty } from "~/components/admin/AdminTable";
import { MatchBadge, OrderStatusBadge } from "~/components/admin-payments/MatchBadge";
import { Price } from "~/components/catalog/Price";
import { CACHE_NONE } from "~/lib/http";
import { formatDateTime, formatVnd } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { clientIp, requireAdmin } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { findOrderIdByCode } from "~/modules/orders/index.server";
import { confirmTransferAgainstOrder, issueCardRefund, listRefundsDue, listUnresolvedTransfers, markRefundIssued } from "~/modules/payments/index.server";
import { readFormData } from "~/lib/form-data.server";

const id = z.string().trim().min(1).max(100);
const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("confirm"), transferId: id, orderId: z.string().trim().max(100).optional(), orderCode: z.string().trim().max(40).optional() }),
  z.object({ intent: z.literal("mark-issued"), refundId: id, bankReference: z.string().trim().max(100).optional() }),
  z.object({ intent: z.literal("refund-card"), refundId: id }),
]);

const DONE = ["confirm", "markIssued", "refundCard", "unchanged"] as const;

export type PaymentsActionData = { intent: string; targetId: string; error: string; values?: Record<string, string> };

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Thanh toán · Quản trị" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const [transfers, refunds] = await Promise.all([listUnresolvedTransfers(), listRefundsDue()]);
  const t = getFixedT(getLocale(request), "admin-payments");
  const ta = getFixedT(getLocale(request), "admin");
  return data({ title: `${t("payments.title")} · ${ta("overview.short")}`, transfers, refunds }, { headers: { "Cache-Control": CACHE_NONE } });
}

const STATUS = { order_not_found: 404, transfer_not_found: 404, not_found: 404, already_applied: 409, already_issued: 409, card_refund: 409, not_card: 409, failed: 502 } as const;

function fail(intent: string, targetId: string, error: string, status: number, values?: Record<string, string>) {
  return data<PaymentsActionData>({ intent, targetId, error, values }, { status, headers: { "Cache-Control": CACHE_NONE } });
}

function done(kind: (typeof DONE)[number]) {
  return redirect(`/admin/payments?done=${kind}`, { headers: { "Cache-Control": CACHE_NONE } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const form = Object.fromEntries([...(await readFormData(request))].map(([k, v]) => [k, typeof v === "string" ? v : ""]));
  const parsed = actionSchema.safeParse(form);
  const intent = form.intent ?? "";
  const targetId = form.transferId ?? form.refundId ?? "";
  if (!parsed.success) return fail(intent, targetId, "invalid", 400, form);
  const actor = { id: admin.id, ipAddress: clientIp(context) };
  const value = parsed.data;

  if (value.intent === "confirm") {
    let orderId = value.orderId || null;
    if (!orderId && value.orderCode) {
      orderId = await findOrderIdByCode(value.orderCode);
      if (!orderId) return fail(intent, targetId, "order_not_found", 404, form);
    }
    if (!orderId) return fail(intent, targetId, "orderRequired", 400, form);
    const result = await confirmTransferAgainstOrder(actor, value.transferId, orderId);
    if (!result.ok) return fail(intent, targetId, result.error, STATUS[result.error], form);
    return done(result.changed ? "confirm" : "unchanged");
  }
  if (value.intent === "mark-issued") {
    if (!value.bankReference) return fail(intent, targetId, "referenceRequired", 400, form);
    const result = await markRefundIssued(actor, value.refundId, value.bankReference);
    if (!result.ok) return fail(intent, targetId, result.error, STATUS[result.error], form);
    return done(result.changed ? "markIssued" : "unchanged");
  }
  const result = await issueCardRefund(actor, value.refundId);
  if (!result.ok) return fail(intent, targetId, result.error, STATUS[result.error], form);
  return done(result.changed ? "refundCard" : "unchanged");
}

export default function AdminPayments() {
  const { transfers, refunds } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const { t } = useT("admin-payments");
  const doneKey = params.get("done");
  const doneMessage = doneKey && (DONE as readonly string[]).includes(doneKey) ? t(`payments.done.${doneKey}`) : null;
  const errorFor = (targetId: string) => (actionData && actionData.targetId === targetId ? t(`payments.errors.${actionData.error}`) : null);
  const generalError = actionData && !transfers.some((x) => x.id === actionData.targetId) && !refunds.some((r) => r.id === actionData.targetId) ? t(`payments.errors.${actionData.error}`) : null;

  return (
    <AdminShell>
      <AdminHeading title={t("payments.title")} intro={t("payments.intro")} />
      <DoneNotice message={doneMessage} />
      <ErrorNotice message={generalError} />

      <section aria-labelledby="transfers-title" className="space-y-3">
        <h2 id="transfers-title" className="text-lg font-semibold text-stone-900">
          {t("payments.transfers.title")} ({transfers.length})
        </h2>
        {transfers.length === 0 ? (
          <AdminEmpty>{t("payments.transfers.empty")}</AdminEmpty>
        ) : (
          <ul role="list" className="space-y-3">
            {transfers.map((transfer) => {
              const error = errorFor(transfer.id);
              const values = actionData?.targetId === transfer.id ? actionData.values : undefined;
              return (
                <li key={transfer.id} aria-label={`${transfer.notificationId}`} className="rounded-xl border border-stone-200 bg-white p-4">
                  <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                    <dt className="text-stone-500">{t("payments.transfers.amount")}</dt>
                    <dd className="font-semibold tabular-nums">
                      <Price amount={transfer.amount} />
                    </dd>
                    <dt className="text-stone-500">{t("payments.transfers.content")}</dt>
                    <dd className="break-words font-mono text-xs">{transfer.content}</dd>
                    <dt className="text-stone-500">{t("payments.transfers.receivedAt")}</dt>
                    <dd className="tabular-nums">{formatDateTime(transfer.transactionAt)}</dd>
                    <dt className="text-stone-500">{t("payments.transfers.match")}</dt>
                    <dd>
                      <MatchBadge match={transfer.match} />
                    </dd>
                    {transfer.order ? (
                      <>
                        <dt className="text-stone-500">{t("payments.transfers.order")}</dt>
                        <dd>
                          <Link to={`/admin/orders/${transfer.order.id}`} className="font-medium text-brand-700 hover:underline">
                            {transfer.order.code}
                          </Link>{" "}
                          <OrderStatusBadge status={transfer.order.status} />
                        </dd>
                      </>
                    ) : null}
                  </dl>

                  {transfer.match === "UNMATCHED" ? (
                    <div className="mt-3 space-y-2">
                      <h3 className="text-sm font-semibold text-stone-800">{t("payments.transfers.suggestions")}</h3>
                      {transfer.suggestions.length === 0 ? <p className="text-sm text-stone-600">{t("payments.transfers.noSuggestions")}</p> : null}
                      <ul role="list" className="space-y-2">
                        {transfer.suggestions.map((s) => (
                          <li key={s.orderId} className="flex flex-wrap items-center gap-2 text-sm">
                            <Link to={`/admin/orders/${s.orderId}`} className="font-medium text-brand-700 hover:underline">
                              {s.code}
                            </Link>
                            <OrderStatusBadge status={s.status} />
                            <Price amount={s.total} className="tabular-nums" />
                            <span className="text-stone-600">{s.buyerEmail}</span>
                            {s.received > 0 ? <span className="text-stone-600">{t("payments.transfers.received", { amount: formatVnd(s.received) })}</span> : null}
                            {s.sameAmount ? <span className="rounded bg-emerald-50 px-1.5 text-emerald-800">{t("payments.transfers.sameAmount")}</span> : null}
                            {s.codeSimilarity >= 0.5 ? (
                              <span className="rounded bg-sky-50 px-1.5 text-sky-800">{t("payments.transfers.similarCode", { percent: Math.round(s.codeSimilarity * 100) })}</span>
                            ) : null}
                            <Form method="post" className="inline">
                              <input type="hidden" name="intent" value="confirm" />
                              <input type="hidden" name="transferId" value={transfer.id} />
                              <input type="hidden" name="orderId" value={s.orderId} />
                              <button type="submit" disabled={busy} className="rounded-md bg-brand-600 px-3 py-1 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
                                {t("payments.transfers.confirmFor", { code: s.code })}
                              </button>
                            </Form>
                          </li>
                        ))}
                      </ul>
                      <Form method="post" className="flex flex-wrap items-end gap-2">
                        <input type="hidden" name="intent" value="confirm" />
                        <input type="hidden" name="transferId" value={transfer.id} />
                        <div>
                          <label htmlFor={`code-${transfer.id}`} className="block text-sm font-medium text-stone-800">
                            {t("payments.transfers.orderCodeLabel")}
                          </label>
                          <input
                            id={`code-${transfer.id}`}
                            name="orderCode"
                            defaultValue={values?.orderCode ?? ""}
                            aria-invalid={error ? true : undefined}
                            aria-describedby={error ? `error-${transfer.id}` : undefined}
                            className="mt-1 block w-48 rounded-md border border-stone-300 px-3 py-1.5 font-mono uppercase"
                          />
                        </div>
                        <button type="submit" disabled={busy} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60">
                          {t("payments.transfers.confirm")}
                        </button>
                      </Form>
                      {error ? (
                        <p id={`error-${transfer.id}`} role="alert" className="text-sm text-red-700">
                          {error}
                        </p>
                      ) : null}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="refunds-title" className="space-y-3">
        <h2 id="refunds-title" className="text-lg font-semibold text-stone-900">
          {t("payments.refunds.title")} ({refunds.length})
        </h2>
        {refunds.length === 0 ? (
          <AdminEmpty>{t("payments.refunds.empty")}</AdminEmpty>
        ) : (
          <ul role="list" className="space-y-3">
            {refunds.map((refund) => {
              const error = errorFor(refund.id);
              const values = actionData?.targetId === refund.id ? actionData.values : undefined;
              return (
                <li key={refund.id} aria-label={`${refund.order.code}`} className="rounded-xl border border-stone-200 bg-white p-4 text-sm">
                  <div className="flex flex-wrap items-center gap-3">
                    <Link to={`/admin/orders/${refund.order.id}`} className="font-medium text-brand-700 hover:underline">
                      {refund.order.code}
                    </Link>
                    <Price amount={refund.amount} className="font-semibold tabular-nums" />
                    <span className="text-stone-600">{t(`payments.refunds.provider.${refund.provider ?? "none"}`)}</span>
                    <span className="text-stone-600">{t(`payments.refunds.statusValue.${refund.status}`)}</span>
                    <span className="text-stone-600">
                      {refund.order.buyerName} · {refund.order.buyerEmail}
                    </span>
                  </div>
                  <p className="mt-1 text-stone-700">{refund.reason}</p>
                  {refund.provider === "STRIPE" ? (
                    <Form method="post" className="mt-2">
                      <input type="hidden" name="intent" value="refund-card" />
                      <input type="hidden" name="refundId" value={refund.id} />
                      <button type="submit" disabled={busy} className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
                        {t("payments.refunds.refundCard")}
                      </button>
                    </Form>
                  ) : (
                    <Form method="post" className="mt-2 flex flex-wrap items-end gap-2">
                      <input type="hidden" name="intent" value="mark-issued" />
                      <input type="hidden" name="refundId" value={refund.id} />
                      <div>
                        <label htmlFor={`ref-${refund.id}`} className="block font-medium text-stone-800">
                          {t("payments.refunds.bankReferenceLabel")}
                        </label>
                        <input
                          id={`ref-${refund.id}`}
                          name="bankReference"
                          required
                          defaultValue={values?.bankReference ?? ""}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `error-${refund.id}` : undefined}
                          className="mt-1 block w-56 rounded-md border border-stone-300 px-3 py-1.5"
                        />
                      </div>
                      <button type="submit" disabled={busy} className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
                        {t("payments.refunds.markIssued")}
                      </button>
                    </Form>
                  )}
                  {error ? (
                    <p id={`error-${refund.id}`} role="alert" className="mt-1 text-red-700">
                      {error}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </AdminShell>
  );
}

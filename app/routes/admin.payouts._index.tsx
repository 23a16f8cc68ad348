// /admin/payouts — commission and payouts: the platform's default commission,
// each approved or suspended seller's balance with its own rate and a form to
// record a payout (never above the balance), and the tax the platform withholds
// for household-business sellers per month (Decree 117/2025, app/data/household-tax-rates.ts).
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { AdminHeading, AdminShell, DoneNotice, ErrorNotice } from "~/components/admin/AdminShell";
import { AdminEmpty, AdminTable } from "~/components/admin/AdminTable";
import { HOUSEHOLD_TAX_RATES, HOUSEHOLD_TAX_SOURCE, MARKETPLACE_TAX_CATEGORY } from "~/data/household-tax-rates";
import { CACHE_NONE } from "~/lib/http";
import { formatVnd } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { clientIp, requireAdmin } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { checkoutConfig } from "~/modules/checkout/config.server";
import { householdTaxByMonth, listSellerBalances, recordPayout, setDefaultCommission, setSellerCommission } from "~/modules/payouts/index.server";
import { getDefaultCommissionBps } from "~/modules/settings/index.server";
import { readFormData } from "~/lib/form-data.server";

const id = z.string().trim().min(1).max(100);
const text = z.string().trim().max(200).optional().default("");
const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("payout"), sellerId: id, amount: text, bankReference: text, paidOn: text }),
  z.object({ intent: z.literal("seller-commission"), sellerId: id, percent: text }),
  z.object({ intent: z.literal("default-commission"), percent: text }),
]);

const DONE = ["payout", "sellerCommission", "defaultCommission", "unchanged"] as const;
const STATUS: Record<string, number> = { not_found: 404, exceeds_balance: 409 };

export type PayoutsActionData = { intent: string; targetId: string; error: string; values?: Record<string, string> };

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Hoa hồng và chi trả · Quản trị" }, { name: "robots", content: "noindex" }];

/** Today in Vietnam, YYYY-MM-DD. */
function vietnamToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** "1.500.000" / "1 500 000" → 1500000; anything else → NaN. */
function parseDong(value: string): number {
  const digits = value.replace(/[.\s,_₫đ]/gi, "");
  return /^\d{1,13}$/.test(digits) ? Number(digits) : Number.NaN;
}

/** "5" / "2,5" (percent) → basis points; "" → null; invalid → NaN. */
function parsePercent(value: string): number | null {
  const v = value.replace(",", ".").replace("%", "").trim();
  if (v === "") return null;
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(v)) return Number.NaN;
  return Math.round(Number(v) * 100);
}

const percentOf = (bps: number) => (bps / 100).toLocaleString("vi-VN", { maximumFractionDigits: 2 });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const [balances, defaultBps, tax] = await Promise.all([listSellerBalances(), getDefaultCommissionBps(), householdTaxByMonth("all")]);
  const t = getFixedT(getLocale(request), "payouts");
  const ta = getFixedT(getLocale(request), "admin");
  return data(
    { title: `${t("title")} · ${ta("overview.short")}`, balances, defaultBps, envDefaultBps: checkoutConfig.PLATFORM_COMMISSION_BPS, tax, today: vietnamToday() },
    { headers: { "Cache-Control": CACHE_NONE } },
  );
}

function fail(intent: string, targetId: string, error: string, status: number, values?: Record<string, string>) {
  return data<PayoutsActionData>({ intent, targetId, error, values }, { status, headers: { "Cache-Control": CACHE_NONE } });
}

function done(kind: (typeof DONE)[number]) {
  return redirect(`/admin/payouts?done=${kind}`, { headers: { "Cache-Control": CACHE_NONE } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const form = Object.fromEntries([...(await readFormData(request))].map(([k, v]) => [k, typeof v === "string" ? v : ""]));
  const parsed = actionSchema.safeParse(form);
  const intent = form.intent ?? "";
  const targetId = form.sellerId ?? (intent === "default-commission" ? "default" : "");
  if (!parsed.success) return fail(intent, targetId, "invalid", 400, form);
  const actor = { id: admin.id, ipAddress: clientIp(context) };
  const value = parsed.data;

  if (value.intent === "payout") {
    const result = await recordPayout(actor, { sellerId: value.sellerId, amount: parseDong(value.amount), bankReference: value.bankReference, paidOn: value.paidOn });
    if (!result.ok) return fail(intent, targetId, result.error, STATUS[result.error] ?? 400, form);
    return done("payout");
  }
  const bps = parsePercent(value.percent);
  if (value.intent === "seller-commission") {
    const result = await setSellerCommission(actor, value.sellerId, bps);
    if (!result.ok) return fail(intent, targetId, result.error, STATUS[result.error] ?? 400, form);
    return done(result.changed ? "sellerCommission" : "unchanged");
  }
  if (bps === null) return fail(intent, targetId, "invalid_rate", 400, form);
  const result = await setDefaultCommission(actor, bps);
  if (!result.ok) return fail(intent, targetId, result.error, 400, form);
  return done(result.changed ? "defaultCommission" : "unchanged");
}

const input = "mt-1 block w-full rounded-md border border-stone-300 px-3 py-2";
const button = "rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60";

export default function AdminPayouts() {
  const { balances, defaultBps, envDefaultBps, tax, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const { t } = useT("payouts");
  const doneKey = params.get("done");
  const doneMessage = doneKey && (DONE as readonly string[]).includes(doneKey) ? t(`done.${doneKey}`) : null;
  const errorFor = (targetId: string, intent?: string) =>
    actionData && actionData.targetId === targetId && (!intent || actionData.intent === intent) ? t(`errors.${actionData.error}`, { defaultValue: t("errors.invalid") }) : null;
  const generalError = actionData && actionData.targetId !== "default" && !balances.some((b) => b.sellerId === actionData.targetId) ? t(`errors.${actionData.error}`, { defaultValue: t("errors.invalid") }) : null;
  const rate = HOUSEHOLD_TAX_RATES[MARKETPLACE_TAX_CATEGORY];
  const valuesFor = (targetId: string, intent: string) => (actionData?.targetId === targetId && actionData.intent === intent ? actionData.values : undefined);

  return (
    <AdminShell>
      <AdminHeading title={t("title")} intro={t("intro")} />
      <DoneNotice message={doneMessage} />
      <ErrorNotice message={generalError} />

      <section aria-labelledby="commission-title" className="space-y-2 rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="commission-title" className="text-lg font-semibold text-stone-900">
          {t("commission.title")}
        </h2>
        <p className="text-sm text-stone-700">
          {t("commission.current", { percent: percentOf(defaultBps) })} · {t("commission.envDefault", { percent: percentOf(envDefaultBps) })}
        </p>
        <ErrorNotice message={errorFor("default")} />
        <Form method="post" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="intent" value="default-commission" />
          <div>
            <label htmlFor="default-percent" className="block text-sm font-medium text-stone-800">
              {t("commission.label")}
            </label>
            <input id="default-percent" name="percent" inputMode="decimal" required defaultValue={valuesFor("default", "default-commission")?.percent ?? percentOf(defaultBps)} className={input} />
          </div>
          <button type="submit" disabled={busy} className={button}>
            {t("commission.save")}
          </button>
        </Form>
        <p className="text-xs text-stone-500">{t("commission.note")}</p>
      </section>

      <section aria-labelledby="balances-title" className="space-y-3">
        <h2 id="balances-title" className="text-lg font-semibold text-stone-900">
          {t("balances.title")} ({balances.length})
        </h2>
        {balances.length === 0 ? (
          <AdminEmpty>{t("balances.empty")}</AdminEmpty>
        ) : (
          <ul role="list" className="space-y-3">
            {balances.map((b) => {
              const payoutValues = valuesFor(b.sellerId, "payout");
              const rateValues = valuesFor(b.sellerId, "seller-commission");
              return (
                <li key={b.sellerId} aria-label={b.name} className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 className="font-semibold text-stone-900">
                      {b.name} {b.status === "SUSPENDED" ? <span className="text-sm font-normal text-amber-700">({t("balances.suspended")})</span> : null}
                    </h3>
                    <p className="text-lg font-semibold tabular-nums">
                      {t("balances.balance")}: {formatVnd(b.balance)}
                    </p>
                  </div>
                  <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
                    <div>
                      <dt className="text-stone-500">{t("balances.gross")}</dt>
                      <dd className="tabular-nums">{formatVnd(b.grossSales)}</dd>
                    </div>
                    <div>
                      <dt className="text-stone-500">{t("balances.commission")}</dt>
                      <dd className="tabular-nums">{formatVnd(b.commission)}</dd>
                    </div>
                    <div>
                      <dt className="text-stone-500">{t("balances.paidOut")}</dt>
                      <dd className="tabular-nums">{formatVnd(b.paidOut)}</dd>
                    </div>
                    <div>
                      <dt className="text-stone-500">{t("balances.rate")}</dt>
                      <dd>{b.commissionRateBps === null ? t("balances.rateDefault", { percent: percentOf(defaultBps) }) : t("balances.rateOwn", { percent: percentOf(b.commissionRateBps) })}</dd>
                    </div>
                  </dl>
                  <ErrorNotice message={errorFor(b.sellerId)} />
                  <Form method="post" className="flex flex-wrap items-end gap-2" aria-label={t("balances.payoutTitle", { name: b.name })}>
                    <input type="hidden" name="intent" value="payout" />
                    <input type="hidden" name="sellerId" value={b.sellerId} />
                    <div>
                      <label htmlFor={`amount-${b.sellerId}`} className="block text-sm font-medium text-stone-800">
                        {t("balances.amount")}
                      </label>
                      <input id={`amount-${b.sellerId}`} name="amount" inputMode="numeric" required defaultValue={payoutValues?.amount ?? ""} className={input} />
                    </div>
                    <div>
                      <label htmlFor={`ref-${b.sellerId}`} className="block text-sm font-medium text-stone-800">
                        {t("balances.bankReference")}
                      </label>
                      <input id={`ref-${b.sellerId}`} name="bankReference" required maxLength={100} defaultValue={payoutValues?.bankReference ?? ""} className={input} />
                    </div>
                    <div>
                      <label htmlFor={`paid-${b.sellerId}`} className="block text-sm font-medium text-stone-800">
                        {t("balances.paidOn")}
                      </label>
                      <input id={`paid-${b.sellerId}`} name="paidOn" type="date" required defaultValue={payoutValues?.paidOn ?? today} className={input} />
                    </div>
                    <button type="submit" disabled={busy || b.balance <= 0} className={button}>
                      {t("balances.record")}
                    </button>
                  </Form>
                  <Form method="post" className="flex flex-wrap items-end gap-2">
                    <input type="hidden" name="intent" value="seller-commission" />
                    <input type="hidden" name="sellerId" value={b.sellerId} />
                    <div>
                      <label htmlFor={`rate-${b.sellerId}`} className="block text-sm font-medium text-stone-800">
                        {t("balances.rateLabel")}
                      </label>
                      <input
                        id={`rate-${b.sellerId}`}
                        name="percent"
                        inputMode="decimal"
                        defaultValue={rateValues?.percent ?? (b.commissionRateBps === null ? "" : percentOf(b.commissionRateBps))}
                        className={input}
                      />
                    </div>
                    <button type="submit" disabled={busy} className="rounded-md border border-stone-300 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100">
                      {t("balances.saveRate")}
                    </button>
                  </Form>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="tax-title" className="space-y-3">
        <h2 id="tax-title" className="text-lg font-semibold text-stone-900">
          {t("tax.title")}
        </h2>
        <p className="text-sm text-stone-700">{t("tax.intro", { vat: percentOf(rate.vatBps), pit: percentOf(rate.pitBps), source: HOUSEHOLD_TAX_SOURCE })}</p>
        <p className="text-xs text-amber-800">{t("tax.verify")}</p>
        <AdminTable
          caption={t("tax.title")}
          empty={t("tax.empty")}
          rows={tax}
          rowKey={(row) => `${row.sellerId}-${row.month}`}
          rowClassName="border-t border-stone-100"
          columns={[
            { header: t("tax.month"), cell: (row) => row.month, className: "tabular-nums" },
            { header: t("tax.seller"), cell: (row) => row.sellerName },
            { header: t("tax.taxCode"), cell: (row) => row.taxCode, className: "tabular-nums" },
            { header: t("tax.gross"), cell: (row) => formatVnd(row.gross), align: "right", className: "tabular-nums" },
            { header: t("tax.vat"), cell: (row) => formatVnd(row.vat), align: "right", className: "tabular-nums" },
            { header: t("tax.pit"), cell: (row) => formatVnd(row.pit), align: "right", className: "tabular-nums" },
            { header: t("tax.total"), cell: (row) => formatVnd(row.total), align: "right", className: "font-medium tabular-nums" },
          ]}
        />
      </section>
    </AdminShell>
  );
}

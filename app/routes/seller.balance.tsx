import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Price } from "~/components/catalog/Price";
import { SellerErrorBoundary } from "~/components/seller/SellerErrorBoundary";
import { SellerShell } from "~/components/seller/SellerShell";
import { sellerPath } from "~/components/seller/links";
import { formatDate } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { listLedgerEntries, sellerBalance } from "~/modules/ledger/index.server";
import { portalHeaders, portalView, requirePortal } from "~/modules/sellers/index.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Số dư · Kênh người bán" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  const page = Number.parseInt(new URL(request.url).searchParams.get("page") ?? "1", 10) || 1;
  const [balance, ledger] = await Promise.all([sellerBalance(portal.seller.id), listLedgerEntries(portal.seller.id, page)]);
  const t = getFixedT(getLocale(request), "fulfilment");
  return data({ title: `${t("balanceTitle")} · ${t("portal")}`, portal: portalView(portal), balance, ledger }, { headers: portalHeaders(portal) });
}

export default function SellerBalancePage() {
  const { portal, balance, ledger } = useLoaderData<typeof loader>();
  const { t } = useT("fulfilment");
  return (
    <SellerShell portal={portal}>
      <h1 className="text-2xl font-semibold text-stone-900">{t("balanceTitle")}</h1>
      <section aria-labelledby="balance-heading" className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="balance-heading" className="text-sm text-stone-600">
          {t("balance.current")}
        </h2>
        <p className="text-3xl font-bold text-stone-900" data-testid="balance">
          <Price amount={balance} />
        </p>
        <p className="mt-1 text-sm text-stone-600">{t("balance.currentHint")}</p>
        <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-stone-500">{t("balance.sales")}</dt>
            <dd className="font-semibold"><Price amount={ledger.totals.sales} /></dd>
          </div>
          <div>
            <dt className="text-stone-500">{t("balance.commission")}</dt>
            <dd className="font-semibold"><Price amount={ledger.totals.commission} /></dd>
          </div>
          <div>
            <dt className="text-stone-500">{t("balance.payouts")}</dt>
            <dd className="font-semibold"><Price amount={ledger.totals.payouts} /></dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="entries-heading" className="space-y-2">
        <h2 id="entries-heading" className="text-lg font-semibold">
          {t("balance.entries")}
        </h2>
        {ledger.entries.length === 0 ? (
          <p className="rounded-xl border border-stone-200 bg-white p-6 text-center text-stone-600">{t("balance.empty")}</p>
        ) : (
          <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <thead className="bg-stone-50 text-stone-600">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">{t("balance.when")}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{t("balance.what")}</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">{t("balance.gross")}</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">{t("balance.fee")}</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">{t("balance.amount")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {ledger.entries.map((e) => (
                  <tr key={e.id} data-type={e.type}>
                    <td className="whitespace-nowrap px-3 py-2">{formatDate(e.payout?.paidOn ?? e.createdAt)}</td>
                    <td className="px-3 py-2">
                      {e.type === "SALE" && e.sellerOrderId ? (
                        <Link to={sellerPath(`/seller/orders/${e.sellerOrderId}`, portal.query)} className="text-brand-700 underline">
                          {t("balance.type.SALE", { code: e.orderCode ?? "" })}
                        </Link>
                      ) : e.type === "PAYOUT" ? (
                        t("balance.type.PAYOUT", { reference: e.payout?.bankReference ?? "" })
                      ) : (
                        <>
                          {t("balance.type.ADJUSTMENT")}
                          {e.note ? ` — ${e.note}` : ""}
                        </>
                      )}
                    </td>
                    <td className="px-3 py-2 text-right">{e.gross !== null ? <Price amount={e.gross} /> : ""}</td>
                    <td className="px-3 py-2 text-right">{e.commission !== null ? <>−<Price amount={e.commission} /></> : ""}</td>
                    <td className={`px-3 py-2 text-right font-semibold ${e.amount < 0 ? "text-red-700" : "text-brand-800"}`}>
                      {e.amount < 0 ? "−" : "+"}
                      <Price amount={Math.abs(e.amount)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="text-xs text-stone-500">{t("balance.shippingNote")}</p>
        {ledger.pageCount > 1 ? (
          <nav aria-label={t("pagination")} className="flex items-center justify-between text-sm">
            {ledger.page > 1 ? <Link to={sellerPath("/seller/balance", portal.query, { page: ledger.page - 1 })}>{t("previousPage")}</Link> : <span />}
            <span>{t("pageOf", { page: ledger.page, count: ledger.pageCount })}</span>
            {ledger.page < ledger.pageCount ? <Link to={sellerPath("/seller/balance", portal.query, { page: ledger.page + 1 })}>{t("nextPage")}</Link> : <span />}
          </nav>
        ) : null}
      </section>
    </SellerShell>
  );
}

export function ErrorBoundary() {
  return <SellerErrorBoundary />;
}

import { Form, Link } from "@remix-run/react";
import { Price } from "~/components/catalog/Price";
import { useT } from "~/lib/i18n/react";
import { withElements } from "~/lib/i18n/with-elements";
import { FREE_SHIPPING_FROM } from "~/modules/checkout/shipping";
import type { CartView } from "~/modules/cart/types";

/**
 * Totals, the shipping estimate (a GET form: ?provinceCode=…), accepting new
 * prices, and the way to checkout — a disabled button with the reason while a
 * line still has a problem.
 */
export function CartSummary({ view, provinces, provinceCode, formAction }: { view: CartView; provinces: { code: string; name: string }[]; provinceCode: string | null; formAction: string }) {
  const { t } = useT("cart");
  const estimate = view.groups.some((g) => g.shippingIsEstimate);
  const changedPrices = view.groups.flatMap((g) => g.lines.filter((l) => l.problems.includes("price_changed")));
  const provinceName = provinces.find((p) => p.code === provinceCode)?.name;

  return (
    <section aria-labelledby="cart-summary-title" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm lg:sticky lg:top-4">
      <h2 id="cart-summary-title" className="text-lg font-semibold text-stone-900">
        {t("summary.title")}
      </h2>
      <p className="text-sm text-stone-600">{t("summary.items", { count: view.itemCount })}</p>
      <dl className="mt-3 space-y-1 text-sm">
        <div className="flex justify-between gap-4">
          <dt className="text-stone-600">{t("summary.subtotal")}</dt>
          <dd>
            <Price amount={view.subtotal} />
          </dd>
        </div>
        <div className="flex justify-between gap-4">
          <dt className="text-stone-600">{estimate ? t("summary.shippingEstimate") : t("summary.shipping")}</dt>
          <dd>
            <Price amount={view.shippingTotal} />
          </dd>
        </div>
        <div className="flex justify-between gap-4 border-t border-stone-200 pt-2 text-base font-bold text-stone-900">
          <dt>{t("summary.total")}</dt>
          <dd>
            <Price amount={view.total} className="text-brand-700" />
          </dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-stone-600">{estimate ? t("summary.estimateNote") : t("summary.estimateFor", { province: provinceName ?? "" })}</p>
      <p className="mt-1 text-xs text-stone-600">
        {withElements(t("summary.freeShippingNote"), { amount: <Price amount={FREE_SHIPPING_FROM} /> })}
      </p>

      <Form method="get" action="/cart" className="mt-3 flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="estimate-province" className="block text-xs font-medium text-stone-700">
            {t("estimate.label")}
          </label>
          <select id="estimate-province" name="provinceCode" defaultValue={provinceCode ?? ""} className="mt-1 w-full rounded-md border border-stone-300 px-2 py-1.5 text-sm">
            <option value="">{t("estimate.choose")}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:border-brand-600 hover:text-brand-700">
          {t("estimate.submit")}
        </button>
      </Form>

      {changedPrices.length ? (
        <Form method="post" action={formAction} preventScrollReset className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          <input type="hidden" name="intent" value="acknowledge" />
          {changedPrices.map((l) => (
            <input key={l.id} type="hidden" name="seen" value={`${l.variantId}:${l.unitPrice}`} />
          ))}
          <p>{t("acknowledge.text")}</p>
          <button type="submit" className="mt-2 rounded-md border border-amber-700 px-3 py-1.5 font-medium hover:bg-amber-100">
            {t("acknowledge.submit")}
          </button>
        </Form>
      ) : null}

      <div className="mt-4">
        {view.hasProblems ? (
          <>
            <button type="button" disabled aria-describedby="checkout-blocked" className="w-full cursor-not-allowed rounded-md bg-stone-300 px-5 py-3 font-semibold text-stone-600">
              {t("summary.checkout")}
            </button>
            <p id="checkout-blocked" className="mt-2 text-sm text-red-800">
              {t("summary.blocked")}
            </p>
          </>
        ) : (
          <Link to="/checkout" className="block w-full rounded-md bg-brand-600 px-5 py-3 text-center font-semibold text-white hover:bg-brand-700">
            {t("summary.checkout")}
          </Link>
        )}
      </div>
    </section>
  );
}

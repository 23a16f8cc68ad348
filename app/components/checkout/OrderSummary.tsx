import { Link } from "@remix-run/react";
import { Price } from "~/components/catalog/Price";
import { useT } from "~/lib/i18n/react";
import type { CartView } from "~/modules/cart/types";

/**
 * The order as it will be placed, before paying: each seller's parcel with its
 * lines, subtotal and shipping fee for the chosen province, then the totals.
 * Lines that cannot be bought show why and are not counted.
 */
export function OrderSummary({ view, provinceName }: { view: CartView; provinceName: string | null }) {
  const { t } = useT("checkout");
  const estimate = view.groups.some((g) => g.shippingIsEstimate);
  return (
    <section aria-labelledby="summary-heading" className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="summary-heading" className="text-lg font-semibold text-stone-900">
          {t("summary.heading")}
        </h2>
        <Link to="/cart" className="text-sm text-brand-700 underline">
          {t("summary.editCart")}
        </Link>
      </div>
      <div className="mt-3 space-y-4">
        {view.groups.map((group) => (
          <section key={group.seller.id} aria-label={t("summary.seller", { name: group.seller.name })} className="border-t border-stone-100 pt-3">
            <h3 className="font-medium text-stone-900">{t("summary.seller", { name: group.seller.name })}</h3>
            <p className="text-xs text-stone-500">{t("summary.shipsFrom", { province: group.seller.provinceName })}</p>
            <ul className="mt-2 space-y-2">
              {group.lines.map((line) => (
                <li key={line.id} className="flex gap-3 text-sm">
                  {line.image ? (
                    <img src={line.image.src} srcSet={line.image.srcSet} sizes="48px" width={48} height={48} alt="" className="h-12 w-12 flex-none rounded object-cover" />
                  ) : null}
                  <div className="min-w-0 flex-1">
                    <p className="font-medium text-stone-900">{line.productName}</p>
                    <p className="text-stone-600">
                      {t("summary.variant", { label: line.variantLabel })} · {t("summary.quantity", { count: line.quantity })}
                    </p>
                    {line.isService ? <p className="text-xs text-stone-500">{t("summary.service")}</p> : null}
                    {line.problems.length > 0 ? (
                      <ul className="mt-0.5 text-xs font-medium text-amber-800">
                        {line.problems.map((p) => (
                          <li key={p}>{t(`problems.line.${p}`, { count: line.available })}</li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                  <p className={line.purchasable ? "font-medium" : "text-stone-400 line-through"}>
                    <Price amount={line.lineTotal} />
                  </p>
                </li>
              ))}
            </ul>
            <dl className="mt-2 space-y-0.5 text-sm">
              <div className="flex justify-between gap-4">
                <dt className="text-stone-600">{t("summary.subtotal")}</dt>
                <dd>
                  <Price amount={group.subtotal} />
                </dd>
              </div>
              <div className="flex justify-between gap-4">
                <dt className="text-stone-600">{group.shippingIsEstimate ? t("summary.shippingEstimate") : t("summary.shipping")}</dt>
                <dd data-testid={`shipping-${group.seller.slug}`}>{group.shippingFee === 0 && group.subtotal > 0 ? t("summary.free") : <Price amount={group.shippingFee} />}</dd>
              </div>
            </dl>
          </section>
        ))}
      </div>
      <dl className="mt-4 space-y-1 border-t border-stone-200 pt-3">
        <div className="flex justify-between gap-4 text-sm">
          <dt className="text-stone-600">{t("summary.itemsTotal")}</dt>
          <dd>
            <Price amount={view.subtotal} />
          </dd>
        </div>
        <div className="flex justify-between gap-4 text-sm">
          <dt className="text-stone-600">{estimate ? t("summary.shippingEstimate") : t("summary.shippingTotal")}</dt>
          <dd>
            <Price amount={view.shippingTotal} />
          </dd>
        </div>
        <div className="flex justify-between gap-4 text-lg font-semibold">
          <dt>{t("summary.total")}</dt>
          <dd className="text-brand-700">
            <Price amount={view.total} />
          </dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-stone-500">{estimate || !provinceName ? t("summary.estimateNote") : t("summary.shippingFor", { province: provinceName })}</p>
    </section>
  );
}

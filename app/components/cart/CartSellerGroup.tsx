import { Link } from "@remix-run/react";
import { Price } from "~/components/catalog/Price";
import { useT } from "~/lib/i18n/react";
import type { CartGroupView } from "~/modules/cart/types";
import { CartLine } from "./CartLine";
import type { CartActionError } from "./CartMessages";

/** One seller's part of the cart: its lines, subtotal and shipping fee (each seller ships its own parcel). */
export function CartSellerGroup({ group, error, formAction }: { group: CartGroupView; error: CartActionError | null; formAction: string }) {
  const { t } = useT("cart");
  const headingId = `seller-${group.seller.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-stone-200 bg-white px-4 py-3 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-stone-100 pb-2">
        <h2 id={headingId} className="text-lg font-semibold text-stone-900">
          <span className="sr-only">{t("seller.label")}: </span>
          <Link to={`/s/${group.seller.slug}`} className="hover:text-brand-700">
            {group.seller.name}
          </Link>
        </h2>
        <p className="text-sm text-stone-600">{t("seller.province", { province: group.seller.provinceName })}</p>
      </div>
      <ul className="divide-y divide-stone-100">
        {group.lines.map((line) => (
          <CartLine key={line.id} line={line} error={error && error.variantId === line.variantId ? error : null} formAction={formAction} />
        ))}
      </ul>
      <dl className="space-y-1 border-t border-stone-100 pt-2 text-sm">
        <div className="flex justify-between gap-4">
          <dt className="text-stone-600">{t("group.subtotal")}</dt>
          <dd className="font-medium">
            <Price amount={group.subtotal} />
          </dd>
        </div>
        <div className="flex justify-between gap-4">
          <dt className="text-stone-600">{group.shippingIsEstimate ? t("group.shippingEstimate") : t("group.shipping")}</dt>
          <dd className="font-medium">{group.shippingFee === 0 && group.subtotal > 0 ? <span>{t("group.free")}</span> : <Price amount={group.shippingFee} />}</dd>
        </div>
      </dl>
    </section>
  );
}

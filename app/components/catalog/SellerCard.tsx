import { Link } from "@remix-run/react";
import type { SellerCardData } from "~/modules/catalog/types";
import { useT } from "~/lib/i18n/react";

export function SellerCard({ seller }: { seller: SellerCardData }) {
  const { t } = useT();
  return (
    <article className="relative flex h-full gap-3 rounded-lg border border-stone-200 bg-white p-3 shadow-sm transition-shadow hover:shadow-md">
      {seller.logo ? (
        // Decorative: the seller's name is right next to it.
        <img src={seller.logo.src} srcSet={seller.logo.srcSet} sizes="56px" width={56} height={56} alt="" loading="lazy" decoding="async" className="h-14 w-14 shrink-0 rounded-full" />
      ) : (
        <span aria-hidden="true" className="flex h-14 w-14 shrink-0 items-center justify-center rounded-full bg-brand-100 text-xl font-bold text-brand-700">
          {seller.name.charAt(0)}
        </span>
      )}
      <div className="min-w-0">
        <h3 className="leading-snug font-semibold text-stone-900">
          <Link to={`/s/${seller.slug}`} className="after:absolute after:inset-0 hover:text-brand-700">
            {seller.name}
          </Link>
        </h3>
        <p className="mt-0.5 text-xs text-stone-600">
          {t(`sellerKind.${seller.kind}`)} · {seller.provinceName} · {t("catalog.productCount", { count: seller.productCount })}
        </p>
        {seller.excerpt ? <p className="mt-1 line-clamp-2 text-sm text-stone-700">{seller.excerpt}</p> : null}
      </div>
    </article>
  );
}

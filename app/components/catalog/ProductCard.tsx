import { Link } from "@remix-run/react";
import type { ProductCardData } from "~/modules/catalog/types";
import { useT } from "~/lib/i18n/react";
import { OcopBadge } from "./OcopBadge";
import { Price } from "./Price";

/** Two columns on phones, three on tablets, four from 1024 px (see ProductGrid). */
export const PRODUCT_CARD_SIZES = "(min-width: 1152px) 270px, (min-width: 1024px) 24vw, (min-width: 640px) 32vw, 48vw";

export function ProductCard({ product, eager = false, sizes = PRODUCT_CARD_SIZES }: { product: ProductCardData; eager?: boolean; sizes?: string }) {
  const { t } = useT();
  const { image } = product;
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm transition-shadow hover:shadow-md">
      <div className="relative aspect-square bg-stone-100">
        {image ? (
          <img
            src={image.src}
            srcSet={image.srcSet}
            sizes={sizes}
            width={image.width}
            height={image.height}
            alt={image.alt}
            loading={eager ? "eager" : "lazy"}
            decoding="async"
            className="h-full w-full object-cover"
          />
        ) : (
          <div role="img" aria-label={t("catalog.noImage")} className="flex h-full w-full items-center justify-center text-4xl font-bold text-stone-300">
            {product.name.charAt(0)}
          </div>
        )}
        {product.available ? null : (
          <span className="absolute top-2 left-2 rounded bg-stone-900/80 px-2 py-0.5 text-xs font-medium text-white">{t("product.outOfStock")}</span>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-2 sm:p-3">
        {product.stars ? <OcopBadge stars={product.stars} /> : null}
        <h3 className="line-clamp-2 text-sm leading-snug font-medium text-stone-900 sm:text-base">
          {/* The link covers the whole card (after:inset-0), so there is one link per card. */}
          <Link to={`/products/${product.slug}`} prefetch="intent" className="after:absolute after:inset-0 hover:text-brand-700">
            {product.name}
          </Link>
        </h3>
        <p className="truncate text-xs text-stone-600">
          {product.seller.name} · {product.provinceName}
        </p>
        <p className={`mt-auto pt-1 text-sm font-semibold sm:text-base ${product.available ? "text-brand-700" : "text-stone-500"}`}>
          <Price amount={product.price} from={product.priceVaries} />
        </p>
      </div>
    </article>
  );
}

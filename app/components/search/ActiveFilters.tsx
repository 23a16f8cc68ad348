import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { Price } from "~/components/catalog/Price";
import { useT } from "~/lib/i18n/react";
import type { ListingData } from "~/modules/catalog/listing.server";
import { listingHref, type FilterKey } from "./url";

/** The filters in use as removable chips, and "clear all" (which keeps the words and the sort). */
export function ActiveFilters({ listing, pathname }: { listing: ListingData; pathname: string }) {
  const { t } = useT("search");
  const { filters, facets } = listing;
  const labelOf = (name: "group" | "category" | "province", value: string) => facets[name].find((o) => o.value === value)?.label ?? value;
  const chips: { key: string; remove: Partial<Record<FilterKey, undefined>>; label: ReactNode }[] = [];
  if (filters.group) chips.push({ key: "group", remove: { group: undefined }, label: labelOf("group", filters.group) });
  if (filters.category) chips.push({ key: "category", remove: { category: undefined }, label: labelOf("category", filters.category) });
  if (filters.province) chips.push({ key: "province", remove: { province: undefined }, label: labelOf("province", filters.province) });
  if (filters.stars) {
    chips.push({
      key: "stars",
      remove: { stars: undefined },
      label: filters.stars === 5 ? t("filters.starsExactly", { count: 5 }) : t("filters.starsAtLeast", { count: filters.stars }),
    });
  }
  if (filters.rating) chips.push({ key: "rating", remove: { rating: undefined }, label: t("filters.ratingChip", { count: filters.rating }) });
  if (filters.minPrice !== undefined || filters.maxPrice !== undefined) {
    const { minPrice, maxPrice } = filters;
    chips.push({
      key: "price",
      remove: { minPrice: undefined, maxPrice: undefined },
      label:
        minPrice !== undefined && maxPrice !== undefined ? (
          <>
            {t("filters.priceFrom")} <Price amount={minPrice} /> {t("filters.priceTo")} <Price amount={maxPrice} />
          </>
        ) : minPrice !== undefined ? (
          <>
            {t("filters.priceFrom")} <Price amount={minPrice} />
          </>
        ) : (
          <>
            {t("filters.priceUpTo")} <Price amount={maxPrice!} />
          </>
        ),
    });
  }
  if (filters.inStock) chips.push({ key: "inStock", remove: { inStock: undefined }, label: t("filters.inStockChip") });
  if (chips.length === 0) return null;

  return (
    <div className="mb-4 flex flex-wrap items-center gap-2">
      <ul role="list" aria-label={t("filters.active")} className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              to={listingHref(pathname, filters, chip.remove)}
              className="inline-flex items-center gap-1.5 rounded-full border border-brand-600 bg-brand-50 py-1 pr-2 pl-3 text-sm text-brand-800 hover:bg-brand-100"
            >
              <span className="sr-only">{t("filters.remove")} </span>
              <span>{chip.label}</span>
              <span aria-hidden="true" className="text-base leading-none">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {chips.length > 1 ? (
        <Link to={listingHref(pathname, { q: filters.q, sort: filters.sort, page: 1 })} className="text-sm text-brand-700 underline hover:text-brand-800">
          {t("filters.clearAll")}
        </Link>
      ) : null}
    </div>
  );
}

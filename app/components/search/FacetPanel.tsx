import { Form, Link } from "@remix-run/react";
import { useId } from "react";
import { useT } from "~/lib/i18n/react";
import type { FacetKey, FacetOption, ListingData, StarsOption } from "~/modules/catalog/listing.server";
import { HiddenFilters, useCleanGetSubmit } from "./forms";
import { activeFilterCount, listingHref } from "./url";

/** Facet values shown before "show more" (the selected one is always shown). */
const VISIBLE_OPTIONS = 8;

const optionClass = (selected: boolean) =>
  `flex items-baseline justify-between gap-2 rounded px-2 py-1.5 text-sm ${
    selected ? "bg-brand-50 font-semibold text-brand-700 ring-1 ring-brand-600" : "text-stone-800 hover:bg-stone-100 hover:text-brand-700"
  }`;

function OptionList({ options, hrefFor }: { options: { key: string; label: string; count?: number; selected: boolean }[]; hrefFor: (key: string, selected: boolean) => string }) {
  return (
    <ul role="list" className="space-y-0.5">
      {options.map((o) => (
        <li key={o.key}>
          {/* A selected option's link removes it: the facet values are exclusive. */}
          <Link to={hrefFor(o.key, o.selected)} aria-current={o.selected ? "true" : undefined} className={optionClass(o.selected)}>
            <span className="min-w-0">
              {o.selected ? (
                <span aria-hidden="true" className="mr-1">
                  ✓
                </span>
              ) : null}
              {o.label}
            </span>
            {o.count === undefined ? null : <span className="shrink-0 text-xs text-stone-500 tabular-nums">({o.count})</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function FacetGroup({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className="border-t border-stone-200 py-3 first:border-t-0 first:pt-0">
      <h3 id={id} className="mb-1.5 text-sm font-semibold text-stone-900">
        {title}
      </h3>
      {children}
    </div>
  );
}

function ValueFacet({ name, title, options, listing, pathname }: { name: FacetKey; title: string; options: FacetOption[]; listing: ListingData; pathname: string }) {
  const { t } = useT("search");
  if (options.length === 0) return null;
  const items = options.map((o) => ({ key: o.value, label: o.label, count: o.count, selected: o.selected }));
  const shown = items.slice(0, VISIBLE_OPTIONS);
  const rest = items.slice(VISIBLE_OPTIONS);
  const selectedHidden = rest.filter((o) => o.selected);
  const hrefFor = (value: string, selected: boolean) => listingHref(pathname, listing.filters, { [name]: selected ? undefined : value });
  return (
    <FacetGroup title={title}>
      <OptionList options={[...selectedHidden, ...shown]} hrefFor={hrefFor} />
      {rest.length > selectedHidden.length ? (
        <details className="mt-1">
          <summary className="cursor-pointer rounded px-2 py-1 text-sm text-brand-700 hover:underline">{t("filters.more", { count: rest.length - selectedHidden.length })}</summary>
          <OptionList options={rest.filter((o) => !o.selected)} hrefFor={hrefFor} />
        </details>
      ) : null}
    </FacetGroup>
  );
}

function StarsFacet({ options, listing, pathname }: { options: StarsOption[]; listing: ListingData; pathname: string }) {
  const { t } = useT("search");
  if (options.length === 0) return null;
  const items = options.map((o) => ({
    key: String(o.stars),
    label: o.stars === 5 ? t("filters.starsExactly", { count: 5 }) : t("filters.starsAtLeast", { count: o.stars }),
    count: o.count,
    selected: o.selected,
  }));
  return (
    <FacetGroup title={t("filters.stars")}>
      <OptionList options={items} hrefFor={(value, selected) => listingHref(pathname, listing.filters, { stars: selected ? undefined : value })} />
    </FacetGroup>
  );
}

/** Buyers' reviews (not OCOP stars): "4★ and up", "3★ and up". No counts: ratings aren't a facet. */
const RATING_THRESHOLDS = [4, 3] as const;

function RatingFacet({ listing, pathname }: { listing: ListingData; pathname: string }) {
  const { t } = useT("search");
  const items = RATING_THRESHOLDS.map((n) => ({ key: String(n), label: t("filters.ratingAtLeast", { count: n }), selected: listing.filters.rating === n }));
  return (
    <FacetGroup title={t("filters.rating")}>
      <OptionList options={items} hrefFor={(value, selected) => listingHref(pathname, listing.filters, { rating: selected ? undefined : value })} />
    </FacetGroup>
  );
}

function PriceAndStock({ listing, pathname }: { listing: ListingData; pathname: string }) {
  const { t } = useT("search");
  const id = useId();
  const onSubmit = useCleanGetSubmit(pathname);
  const { filters } = listing;
  return (
    <Form
      method="get"
      action={pathname}
      onSubmit={onSubmit}
      // New defaults after every navigation (the inputs are uncontrolled).
      key={`${filters.minPrice ?? ""}-${filters.maxPrice ?? ""}-${filters.inStock ?? ""}`}
      className="space-y-3 border-t border-stone-200 pt-3"
    >
      <HiddenFilters filters={filters} omit={["minPrice", "maxPrice", "inStock", "page"]} />
      <fieldset>
        <legend className="mb-1.5 text-sm font-semibold text-stone-900">{t("filters.price")}</legend>
        <div className="grid grid-cols-2 gap-2">
          <div>
            <label htmlFor={`${id}-min`} className="block text-xs text-stone-600">
              {t("filters.minPrice")}
            </label>
            <input
              id={`${id}-min`}
              name="minPrice"
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              placeholder="0"
              defaultValue={filters.minPrice ?? ""}
              className="w-full rounded-md border border-stone-300 px-2 py-1.5 text-base sm:text-sm"
            />
          </div>
          <div>
            <label htmlFor={`${id}-max`} className="block text-xs text-stone-600">
              {t("filters.maxPrice")}
            </label>
            <input
              id={`${id}-max`}
              name="maxPrice"
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              placeholder="1000000"
              defaultValue={filters.maxPrice ?? ""}
              className="w-full rounded-md border border-stone-300 px-2 py-1.5 text-base sm:text-sm"
            />
          </div>
        </div>
      </fieldset>
      <label className="flex items-center gap-2 text-sm text-stone-800">
        <input type="checkbox" name="inStock" value="true" defaultChecked={filters.inStock ?? false} className="h-4 w-4 accent-brand-600" />
        {t("filters.inStock")}
      </label>
      <button type="submit" className="w-full rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">
        {t("filters.apply")}
      </button>
    </Form>
  );
}

/**
 * The filters: OCOP group, category, province and stars as links with counts
 * (each keeps the other filters), price range and stock in a GET form. On
 * phones the panel folds into "Bộ lọc"; from 1024 px it is always open (CSS on
 * ::details-content, so no JavaScript is needed for either).
 */
export function FacetPanel({ listing, pathname }: { listing: ListingData; pathname: string }) {
  const { t } = useT("search");
  const { facets, pinned } = listing;
  const active = activeFilterCount(listing.filters);
  return (
    <aside aria-labelledby="facets-heading" className="min-w-0">
      <details className="group rounded-lg border border-stone-200 bg-white lg:border-0 lg:bg-transparent lg:details-content:[content-visibility:visible] lg:details-content:block">
        <summary className="flex cursor-pointer list-none items-center justify-between gap-2 px-3 py-2.5 font-medium text-stone-900 lg:supports-[selector(::details-content)]:hidden [&::-webkit-details-marker]:hidden">
          <span>
            {t("filters.show")}
            {active ? <span className="ml-1 text-sm font-normal text-brand-700">({t("filters.activeCount", { count: active })})</span> : null}
          </span>
          <span aria-hidden="true" className="text-stone-500 transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <div className="border-t border-stone-200 px-3 pt-3 pb-4 lg:border-0 lg:p-0">
          <h2 id="facets-heading" className="sr-only mb-3 text-base font-semibold text-stone-900 lg:not-sr-only">
            {t("filters.title")}
          </h2>
          {pinned.includes("group") ? null : <ValueFacet name="group" title={t("filters.group")} options={facets.group} listing={listing} pathname={pathname} />}
          {pinned.includes("category") ? null : <ValueFacet name="category" title={t("filters.category")} options={facets.category} listing={listing} pathname={pathname} />}
          {pinned.includes("province") ? null : <ValueFacet name="province" title={t("filters.province")} options={facets.province} listing={listing} pathname={pathname} />}
          <StarsFacet options={facets.stars} listing={listing} pathname={pathname} />
          <RatingFacet listing={listing} pathname={pathname} />
          <PriceAndStock listing={listing} pathname={pathname} />
        </div>
      </details>
    </aside>
  );
}

import { Link } from "@remix-run/react";
import { formatNumber } from "~/lib/format";
import { useT } from "~/lib/i18n/react";
import { OCOP_GROUP_SLUGS } from "~/lib/ocop";
import type { ListingData } from "~/modules/catalog/listing.server";
import { listingHref } from "./url";

const pill = "inline-block rounded-full border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-800 hover:border-brand-600 hover:text-brand-700";

/** Nothing matched: say so, then offer a way on (fewer words, no filters, popular categories, the six groups). */
export function EmptyState({ listing, pathname }: { listing: ListingData; pathname: string }) {
  const { t } = useT("search");
  const { t: tc } = useT("common");
  const { filters, emptyHelp } = listing;
  return (
    <div className="rounded-lg border border-stone-200 bg-white px-4 py-6 sm:px-6">
      <h2 className="text-lg font-semibold text-stone-900">{filters.q ? t("empty.titleQuery", { q: filters.q }) : t("empty.title")}</h2>
      <p className="mt-1 text-sm text-stone-600">{filters.q ? t("empty.text") : t("empty.noProducts")}</p>

      {emptyHelp?.didYouMean ? (
        <p className="mt-4 text-base">
          {t("empty.didYouMean")}{" "}
          <Link to={listingHref(pathname, { q: emptyHelp.didYouMean.q, sort: filters.sort, page: 1 })} className="font-semibold text-brand-700 underline">
            {emptyHelp.didYouMean.q}
          </Link>{" "}
          <span className="text-sm text-stone-600">({t("count", { count: emptyHelp.didYouMean.total, n: formatNumber(emptyHelp.didYouMean.total) })})</span>
        </p>
      ) : null}

      {emptyHelp?.withoutFilters ? (
        <p className="mt-3">
          <Link to={listingHref(pathname, { q: filters.q, sort: filters.sort, page: 1 })} className="text-brand-700 underline">
            {t("empty.withoutFilters", { count: emptyHelp.withoutFilters, n: formatNumber(emptyHelp.withoutFilters) })}
          </Link>
        </p>
      ) : null}

      {emptyHelp?.popularCategories.length ? (
        <section aria-labelledby="empty-popular" className="mt-6">
          <h3 id="empty-popular" className="text-sm font-semibold text-stone-900">
            {t("empty.popularCategories")}
          </h3>
          <ul role="list" className="mt-2 flex flex-wrap gap-2">
            {emptyHelp.popularCategories.map((c) => (
              <li key={c.slug}>
                <Link to={`/c/${c.slug}`} className={pill}>
                  {c.label} <span className="text-stone-500">({c.count})</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="empty-groups" className="mt-6">
        <h3 id="empty-groups" className="text-sm font-semibold text-stone-900">
          {t("empty.groups")}
        </h3>
        <ul role="list" className="mt-2 flex flex-wrap gap-2">
          {OCOP_GROUP_SLUGS.map((slug) => (
            <li key={slug}>
              <Link to={`/c/${slug}`} className={pill}>
                {tc(`ocopGroups.${slug}`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

import { Link } from "@remix-run/react";
import { formatNumber } from "~/lib/format";
import { useT } from "~/lib/i18n/react";
import type { ListingData } from "~/modules/catalog/listing.server";
import { listingHref } from "./url";

/** No product had every word: say so, and offer the query without the word that found nothing. */
export function RelaxedNotice({ listing, pathname }: { listing: ListingData; pathname: string }) {
  const { t } = useT("search");
  const suggestion = listing.relaxed?.didYouMean;
  return (
    <div className="mb-4 rounded-lg border border-stone-200 bg-white px-4 py-3 text-sm text-stone-700">
      <p>{t("relaxed.text", { q: listing.filters.q })}</p>
      {suggestion ? (
        <p className="mt-1 text-base text-stone-900">
          {t("empty.didYouMean")}{" "}
          <Link to={listingHref(pathname, { ...listing.filters, q: suggestion.q })} className="font-semibold text-brand-700 underline">
            {suggestion.q}
          </Link>{" "}
          <span className="text-sm text-stone-600">({t("count", { count: suggestion.total, n: formatNumber(suggestion.total) })})</span>
        </p>
      ) : null}
    </div>
  );
}

import { memo, type ReactNode } from "react";
import { ProductGrid } from "~/components/catalog/ProductGrid";
import { formatNumber } from "~/lib/format";
import { useT } from "~/lib/i18n/react";
import type { ListingData } from "~/modules/catalog/listing.server";
import { ActiveFilters } from "./ActiveFilters";
import { DegradedNotice } from "./DegradedNotice";
import { EmptyState } from "./EmptyState";
import { FacetPanel } from "./FacetPanel";
import { Pagination } from "./Pagination";
import { RelaxedNotice } from "./RelaxedNotice";
import { SortSelect } from "./SortSelect";
import { listingHref } from "./url";

/** "Hiển thị 25–48 trong 97 sản phẩm", or "12 sản phẩm" when everything fits on one page. */
export function ResultCount({ listing }: { listing: ListingData }) {
  const { t } = useT("search");
  const { total, page, perPage, totalPages } = listing;
  if (totalPages > 1 && page <= totalPages) {
    const from = (page - 1) * perPage + 1;
    const to = Math.min(page * perPage, total);
    return <>{t("range", { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}</>;
  }
  return <>{t("count", { count: total, n: formatNumber(total) })}</>;
}

/**
 * The body every listing page shares (search, OCOP group or category, province,
 * seller): facets, sort, chips, product grid or empty state, pagination.
 * The page renders its own heading above it.
 * Memoized: just after hydration the router's state changes without new data (Remix patches in
 * the routes the page links to), which re-rendered the whole listing.
 */
export const ListingView = memo(function ListingView({ listing, pathname, headingId, empty }: { listing: ListingData; pathname: string; headingId?: string; empty?: ReactNode }) {
  const { t } = useT("search");
  return (
    <>
      {/* Only words are searched differently by PostgreSQL: a plain listing is exact either way. */}
      {listing.degraded && listing.filters.q ? <DegradedNotice /> : null}
      <div className="grid gap-4 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-8">
        <FacetPanel listing={listing} pathname={pathname} />
        <section aria-labelledby={headingId ?? "listing-results"} className="min-w-0">
          {headingId ? null : (
            <h2 id="listing-results" className="sr-only">
              {t("results")}
            </h2>
          )}
          <div className="mb-3 flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
            <p className="text-sm text-stone-700" aria-live="polite">
              <ResultCount listing={listing} />
            </p>
            <SortSelect filters={listing.filters} pathname={pathname} />
          </div>
          <ActiveFilters listing={listing} pathname={pathname} />
          {listing.relaxed && listing.products.length > 0 ? <RelaxedNotice listing={listing} pathname={pathname} /> : null}
          {listing.products.length > 0 ? (
            <ProductGrid products={listing.products} eagerCount={4} />
          ) : (
            (empty ?? <EmptyState listing={listing} pathname={pathname} />)
          )}
          <Pagination page={listing.page} totalPages={listing.totalPages} hrefFor={(page) => listingHref(pathname, listing.filters, { page })} />
        </section>
      </div>
    </>
  );
});

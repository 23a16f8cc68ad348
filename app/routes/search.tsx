// /search?q=… — product search with facets, sort and pagination; works without JavaScript.
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { ListingView } from "~/components/search/ListingView";
import { listingHref } from "~/components/search/url";
import { formatNumber } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { LISTING_CACHE_CONTROL, loadListing, siteOrigin } from "~/modules/catalog/index.server";

export const headers: HeadersFunction = ({ loaderHeaders }) => ({
  "Cache-Control": loaderHeaders.get("Cache-Control") ?? LISTING_CACHE_CONTROL,
});

// Only the plain results of a query that finds something are for search engines ("mật ong" is
// what people type into Google too), under one canonical address; every filtered, sorted, later
// or empty variant is `noindex, follow`, so the endless combinations never compete with it
// (decision 0009).
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.meta.title ?? "Chợ OCOP" },
  { name: "description", content: data?.meta.description ?? "" },
  ...(data?.meta.canonical
    ? [{ tagName: "link", rel: "canonical", href: data.meta.canonical }]
    : [{ name: "robots", content: "noindex, follow" }]),
];

const MAX_INDEXED_QUERY = 60;

/** The canonical address of a query's plain results, or null when this page is not one to index. */
function canonicalSearch(origin: string, url: URL, listing: { filters: { q?: string }; total: number; relaxed: unknown }): string | null {
  const query = listing.filters.q?.trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
  // Nothing found, or only by loosening the words ("did you mean…"): not a page worth indexing.
  if (!query || query.length > MAX_INDEXED_QUERY || listing.total === 0 || listing.relaxed) return null;
  if ([...url.searchParams.keys()].some((key) => key !== "q")) return null;
  return `${origin}/search?${new URLSearchParams({ q: query })}`;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const locale = getLocale(request);
  const listing = await loadListing({ url, locale });
  // ?page=40 past the end (results changed since the link was made): the last page.
  if (listing.total > 0 && listing.page > listing.totalPages) throw redirect(listingHref(url.pathname, listing.filters, { page: listing.totalPages }));
  const t = getFixedT(locale, "search");
  const q = listing.filters.q;
  return data(
    {
      listing,
      meta: {
        title: t("meta.title", { title: q ? t("meta.searchQuery", { q }) : t("meta.search") }),
        description: q && listing.total > 0 ? t("meta.searchQueryDescription", { q, count: listing.total, n: formatNumber(listing.total) }) : t("meta.searchDescription"),
        canonical: canonicalSearch(siteOrigin(request), url, listing),
      },
    },
    { headers: { "Cache-Control": LISTING_CACHE_CONTROL } },
  );
}

export default function SearchPage() {
  const { listing } = useLoaderData<typeof loader>();
  const { pathname } = useLocation();
  const { t } = useT("search");
  const q = listing.filters.q;
  return (
    <>
      <h1 className="mb-4 text-xl font-bold text-stone-900 sm:text-2xl">{q ? t("heading.query", { q }) : t("heading.all")}</h1>
      <ListingView listing={listing} pathname={pathname} />
    </>
  );
}

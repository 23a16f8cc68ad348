// /search?q=… — product search with facets, sort and pagination; works without JavaScript.
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { ListingView } from "~/components/search/ListingView";
import { listingHref } from "~/components/search/url";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { LISTING_CACHE_CONTROL, loadListing } from "~/modules/catalog/index.server";

export const headers: HeadersFunction = ({ loaderHeaders }) => ({
  "Cache-Control": loaderHeaders.get("Cache-Control") ?? LISTING_CACHE_CONTROL,
});

// Result pages are endless variations of each other: not for search engines (links still followed).
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.meta.title ?? "Chợ OCOP" },
  { name: "description", content: data?.meta.description ?? "" },
  { name: "robots", content: "noindex, follow" },
];

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
        description: t("meta.searchDescription"),
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

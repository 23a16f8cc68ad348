// /p/:provinceSlug — a province's specialities ("Đặc sản Cà Mau"), with the same
// facets, sort and pagination as search.
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Breadcrumbs } from "~/components/search/Breadcrumbs";
import { ListingView } from "~/components/search/ListingView";
import { listingMeta } from "~/components/search/meta";
import { listingHref } from "~/components/search/url";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { findProvinceBySlug, LISTING_CACHE_CONTROL, loadListing } from "~/modules/catalog/index.server";

export const headers: HeadersFunction = ({ loaderHeaders }) => ({
  "Cache-Control": loaderHeaders.get("Cache-Control") ?? LISTING_CACHE_CONTROL,
});

export const meta: MetaFunction<typeof loader> = ({ data, location }) => listingMeta(data?.meta, location.search);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const province = await findProvinceBySlug(params.provinceSlug ?? "");
  if (!province) throw data(null, { status: 404, statusText: "Not Found" });
  const url = new URL(request.url);
  const locale = getLocale(request);
  const listing = await loadListing({ url, scope: { province: province.code }, locale });
  if (listing.total > 0 && listing.page > listing.totalPages) throw redirect(listingHref(url.pathname, listing.filters, { page: listing.totalPages }));
  const t = getFixedT(locale, "search");
  const heading = t("heading.province", { name: province.shortName });
  return data(
    {
      listing,
      heading,
      meta: { title: t("meta.title", { title: heading }), description: t("meta.provinceDescription", { name: province.name }) },
    },
    { headers: { "Cache-Control": LISTING_CACHE_CONTROL } },
  );
}

export default function ProvincePage() {
  const { listing, heading } = useLoaderData<typeof loader>();
  const { pathname } = useLocation();
  return (
    <>
      <Breadcrumbs items={[{ label: heading }]} />
      <h1 className="mb-4 text-xl font-bold text-stone-900 sm:text-2xl">{heading}</h1>
      <ListingView listing={listing} pathname={pathname} />
    </>
  );
}

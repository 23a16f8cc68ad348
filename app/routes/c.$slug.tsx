// /c/:slug — an OCOP group (thuc-pham, do-uong, …) or a category (mat-ong, tra, …):
// a listing with the same facets, sort and pagination as search.
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { Breadcrumbs } from "~/components/search/Breadcrumbs";
import { ListingView } from "~/components/search/ListingView";
import { listingHref } from "~/components/search/url";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { findCatalogSection, LISTING_CACHE_CONTROL, loadListing, refLabel } from "~/modules/catalog/index.server";
import { listingMeta } from "~/components/search/meta";

export const headers: HeadersFunction = ({ loaderHeaders }) => ({
  "Cache-Control": loaderHeaders.get("Cache-Control") ?? LISTING_CACHE_CONTROL,
});

export const meta: MetaFunction<typeof loader> = ({ data, location }) => listingMeta(data?.meta, location.search);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const section = await findCatalogSection(params.slug ?? "");
  if (!section) throw data(null, { status: 404, statusText: "Not Found" });
  const url = new URL(request.url);
  const locale = getLocale(request);
  const scope = section.kind === "group" ? { group: section.group.slug } : { category: section.category.slug };
  const listing = await loadListing({ url, scope, locale });
  if (listing.total > 0 && listing.page > listing.totalPages) throw redirect(listingHref(url.pathname, listing.filters, { page: listing.totalPages }));
  const t = getFixedT(locale, "search");
  const group = { slug: section.group.slug, name: refLabel(section.group, locale) };
  const name = section.kind === "group" ? group.name : refLabel(section.category, locale);
  return data(
    {
      listing,
      kind: section.kind,
      name,
      group,
      categories: section.kind === "group" ? section.categories.map((c) => ({ slug: c.slug, name: refLabel(c, locale) })) : [],
      meta: {
        title: t("meta.title", { title: name }),
        description: section.kind === "group" ? t("meta.groupDescription", { name }) : t("meta.categoryDescription", { name }),
      },
    },
    { headers: { "Cache-Control": LISTING_CACHE_CONTROL } },
  );
}

export default function CatalogSectionPage() {
  const { listing, kind, name, group, categories } = useLoaderData<typeof loader>();
  const { pathname } = useLocation();
  const { t } = useT("search");
  return (
    <>
      <Breadcrumbs items={kind === "group" ? [{ label: name }] : [{ label: group.name, to: `/c/${group.slug}` }, { label: name }]} />
      <h1 className="mb-3 text-xl font-bold text-stone-900 sm:text-2xl">{name}</h1>
      {categories.length ? (
        <nav aria-label={t("section.categories")} className="mb-4">
          <ul role="list" className="flex gap-2 overflow-x-auto pb-1 text-sm whitespace-nowrap">
            {categories.map((c) => (
              <li key={c.slug}>
                <Link to={`/c/${c.slug}`} className="inline-block rounded-full border border-stone-300 bg-white px-3 py-1.5 text-stone-800 hover:border-brand-600 hover:text-brand-700">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <ListingView listing={listing} pathname={pathname} />
    </>
  );
}

// /s/:slug — a producer's page: its story, province, kind, rating and OCOP
// products (the same facets, sort and pagination as search). A suspended
// seller's page says it is temporarily unavailable and lists nothing;
// pending, rejected or unknown sellers are 404.
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { Breadcrumbs } from "~/components/search/Breadcrumbs";
import { ListingView } from "~/components/search/ListingView";
import { listingMeta } from "~/components/search/meta";
import { listingHref } from "~/components/search/url";
import { formatNumber } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { getSellerPage, LISTING_CACHE_CONTROL, loadListing } from "~/modules/catalog/index.server";

export const headers: HeadersFunction = ({ loaderHeaders }) => ({
  "Cache-Control": loaderHeaders.get("Cache-Control") ?? LISTING_CACHE_CONTROL,
});

export const meta: MetaFunction<typeof loader> = ({ data, location }) => {
  const tags = listingMeta(data?.meta, location.search);
  return data?.seller.status === "SUSPENDED" ? [...tags.filter((tag) => !("name" in tag && tag.name === "robots")), { name: "robots", content: "noindex" }] : tags;
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const seller = await getSellerPage(params.slug ?? "");
  if (!seller) throw data(null, { status: 404, statusText: "Not Found" });
  const locale = getLocale(request);
  const t = getFixedT(locale, "search");
  const tc = getFixedT(locale, "common");
  const meta = {
    title: t("meta.title", { title: seller.name }),
    description: t("meta.sellerDescription", { name: seller.name, kind: tc(`sellerKind.${seller.kind}`), province: seller.province.shortName }),
  };
  const headers = { "Cache-Control": LISTING_CACHE_CONTROL };
  if (seller.status === "SUSPENDED") return data({ seller, listing: null, meta }, { headers });
  const url = new URL(request.url);
  const listing = await loadListing({ url, scope: { sellerId: seller.id }, locale });
  if (listing.total > 0 && listing.page > listing.totalPages) throw redirect(listingHref(url.pathname, listing.filters, { page: listing.totalPages }));
  return data({ seller, listing, meta }, { headers });
}

function Logo({ logo, name }: { logo: { src: string; srcSet: string } | null; name: string }) {
  return logo ? (
    // Decorative: the name is the heading next to it.
    <img src={logo.src} srcSet={logo.srcSet} sizes="80px" width={80} height={80} alt="" className="h-16 w-16 shrink-0 rounded-full sm:h-20 sm:w-20" />
  ) : (
    <span aria-hidden="true" className="flex h-16 w-16 shrink-0 items-center justify-center rounded-full bg-brand-100 text-2xl font-bold text-brand-700 sm:h-20 sm:w-20">
      {name.charAt(0)}
    </span>
  );
}

export default function SellerPage() {
  const { seller, listing } = useLoaderData<typeof loader>();
  const { pathname } = useLocation();
  const { t, i18n } = useT("search");
  const { t: tc } = useT("common");
  const province = seller.province;

  if (seller.status === "SUSPENDED" || !listing) {
    return (
      <>
        <Breadcrumbs items={[{ label: province.shortName, to: `/p/${province.slug}` }, { label: seller.name }]} />
        <div className="flex items-center gap-4">
          <Logo logo={seller.logo} name={seller.name} />
          <div>
            <h1 className="text-xl font-bold text-stone-900 sm:text-2xl">{seller.name}</h1>
            <p className="text-sm text-stone-600">
              {tc(`sellerKind.${seller.kind}`)} · {province.shortName}
            </p>
          </div>
        </div>
        <section aria-labelledby="seller-suspended" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-4">
          <h2 id="seller-suspended" className="font-semibold text-stone-900">
            {t("seller.suspendedTitle")}
          </h2>
          <p className="mt-1 text-sm text-stone-700">{t("seller.suspendedText")}</p>
          <p className="mt-3 text-sm">
            <Link to={`/p/${province.slug}`} className="text-brand-700 underline">
              {t("seller.moreFromProvince", { province: province.shortName })}
            </Link>
          </p>
        </section>
      </>
    );
  }

  const rating = seller.rating
    ? new Intl.NumberFormat(i18n.language === "en" ? "en-US" : "vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(seller.rating.average)
    : null;
  const paragraphs = seller.story.split(/\n\s*\n|\r?\n/).map((p) => p.trim()).filter(Boolean);

  return (
    <>
      <Breadcrumbs items={[{ label: province.shortName, to: `/p/${province.slug}` }, { label: seller.name }]} />
      <header className="flex items-center gap-4">
        <Logo logo={seller.logo} name={seller.name} />
        <div className="min-w-0">
          <h1 className="text-xl font-bold text-stone-900 sm:text-2xl">{seller.name}</h1>
          <p className="text-sm text-stone-600">
            {tc(`sellerKind.${seller.kind}`)} ·{" "}
            <Link to={`/p/${province.slug}`} className="hover:text-brand-700 hover:underline">
              {province.shortName}
            </Link>
          </p>
        </div>
      </header>

      <div className="mt-5 grid gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="seller-story" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="seller-story" className="text-lg font-semibold text-stone-900">
            {t("seller.story")}
          </h2>
          {paragraphs.length ? (
            paragraphs.map((p, i) => (
              <p key={i} className="mt-2 leading-relaxed text-stone-800">
                {p}
              </p>
            ))
          ) : (
            <p className="mt-2 text-stone-600">{t("seller.noStory")}</p>
          )}
        </section>
        <section aria-labelledby="seller-facts" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="seller-facts" className="text-lg font-semibold text-stone-900">
            {t("seller.facts")}
          </h2>
          <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
            <dt className="text-stone-600">{t("seller.kind")}</dt>
            <dd className="text-stone-900">{tc(`sellerKind.${seller.kind}`)}</dd>
            <dt className="text-stone-600">{t("seller.province")}</dt>
            <dd className="text-stone-900">{province.name}</dd>
            <dt className="text-stone-600">{t("seller.products")}</dt>
            <dd className="text-stone-900">{formatNumber(seller.productCount)}</dd>
            <dt className="text-stone-600">{t("seller.rating")}</dt>
            <dd className="text-stone-900">
              {seller.rating && rating ? (
                <>
                  <span aria-hidden="true" className="text-ocop-500">
                    ★{" "}
                  </span>
                  {t("seller.ratingValue", { count: seller.rating.count, rating, n: formatNumber(seller.rating.count) })}
                </>
              ) : (
                t("seller.noRating")
              )}
            </dd>
          </dl>
        </section>
      </div>

      <h2 id="seller-products" className="mt-8 mb-3 text-lg font-semibold text-stone-900 sm:text-xl">
        {t("seller.productsHeading", { name: seller.name })}
      </h2>
      <ListingView listing={listing} pathname={pathname} headingId="seller-products" />
    </>
  );
}

// Home: search, the six OCOP groups, 5-star products, regional specialities
// (Mekong Delta first), new arrivals and cooperatives to discover.
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ProductGrid } from "~/components/catalog/ProductGrid";
import { SellerCard } from "~/components/catalog/SellerCard";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { OCOP_GROUP_SLUGS, type OcopGroupSlug } from "~/lib/ocop";
import { getHomePage } from "~/modules/catalog/index.server";

// The page is the same for everyone except the header, which shows the signed-in
// user, so it is not shared-cacheable yet (a public, short cache for anonymous
// visitors comes with the cache presets).
const CACHE_CONTROL = "private, max-age=0";

export const headers: HeadersFunction = ({ loaderHeaders }) => ({
  "Cache-Control": loaderHeaders.get("Cache-Control") ?? CACHE_CONTROL,
});

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.meta.title ?? "Chợ OCOP" },
  { name: "description", content: data?.meta.description ?? "" },
  { property: "og:title", content: data?.meta.title ?? "Chợ OCOP" },
  { property: "og:description", content: data?.meta.description ?? "" },
  { property: "og:type", content: "website" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const t = getFixedT(getLocale(request));
  const home = await getHomePage();
  return data(
    { ...home, meta: { title: t("home.title"), description: t("home.description") } },
    { headers: { "Cache-Control": CACHE_CONTROL } },
  );
}

// Tile colours by OCOP group (the same hues as the generated product pictures).
const GROUP_STYLE: Record<OcopGroupSlug, { tile: string; icon: string }> = {
  "thuc-pham": { tile: "bg-orange-50 ring-orange-200 hover:bg-orange-100", icon: "M4 14a8 8 0 0 0 16 0H4Zm3-3c0-2 1-3 2-4m3 4c0-3 1-5 3-6" },
  "do-uong": { tile: "bg-emerald-50 ring-emerald-200 hover:bg-emerald-100", icon: "M6 4h12l-1.5 16h-9L6 4Zm.5 5h11" },
  "thao-duoc": { tile: "bg-lime-50 ring-lime-200 hover:bg-lime-100", icon: "M12 21C5 17 4 9 12 3c8 6 7 14 0 18Zm0 0V8" },
  "vai-may-mac": { tile: "bg-rose-50 ring-rose-200 hover:bg-rose-100", icon: "M4 4h16v16H4V4Zm8 3 4 5-4 5-4-5 4-5Z" },
  "luu-niem-noi-that-trang-tri": { tile: "bg-amber-50 ring-amber-200 hover:bg-amber-100", icon: "M9 3h6v2c0 1 4 3 4 8 0 4-3 7-7 7s-7-3-7-7c0-5 4-7 4-8V3Z" },
  "dich-vu-du-lich": { tile: "bg-sky-50 ring-sky-200 hover:bg-sky-100", icon: "M3 15h18l-3 4H6l-3-4Zm4 0c0-3 10-3 10 0M3 21c3-1 5 1 9 0s6-1 9 0" },
};

function Section({ id, title, text, children }: { id: string; title: string; text?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8 sm:mt-10">
      <h2 id={id} className="text-xl font-bold text-stone-900 sm:text-2xl">
        {title}
      </h2>
      {text ? <p className="mt-1 text-sm text-stone-600">{text}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

export default function Home() {
  const { featured, regions, newest, sellers } = useLoaderData<typeof loader>();
  const { t } = useT();
  const empty = featured.length === 0 && newest.length === 0;

  return (
    <>
      <section className="rounded-2xl bg-gradient-to-br from-brand-700 to-brand-600 px-4 py-8 text-white sm:px-8 sm:py-12">
        <h1 className="max-w-2xl text-2xl leading-tight font-bold sm:text-4xl">{t("home.heroTitle")}</h1>
        <p className="mt-3 max-w-2xl text-sm text-brand-50 sm:text-base">{t("home.heroText")}</p>
        <Form method="get" action="/search" role="search" aria-label={t("home.searchTitle")} className="mt-5 flex max-w-xl gap-2">
          <label htmlFor="home-search" className="sr-only">
            {t("home.searchTitle")}
          </label>
          <input
            id="home-search"
            name="q"
            type="search"
            autoComplete="off"
            placeholder={t("search.placeholder")}
            className="min-w-0 flex-1 rounded-md border-0 bg-white px-3 py-2.5 text-base text-stone-900 shadow-sm"
          />
          <button type="submit" className="rounded-md bg-ocop-500 px-4 py-2.5 font-semibold text-stone-900 hover:bg-amber-400">
            {t("search.submit")}
          </button>
        </Form>
      </section>

      <Section id="home-groups" title={t("home.groupsTitle")} text={t("home.groupsText")}>
        <ul role="list" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {OCOP_GROUP_SLUGS.map((slug) => (
            <li key={slug}>
              <Link
                to={`/c/${slug}`}
                className={`flex h-full items-center gap-2 rounded-lg p-3 text-sm font-medium text-stone-800 ring-1 transition-colors ${GROUP_STYLE[slug].tile}`}
              >
                <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 shrink-0 fill-none stroke-current stroke-[1.6] text-stone-700">
                  <path d={GROUP_STYLE[slug].icon} strokeLinecap="round" strokeLinejoin="round" />
                </svg>
                <span>{t(`ocopGroups.${slug}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Section>

      {empty ? <p className="mt-8 text-stone-600">{t("home.empty")}</p> : null}

      {featured.length ? (
        <Section id="home-featured" title={t("home.featuredTitle")}>
          <ProductGrid products={featured} eagerCount={4} />
        </Section>
      ) : null}

      {regions.map((shelf) => (
        <Section key={shelf.region} id={`home-region-${shelf.region}`} title={t("home.regionTitle", { region: t(`catalog.regions.${shelf.region}`) })}>
          <ProductGrid products={shelf.products} />
        </Section>
      ))}

      {newest.length ? (
        <Section id="home-newest" title={t("home.newestTitle")}>
          <ProductGrid products={newest} />
        </Section>
      ) : null}

      {sellers.length ? (
        <Section id="home-sellers" title={t("home.sellersTitle")} text={t("home.sellersText")}>
          <ul role="list" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {sellers.map((seller) => (
              <li key={seller.slug}>
                <SellerCard seller={seller} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

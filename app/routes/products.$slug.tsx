// /products/:slug — one product: photos, variants, price and availability, add
// to cart, the OCOP certificate, the producer, description, reviews summary and
// related products. Server-rendered and complete without JavaScript: the photo
// (?image=N) and the variant (?variant=<id>) are chosen in the URL, and so are the
// reviews' sort, star filter and page (?reviewSort, ?reviewStars, ?reviewPage). The
// action takes a "helpful" vote on a review.
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useLoaderData, useLocation, useSearchParams, type ShouldRevalidateFunction } from "@remix-run/react";
import { memo } from "react";
import { z } from "zod";
import { ProductGrid } from "~/components/catalog/ProductGrid";
import { OcopBadge } from "~/components/catalog/OcopBadge";
import { Breadcrumbs } from "~/components/product/Breadcrumbs";
import { CertificatePanel } from "~/components/product/CertificatePanel";
import { Gallery } from "~/components/product/Gallery";
import { ProducerCard } from "~/components/product/ProducerCard";
import { ProductDescription } from "~/components/product/ProductDescription";
import { PurchasePanel } from "~/components/product/PurchasePanel";
import { ReviewsSummary } from "~/components/product/ReviewsSummary";
import { ReviewList } from "~/components/reviews/ReviewList";
import { chosenImageIndex, chosenVariant, URL_CHOICES } from "~/components/product/selection";
import { metaDescription, productJsonLd, serializeJsonLd } from "~/components/product/seo";
import { readFormData } from "~/lib/form-data.server";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { getCurrentUser, requireUser } from "~/modules/accounts/index.server";
import { getProductPage, siteOrigin } from "~/modules/catalog/index.server";
import { listProductReviews, parseReviewListParams, voteHelpful } from "~/modules/reviews/index.server";

// The product itself is public, but the document also carries the root data
// (the signed-in user in the header, their language), so no shared cache may
// keep it: private, and revalidated on every visit.
const CACHE_CONTROL = "private, max-age=0";

export const headers: HeadersFunction = () => ({ "Cache-Control": CACHE_CONTROL });

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Chợ OCOP" }];
  const { meta } = data;
  return [
    { title: meta.title },
    { name: "description", content: meta.description },
    { tagName: "link", rel: "canonical", href: meta.canonical },
    { property: "og:type", content: "product" },
    { property: "og:title", content: meta.ogTitle },
    { property: "og:description", content: meta.description },
    { property: "og:url", content: meta.canonical },
    ...(meta.image ? [{ property: "og:image", content: meta.image }] : []),
    { property: "og:site_name", content: "Chợ OCOP" },
    { property: "og:locale", content: meta.locale },
  ];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = getLocale(request);
  const product = await getProductPage(params.slug ?? "", { locale });
  if (!product) throw new Response("Not Found", { status: 404, headers: { "Cache-Control": CACHE_CONTROL } });

  const viewer = await getCurrentUser(request);
  const reviewList = await listProductReviews(product.id, parseReviewListParams(new URL(request.url).searchParams), viewer?.id);

  const t = getFixedT(locale, "product");
  const origin = siteOrigin(request);
  const canonical = `${origin}/products/${product.slug}`;
  const description =
    metaDescription(product.description) || t("meta.description", { name: product.name, producer: product.producer.name, province: product.producer.province.name });
  return data(
    {
      product,
      reviewList,
      jsonLd: serializeJsonLd(productJsonLd(product, { origin, url: canonical })),
      meta: {
        title: t("meta.title", { name: product.name }),
        ogTitle: product.name,
        description,
        canonical,
        image: product.images[0] ? `${origin}${product.images[0].large}` : null,
        locale: locale === "en" ? "en_US" : "vi_VN",
      },
    },
    { headers: { "Cache-Control": CACHE_CONTROL } },
  );
}

const voteSchema = z.object({ intent: z.literal("helpful"), reviewId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/) });

/** A "helpful" vote (signed-in shoppers; once per review); back to the same page of reviews. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = voteSchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) throw new Response("Bad Request", { status: 400, headers: { "Cache-Control": "private, no-store" } });
  const outcome = await voteHelpful({ userId: user.id, reviewId: parsed.data.reviewId });
  if (!outcome.ok && outcome.error === "not_found") throw new Response("Not Found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  if (!outcome.ok && outcome.error === "rate_limited") throw new Response("Too Many Requests", { status: 429, headers: { "Cache-Control": "private, no-store" } });
  const back = new URL(request.url);
  back.searchParams.delete("index");
  return redirect(`${back.pathname}${back.search}#review-${parsed.data.reviewId}`, { headers: { "Cache-Control": "private, no-store" } });
}

/** Only ?variant / ?image changed: everything needed is already on the page, so nothing is fetched. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }) => {
  if (formMethod && formMethod.toUpperCase() !== "GET") return defaultShouldRevalidate;
  if (currentUrl.pathname !== nextUrl.pathname) return defaultShouldRevalidate;
  const keys = new Set([...currentUrl.searchParams.keys(), ...nextUrl.searchParams.keys()]);
  for (const key of keys) {
    if ((URL_CHOICES as readonly string[]).includes(key)) continue;
    if (currentUrl.searchParams.getAll(key).join("\u0000") !== nextUrl.searchParams.getAll(key).join("\u0000")) return defaultShouldRevalidate;
  }
  return false;
};

export default function ProductPage() {
  const { product, reviewList, jsonLd } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { pathname } = useLocation();
  const chosen = chosenVariant(product.variants, searchParams.get("variant"));
  const imageIndex = chosenImageIndex(searchParams.get("image"), product.images.length);
  return <ProductView product={product} reviewList={reviewList} jsonLd={jsonLd} chosen={chosen} imageIndex={imageIndex} pathname={pathname} searchParams={searchParams} />;
}

type PageData = ReturnType<typeof useLoaderData<typeof loader>>;
type ProductViewProps = {
  product: PageData["product"];
  reviewList: PageData["reviewList"];
  jsonLd: string;
  chosen: ReturnType<typeof chosenVariant>;
  imageIndex: number;
  pathname: string;
  searchParams: URLSearchParams;
};

/**
 * The page itself, memoized: just after hydration the router's state changes without new data
 * (Remix patches in the routes this page links to), which re-rendered all ~170 components of the
 * page. Its props only change with the data or the URL.
 */
const ProductView = memo(function ProductView({ product, reviewList, jsonLd, chosen, imageIndex, pathname, searchParams }: ProductViewProps) {
  const { t } = useT("product");
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <Breadcrumbs
        items={[
          { name: product.group.name, to: `/c/${product.group.slug}` },
          { name: product.category.name, to: `/c/${product.category.slug}` },
          { name: product.name },
        ]}
      />

      <div className="grid gap-6 lg:grid-cols-2 lg:gap-10">
        <Gallery images={product.images} name={product.name} index={imageIndex} />

        <div className="min-w-0 space-y-5">
          <div>
            {product.certificate?.badge ? <OcopBadge stars={product.certificate.stars} className="mb-2" /> : null}
            <h1 className="text-2xl leading-tight font-bold text-stone-900 sm:text-3xl">{product.name}</h1>
            <p className="mt-1 text-sm text-stone-600">
              {product.producer.name} · {product.producer.province.name}
            </p>
          </div>
          <PurchasePanel variants={product.variants} chosen={chosen} priceRange={product.priceRange} />
          <CertificatePanel certificate={product.certificate} />
          <ProducerCard producer={product.producer} />
        </div>
      </div>

      <ProductDescription text={product.description} />
      <ReviewsSummary reviews={product.reviews} />
      <ReviewList list={reviewList} distribution={product.reviews.distribution} pathname={pathname} search={searchParams} sellerName={product.producer.name} />

      {product.related.length ? (
        <section aria-labelledby="related-title" className="mt-10">
          <h2 id="related-title" className="text-xl font-bold text-stone-900">
            {t("related.title")}
          </h2>
          <div className="mt-4">
            <ProductGrid products={product.related} />
          </div>
        </section>
      ) : null}
    </>
  );
});

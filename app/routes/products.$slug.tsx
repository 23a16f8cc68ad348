// /products/:slug — one product: photos, variants, price and availability, add
// to cart, the OCOP certificate, the producer, description, reviews summary and
// related products. Server-rendered and complete without JavaScript: the photo
// (?image=N) and the variant (?variant=<id>) are chosen in the URL.
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData, useSearchParams, type ShouldRevalidateFunction } from "@remix-run/react";
import { ProductGrid } from "~/components/catalog/ProductGrid";
import { OcopBadge } from "~/components/catalog/OcopBadge";
import { Breadcrumbs } from "~/components/product/Breadcrumbs";
import { CertificatePanel } from "~/components/product/CertificatePanel";
import { Gallery } from "~/components/product/Gallery";
import { ProducerCard } from "~/components/product/ProducerCard";
import { ProductDescription } from "~/components/product/ProductDescription";
import { PurchasePanel } from "~/components/product/PurchasePanel";
import { ReviewsSummary } from "~/components/product/ReviewsSummary";
import { chosenImageIndex, chosenVariant, URL_CHOICES } from "~/components/product/selection";
import { metaDescription, productJsonLd, serializeJsonLd } from "~/components/product/seo";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { getProductPage, siteOrigin } from "~/modules/catalog/index.server";

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

  const t = getFixedT(locale, "product");
  const origin = siteOrigin(request);
  const canonical = `${origin}/products/${product.slug}`;
  const description =
    metaDescription(product.description) || t("meta.description", { name: product.name, producer: product.producer.name, province: product.producer.province.name });
  return data(
    {
      product,
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
  const { product, jsonLd } = useLoaderData<typeof loader>();
  const { t } = useT("product");
  const [searchParams] = useSearchParams();
  const chosen = chosenVariant(product.variants, searchParams.get("variant"));
  const imageIndex = chosenImageIndex(searchParams.get("image"), product.images.length);

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
}

import { Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import type { ProducerData } from "~/modules/catalog/product.server";

/** Who made it: logo, name (a link to the seller's page), kind, province and the start of its story. */
export function ProducerCard({ producer }: { producer: ProducerData }) {
  const { t } = useT("product");
  const { t: tc } = useT();
  return (
    <section aria-labelledby="producer-title" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="producer-title" className="text-lg font-semibold text-stone-900">
        {t("producer.title")}
      </h2>
      <div className="mt-3 flex gap-3">
        {producer.logo ? (
          // Decorative: the name is right next to it.
          <img src={producer.logo.src} srcSet={producer.logo.srcSet} sizes="56px" width={56} height={56} alt="" loading="lazy" decoding="async" className="h-14 w-14 shrink-0 rounded-full" />
        ) : (
          <span aria-hidden="true" className="flex h-14 w-14 shrink-0 items-center justify-center rounded-full bg-brand-100 text-xl font-bold text-brand-700">
            {producer.name.charAt(0)}
          </span>
        )}
        <div className="min-w-0">
          <p className="leading-snug font-semibold">
            <Link to={`/s/${producer.slug}`} className="text-stone-900 hover:text-brand-700 hover:underline">
              {producer.name}
            </Link>
          </p>
          <p className="mt-0.5 text-xs text-stone-600">
            {tc(`sellerKind.${producer.kind}`)} · {producer.province.name}
          </p>
        </div>
      </div>
      {producer.excerpt ? <p className="mt-3 text-sm text-stone-700">{producer.excerpt}</p> : null}
      <Link to={`/s/${producer.slug}`} className="mt-3 inline-block text-sm font-medium text-brand-700 underline hover:text-brand-800">
        {t("producer.visit")}
        <span aria-hidden="true"> →</span>
      </Link>
    </section>
  );
}

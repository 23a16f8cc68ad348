import { Link, useSearchParams } from "@remix-run/react";
import type { GalleryImage } from "~/modules/catalog/product.server";
import { useT } from "~/lib/i18n/react";
import { withParam } from "./selection";

const MAIN_SIZES = "(min-width: 1152px) 552px, (min-width: 1024px) 48vw, 100vw";

/**
 * The main photo (loaded eagerly: it is the page's largest paint) and
 * thumbnails. Thumbnails are links to ?image=N, so they work without
 * JavaScript; with it the route does not reload its data for that change
 * (shouldRevalidate), so the photo switches in place.
 */
export function Gallery({ images, name, index }: { images: GalleryImage[]; name: string; index: number }) {
  const { t } = useT("product");
  const [searchParams] = useSearchParams();
  const main = images[index];

  return (
    <section aria-label={t("gallery.label")} className="min-w-0">
      <div className="aspect-square overflow-hidden rounded-lg border border-stone-200 bg-stone-100">
        {main ? (
          <img
            key={main.src}
            src={main.src}
            srcSet={main.srcSet}
            sizes={MAIN_SIZES}
            width={main.width}
            height={main.height}
            alt={main.alt}
            loading="eager"
            decoding="async"
            className="h-full w-full object-cover"
          />
        ) : (
          <div role="img" aria-label={t("gallery.noImage")} className="flex h-full w-full items-center justify-center text-7xl font-bold text-stone-300">
            {name.charAt(0)}
          </div>
        )}
      </div>
      {images.length > 1 ? (
        <nav aria-label={t("gallery.thumbnails")} className="mt-3">
          <ul role="list" className="flex gap-2 overflow-x-auto pb-1">
            {images.map((image, i) => (
              <li key={image.src} className="shrink-0">
                <Link
                  to={withParam(searchParams, "image", i === 0 ? null : String(i + 1))}
                  replace
                  preventScrollReset
                  aria-label={t("gallery.show", { n: i + 1, total: images.length })}
                  aria-current={i === index ? "true" : undefined}
                  className={`block h-16 w-16 overflow-hidden rounded-md border-2 sm:h-20 sm:w-20 ${i === index ? "border-brand-600" : "border-transparent opacity-80 hover:opacity-100"}`}
                >
                  <img src={image.src} srcSet={image.srcSet} sizes="80px" width={image.width} height={image.height} alt="" loading="lazy" decoding="async" className="h-full w-full object-cover" />
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </section>
  );
}

import { useT } from "~/lib/i18n/react";
import type { RatingsSummary } from "~/modules/catalog/product.server";

/**
 * An average of 1–5 stars with one decimal: 4.5 → "4,5" in Vietnamese, "4.5" in English. By hand,
 * not with Intl.NumberFormat: the browser's first Intl formatter costs the page ICU's start-up
 * (app/lib/format.ts). Rounds half up on the shortest decimal, as Intl does (1.15 → 1.2, where
 * toFixed would give 1.1).
 */
export function formatAverage(value: number, language: string): string {
  const [whole, fraction = ""] = String(value).split(".");
  const tenths = Number(whole) * 10 + Number(fraction[0] ?? 0) + (Number(fraction[1] ?? 0) >= 5 ? 1 : 0);
  return `${Math.floor(tenths / 10)}${language === "en" ? "." : ","}${tenths % 10}`;
}

// Widths as classes in 5 % steps, not style attributes: the Content-Security-Policy allows no inline
// styles (docs/decisions/0020-security-headers.md). Written out so Tailwind sees each class.
const WIDTHS = [
  "w-0", "w-[5%]", "w-[10%]", "w-[15%]", "w-[20%]", "w-[25%]", "w-[30%]", "w-[35%]", "w-[40%]", "w-[45%]", "w-[50%]",
  "w-[55%]", "w-[60%]", "w-[65%]", "w-[70%]", "w-[75%]", "w-[80%]", "w-[85%]", "w-[90%]", "w-[95%]", "w-full",
] as const;

/** The width class for a fraction 0…1, rounded to 5 %. */
export function widthClass(fraction: number): string {
  const step = Math.round(Math.min(1, Math.max(0, fraction)) * 20);
  return WIDTHS[Number.isFinite(step) ? step : 0];
}

/** Five stars filled to `value` (decorative: the number is written next to them). */
function Stars({ value }: { value: number }) {
  return (
    <span aria-hidden="true" className="relative inline-block text-lg leading-none tracking-tight text-stone-300">
      ★★★★★
      <span className={`absolute inset-y-0 left-0 overflow-hidden whitespace-nowrap text-ocop-500 ${widthClass(value / 5)}`}>
        ★★★★★
      </span>
    </span>
  );
}

/** Average, count and the 5→1 distribution of visible reviews; "Chưa có đánh giá" when none. */
export function ReviewsSummary({ reviews }: { reviews: RatingsSummary }) {
  const { t, i18n } = useT("product");
  return (
    <section aria-labelledby="reviews-title" className="mt-8">
      <h2 id="reviews-title" className="text-xl font-bold text-stone-900">
        {t("reviews.title")}
      </h2>
      {reviews.count === 0 || reviews.average === null ? (
        <div className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4">
          <p className="font-medium text-stone-800">{t("reviews.none")}</p>
          <p className="mt-1 text-sm text-stone-600">{t("reviews.noneHint")}</p>
        </div>
      ) : (
        <div className="mt-3 flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:flex-row sm:items-center sm:gap-8">
          <div className="text-center sm:w-40">
            <p className="text-4xl font-bold text-stone-900">
              {formatAverage(reviews.average, i18n.language)}
              <span className="sr-only"> — {t("reviews.outOf", { average: formatAverage(reviews.average, i18n.language) })}</span>
            </p>
            <Stars value={reviews.average} />
            <p className="mt-1 text-sm text-stone-600">{t("reviews.count", { count: reviews.count })}</p>
          </div>
          <ul aria-label={t("reviews.distribution")} className="flex-1 space-y-1">
            {reviews.distribution.map(({ stars, count }) => (
              <li key={stars} className="flex items-center gap-2 text-sm">
                <span className="sr-only">{t("reviews.row", { stars, count })}</span>
                <span aria-hidden="true" className="w-8 shrink-0 text-stone-700">
                  {stars} ★
                </span>
                <span aria-hidden="true" className="h-2 flex-1 overflow-hidden rounded-full bg-stone-200">
                  <span className={`block h-full rounded-full bg-ocop-500 ${widthClass(count / reviews.count)}`} />
                </span>
                <span aria-hidden="true" className="w-8 shrink-0 text-right text-stone-600">
                  {count}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

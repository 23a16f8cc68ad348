// The product page's reviews: sort (newest / most helpful) and star filter as links, a page at a
// time, each review with its stars, the author's short name, "Đã mua hàng", text as plain text,
// photos, the seller's answer and a "helpful" button (a POST form; works without JavaScript).
import { Form, Link } from "@remix-run/react";
import { Pagination } from "~/components/search/Pagination";
import { formatDate } from "~/lib/format";
import { useT } from "~/lib/i18n/react";
import { REVIEW_PARAM_NAMES, REVIEW_SORTS } from "~/modules/reviews/constants";
import type { ReviewListParams } from "~/modules/reviews/schemas";
import { ReviewPhotos, ReviewText, SellerReply, StarRating } from "./ReviewParts";

export type ReviewListItem = {
  id: string;
  rating: number;
  body: string;
  photos: { key: string; src: string }[];
  author: string;
  createdAt: string | Date;
  reply: string | null;
  helpfulCount: number;
  votedByViewer: boolean;
  byViewer: boolean;
};

export type ReviewListData = { reviews: ReviewListItem[]; total: number; page: number; pageCount: number; params: ReviewListParams };

/** The product URL with the review parameters changed (page back to 1 unless given). */
export function reviewsHref(pathname: string, search: URLSearchParams, change: Partial<ReviewListParams>): string {
  const next = new URLSearchParams(search);
  for (const name of Object.values(REVIEW_PARAM_NAMES)) next.delete(name);
  next.delete("index");
  const merged = { sort: "newest", page: 1, ...Object.fromEntries(Object.entries(readParams(search))), ...change } as ReviewListParams;
  if (merged.sort !== "newest") next.set(REVIEW_PARAM_NAMES.sort, merged.sort);
  if (merged.stars) next.set(REVIEW_PARAM_NAMES.stars, String(merged.stars));
  if (merged.page > 1) next.set(REVIEW_PARAM_NAMES.page, String(merged.page));
  const s = next.toString();
  return `${pathname}${s ? `?${s}` : ""}#reviews-list`;
}

function readParams(search: URLSearchParams): Partial<ReviewListParams> {
  const out: Partial<ReviewListParams> = {};
  const sort = search.get(REVIEW_PARAM_NAMES.sort);
  if (sort === "helpful") out.sort = "helpful";
  const stars = Number(search.get(REVIEW_PARAM_NAMES.stars));
  if (Number.isInteger(stars) && stars >= 1 && stars <= 5) out.stars = stars;
  return out;
}

const chip = "inline-flex items-center rounded-full border px-3 py-1 text-sm";
const chipOn = "border-brand-600 bg-brand-50 font-medium text-brand-800";
const chipOff = "border-stone-300 bg-white text-stone-700 hover:bg-stone-50";

export function ReviewList({
  list,
  distribution,
  pathname,
  search,
  sellerName,
}: {
  list: ReviewListData;
  distribution: { stars: number; count: number }[];
  pathname: string;
  search: URLSearchParams;
  sellerName: string;
}) {
  const { t } = useT("reviews");
  const { params } = list;
  const totalAll = distribution.reduce((n, d) => n + d.count, 0);
  if (totalAll === 0) return null;

  return (
    <section id="reviews-list" aria-labelledby="reviews-list-title" className="mt-4 space-y-4">
      <h3 id="reviews-list-title" className="sr-only">
        {t("list.title")}
      </h3>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t("list.filterLabel")} className="flex flex-wrap gap-1.5">
          <Link to={reviewsHref(pathname, search, { stars: undefined, page: 1 })} aria-current={!params.stars ? "page" : undefined} className={`${chip} ${!params.stars ? chipOn : chipOff}`} preventScrollReset>
            {t("list.allStars", { count: totalAll })}
          </Link>
          {distribution.map((d) => (
            <Link
              key={d.stars}
              to={reviewsHref(pathname, search, { stars: d.stars, page: 1 })}
              aria-current={params.stars === d.stars ? "page" : undefined}
              className={`${chip} ${params.stars === d.stars ? chipOn : chipOff}`}
              preventScrollReset
            >
              {t("list.starsFilter", { stars: d.stars, count: d.count })}
            </Link>
          ))}
        </nav>
        <nav aria-label={t("list.sortLabel")} className="flex gap-1.5">
          {REVIEW_SORTS.map((sort) => (
            <Link key={sort} to={reviewsHref(pathname, search, { sort, page: 1 })} aria-current={params.sort === sort ? "page" : undefined} className={`${chip} ${params.sort === sort ? chipOn : chipOff}`} preventScrollReset>
              {t(`list.sort.${sort}`)}
            </Link>
          ))}
        </nav>
      </div>

      {list.reviews.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">{t("list.noneWithFilter")}</p>
      ) : (
        <ul role="list" className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
          {list.reviews.map((review) => (
            <li key={review.id} id={`review-${review.id}`} className="p-4">
              <article aria-label={t("list.itemLabel", { author: review.author, count: review.rating })}>
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                  <StarRating rating={review.rating} className="text-base" />
                  <span className="font-medium text-stone-900">{review.author}</span>
                  <span className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800">
                    <span aria-hidden="true">✓</span> {t("verified")}
                  </span>
                  <time dateTime={new Date(review.createdAt).toISOString()} className="text-stone-500">
                    {formatDate(review.createdAt)}
                  </time>
                </div>
                <ReviewText body={review.body} className="mt-2" />
                <ReviewPhotos photos={review.photos} label={t("list.photosOf", { author: review.author })} />
                <SellerReply reply={review.reply} sellerName={sellerName} />
                <div className="mt-3 flex items-center gap-3 text-sm text-stone-600">
                  {review.byViewer ? (
                    <span>{t("list.yours", { count: review.helpfulCount })}</span>
                  ) : review.votedByViewer ? (
                    <span>{t("list.voted", { count: review.helpfulCount })}</span>
                  ) : (
                    <Form method="post" preventScrollReset>
                      <input type="hidden" name="intent" value="helpful" />
                      <input type="hidden" name="reviewId" value={review.id} />
                      <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100" aria-label={t("list.helpfulLabel", { author: review.author, count: review.helpfulCount })}>
                        {t("list.helpful", { count: review.helpfulCount })}
                      </button>
                    </Form>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} totalPages={list.pageCount} hrefFor={(page) => reviewsHref(pathname, search, { ...params, page })} />
    </section>
  );
}

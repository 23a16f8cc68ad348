// /seller/reviews — reviews of this seller's products (newest first; "unanswered" filter) and
// the seller's answer to each: one answer per review, editable. Writes need a seller that may
// write (requirePortalWrite); every query carries the seller's id.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FieldErrorList, ReviewPhotos, ReviewText, StarRating } from "~/components/reviews/ReviewParts";
import { SellerErrorBoundary } from "~/components/seller/SellerErrorBoundary";
import { SellerShell } from "~/components/seller/SellerShell";
import { sellerPath } from "~/components/seller/links";
import { readFormData } from "~/lib/form-data.server";
import { formatDate } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { listSellerReviews, replyToReview } from "~/modules/reviews/index.server";
import { REPLY_MAX, replySchema, SELLER_REVIEW_FILTERS, type SellerReviewFilter } from "~/modules/reviews/schemas";
import { portalHeaders, portalView, requirePortal, requirePortalWrite } from "~/modules/sellers/index.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Đánh giá · Kênh người bán" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  const url = new URL(request.url);
  const raw = url.searchParams.get("filter") ?? "all";
  const filter: SellerReviewFilter = (SELLER_REVIEW_FILTERS as readonly string[]).includes(raw) ? (raw as SellerReviewFilter) : "all";
  const page = Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1;
  const reviews = await listSellerReviews(portal.seller.id, { filter, page });
  const all = filter === "all" ? reviews.total : (await listSellerReviews(portal.seller.id, { pageSize: 1 })).total;
  const t = getFixedT(getLocale(request), "reviews");
  const tSeller = getFixedT(getLocale(request), "seller");
  return data({ title: `${t("seller.title")} · ${tSeller("portal")}`, portal: portalView(portal), reviews, filter, all }, { headers: portalHeaders(portal) });
}

export async function action({ request }: ActionFunctionArgs) {
  const portal = await requirePortalWrite(request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: replySchema });
  const reviewId = String(formData.get("reviewId") ?? "");
  if (submission.status !== "success") return data({ reviewId, result: submission.reply() }, { status: 400, headers: portalHeaders(portal) });
  const outcome = await replyToReview({ sellerId: portal.seller.id, reviewId: submission.value.reviewId, reply: submission.value.reply });
  if (!outcome.ok) {
    if (outcome.error === "not_found") throw new Response("Not Found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
    return data({ reviewId, result: submission.reply({ fieldErrors: { reply: ["errors.replyRequired"] } }) }, { status: 400, headers: portalHeaders(portal) });
  }
  const back = new URL(request.url);
  back.searchParams.delete("index");
  back.searchParams.set("replied", submission.value.reviewId);
  return redirect(`${back.pathname}${back.search}#review-${submission.value.reviewId}`, { headers: { "Cache-Control": "private, no-store" } });
}

export default function SellerReviewsPage() {
  const { portal, reviews, filter, all } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t, i18n } = useT("reviews");
  const replied = searchParams.get("replied");
  const hrefFor = (f: SellerReviewFilter, page?: number) => sellerPath("/seller/reviews", portal.query, { filter: f === "all" ? undefined : f, page: page && page > 1 ? page : undefined });

  return (
    <SellerShell portal={portal}>
      <div>
        <h1 className="text-2xl font-semibold text-stone-900">{t("seller.title")}</h1>
        <p className="mt-1 text-stone-600">{t("seller.intro")}</p>
        <p className="mt-2 text-sm font-medium text-stone-800">
          {reviews.average !== null ? t("seller.average", { average: reviews.average.toLocaleString(i18n.language === "en" ? "en-US" : "vi-VN"), count: reviews.ratingCount }) : t("seller.noAverage")}
        </p>
      </div>
      {replied && !actionData ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-800">
          {t("seller.replied")}
        </p>
      ) : null}
      <nav aria-label={t("seller.filterLabel")} className="flex gap-1">
        {SELLER_REVIEW_FILTERS.map((f) => (
          <Link
            key={f}
            to={hrefFor(f)}
            aria-current={f === filter ? "page" : undefined}
            className={`whitespace-nowrap rounded-full border px-3 py-1 text-sm ${f === filter ? "border-brand-600 bg-brand-50 font-medium text-brand-800" : "border-stone-300 text-stone-700 hover:bg-stone-50"}`}
          >
            {t(`seller.filter.${f}`, { count: f === "all" ? all : reviews.unanswered })}
          </Link>
        ))}
      </nav>

      {reviews.rows.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white p-6 text-center text-stone-600">{filter === "unanswered" ? t("seller.emptyUnanswered") : t("seller.empty")}</p>
      ) : (
        <ul role="list" className="space-y-3">
          {reviews.rows.map((r) => {
            const result = actionData && actionData.reviewId === r.id ? actionData.result : undefined;
            const errors = result && "error" in result && result.error ? result.error.reply : undefined;
            const typed = result && "initialValue" in result && result.initialValue ? (result.initialValue as Record<string, unknown>).reply : undefined;
            return (
              <li key={r.id} id={`review-${r.id}`}>
                <article aria-labelledby={`review-${r.id}-title`} className="rounded-xl border border-stone-200 bg-white p-4">
                  <h2 id={`review-${r.id}-title`} className="font-semibold text-stone-900">
                    <Link to={`/products/${r.product.slug}`} className="hover:text-brand-700">
                      {r.product.name}
                    </Link>
                  </h2>
                  <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600">
                    <StarRating rating={r.rating} />
                    <span className="font-medium text-stone-900">{r.author}</span>
                    <span>{formatDate(r.createdAt)}</span>
                    {r.status === "HIDDEN" ? <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900">{t("seller.hiddenByAdmin")}</span> : null}
                  </div>
                  <ReviewText body={r.body} className="mt-2" />
                  <ReviewPhotos photos={r.photos} label={t("list.photosOf", { author: r.author })} />
                  <Form method="post" className="mt-3 space-y-2">
                    <input type="hidden" name="reviewId" value={r.id} />
                    <label htmlFor={`reply-${r.id}`} className="block text-sm font-medium text-stone-800">
                      {t("seller.replyLabel", { author: r.author })}
                    </label>
                    <textarea
                      id={`reply-${r.id}`}
                      name="reply"
                      rows={3}
                      maxLength={REPLY_MAX}
                      defaultValue={typeof typed === "string" ? typed : (r.reply ?? "")}
                      aria-invalid={errors?.length ? true : undefined}
                      aria-describedby={errors?.length ? `reply-${r.id}-error` : undefined}
                      disabled={!portal.canWrite}
                      className="block w-full rounded-md border border-stone-300 px-3 py-2 text-base aria-[invalid=true]:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100 disabled:bg-stone-100"
                    />
                    <FieldErrorList id={`reply-${r.id}-error`} errors={errors} />
                    <div className="flex flex-wrap items-center gap-3">
                      <button type="submit" disabled={!portal.canWrite} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
                        {r.reply ? t("seller.replyUpdate") : t("seller.replySubmit")}
                      </button>
                      {r.repliedAt ? <span className="text-xs text-stone-500">{t("seller.repliedAt", { date: formatDate(r.repliedAt) })}</span> : null}
                    </div>
                  </Form>
                </article>
              </li>
            );
          })}
        </ul>
      )}

      {reviews.pageCount > 1 ? (
        <nav aria-label={t("seller.pagination")} className="flex items-center justify-between text-sm">
          {reviews.page > 1 ? <Link to={hrefFor(filter, reviews.page - 1)}>{t("seller.previousPage")}</Link> : <span />}
          <span>{t("seller.pageOf", { page: reviews.page, count: reviews.pageCount })}</span>
          {reviews.page < reviews.pageCount ? <Link to={hrefFor(filter, reviews.page + 1)}>{t("seller.nextPage")}</Link> : <span />}
        </nav>
      ) : null}
    </SellerShell>
  );
}

export function ErrorBoundary() {
  return <SellerErrorBoundary />;
}

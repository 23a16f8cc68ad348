// /admin/reviews — every review: search by text, product, seller, author or id; filter by status;
// hide one with a reason its author sees, or show it again. Both are audited (review.hide /
// review.unhide) and move the product's rating in the same transaction.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { AdminHeading, AdminShell, DoneNotice } from "~/components/admin/AdminShell";
import { DecisionForm } from "~/components/admin/DecisionForm";
import { optionalNote, pageParam, requiredReason } from "~/components/admin/forms";
import { ReviewPhotos, ReviewText, SellerReply, StarRating } from "~/components/reviews/ReviewParts";
import { Pagination } from "~/components/search/Pagination";
import { readFormData } from "~/lib/form-data.server";
import { formatDateTime } from "~/lib/format";
import { CACHE_NONE } from "~/lib/http";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { clientIp, notFound, requireAdmin } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { hideReview, searchReviewsForAdmin, unhideReview, type ReviewStatus } from "~/modules/reviews/index.server";

const STATUSES = ["VISIBLE", "HIDDEN"] as const satisfies readonly ReviewStatus[];
const statusParam = z.enum(STATUSES).optional().catch(undefined);

const moderationSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("hide"), reviewId: z.string().min(1).max(40), reason: requiredReason }),
  z.object({ intent: z.literal("unhide"), reviewId: z.string().min(1).max(40), reason: optionalNote }),
]);

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Đánh giá · Quản trị" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const url = new URL(request.url);
  const status = statusParam.parse(url.searchParams.get("status") ?? undefined);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200);
  const list = await searchReviewsForAdmin({ q, status, page: pageParam(url.searchParams.get("page")) });
  const locale = getLocale(request);
  const t = getFixedT(locale, "reviews");
  const tAdmin = getFixedT(locale, "admin");
  return data({ title: `${t("admin.title")} · ${tAdmin("overview.short")}`, status: status ?? null, q, ...list }, { headers: { "Cache-Control": CACHE_NONE } });
}

const HTTP_STATUS = { not_found: 404, invalid_transition: 409, reason_required: 400 } as const;

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: moderationSchema });
  const intent = String(formData.get("intent") ?? "");
  const reviewId = String(formData.get("reviewId") ?? "");
  if (submission.status !== "success") return data({ intent, reviewId, result: submission.reply() }, { status: 400, headers: { "Cache-Control": CACHE_NONE } });
  const actor = { id: admin.id, ipAddress: clientIp(context) };
  const { value } = submission;
  const outcome = value.intent === "hide" ? await hideReview(value.reviewId, value.reason, actor) : await unhideReview(value.reviewId, actor, value.reason);
  if (!outcome.ok) {
    if (outcome.error === "not_found") throw notFound();
    const reply = outcome.error === "reason_required" ? { fieldErrors: { reason: ["errors.reasonRequired"] } } : { formErrors: [`errors.${outcome.error}`] };
    return data({ intent, reviewId, result: submission.reply(reply) }, { status: HTTP_STATUS[outcome.error], headers: { "Cache-Control": CACHE_NONE } });
  }
  const back = new URL(request.url);
  back.searchParams.delete("index");
  back.searchParams.set("done", value.intent);
  return redirect(`${back.pathname}${back.search}`, { headers: { "Cache-Control": CACHE_NONE } });
}

function href(params: { status?: string | null; q?: string; page?: number }) {
  const search = new URLSearchParams();
  if (params.q) search.set("q", params.q);
  if (params.status) search.set("status", params.status);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const s = search.toString();
  return s ? `/admin/reviews?${s}` : "/admin/reviews";
}

export default function AdminReviews() {
  const { status, q, reviews, total, page, pageCount } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useT("reviews");
  const { t: tAdmin } = useT("admin");
  const done = searchParams.get("done");

  return (
    <AdminShell>
      <AdminHeading title={t("admin.title")} intro={t("admin.intro")} />
      <DoneNotice message={done === "hide" || done === "unhide" ? t(`admin.done.${done}`) : null} />

      <Form method="get" role="search" className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="reviews-q" className="block text-sm font-medium text-stone-800">
            {t("admin.searchLabel")}
          </label>
          <input id="reviews-q" name="q" type="search" defaultValue={q} className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="reviews-status" className="block text-sm font-medium text-stone-800">
            {t("admin.statusLabel")}
          </label>
          <select id="reviews-status" name="status" defaultValue={status ?? ""} className="mt-1 block rounded-md border border-stone-300 bg-white px-3 py-2">
            <option value="">{tAdmin("filters.all")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`admin.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {tAdmin("filters.search")}
        </button>
      </Form>

      <p className="text-sm text-stone-600" aria-live="polite">
        {tAdmin("filters.results", { count: total })}
      </p>

      {reviews.length === 0 ? (
        <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-600">{t("admin.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {reviews.map((r) => {
            const hidden = r.status === "HIDDEN";
            const intent = hidden ? "unhide" : "hide";
            return (
              <li key={r.id}>
                <article aria-labelledby={`review-${r.id}`} className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4 md:grid-cols-[1fr_20rem]">
                  <div className="min-w-0">
                    <h2 id={`review-${r.id}`} className="font-semibold text-stone-900">
                      <Link to={`/products/${r.product.slug}`} className="text-brand-700 hover:underline">
                        {r.product.name}
                      </Link>
                    </h2>
                    <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600">
                      <StarRating rating={r.rating} />
                      <span className={`rounded-full px-2 py-0.5 text-xs ${hidden ? "bg-amber-100 text-amber-900" : "bg-emerald-50 text-emerald-800"}`}>{t(`admin.status.${r.status}`)}</span>
                      <span>{t("admin.by", { name: r.authorName, email: r.authorEmail })}</span>
                      <Link to={`/admin/sellers/${r.seller.id}`} className="hover:underline">
                        {t("admin.seller", { name: r.seller.name })}
                      </Link>
                      <span>{formatDateTime(r.createdAt)}</span>
                    </p>
                    <ReviewText body={r.body} className="mt-2 text-sm" />
                    <ReviewPhotos photos={r.photos} label={t("list.photosOf", { author: r.author })} />
                    <SellerReply reply={r.reply} sellerName={r.seller.name} />
                    {hidden ? (
                      <p className="mt-2 whitespace-pre-line text-sm text-stone-800">
                        {t("admin.hiddenReason")}: {r.hiddenReason}
                      </p>
                    ) : null}
                  </div>
                  <DecisionForm
                    key={intent}
                    formId={`${intent}-${r.id}`}
                    intent={intent}
                    submitLabel={hidden ? t("admin.unhide") : t("admin.hide")}
                    reasonLabel={hidden ? t("admin.unhideNote") : t("admin.hideReason")}
                    reasonRequired={!hidden}
                    tone={hidden ? "primary" : "danger"}
                    extra={{ reviewId: r.id }}
                    lastResult={actionData && actionData.reviewId === r.id ? actionData.result : undefined}
                    compact
                  />
                </article>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={page} totalPages={pageCount} hrefFor={(p) => href({ status, q, page: p })} />
    </AdminShell>
  );
}

// /account/reviews/:lineId — the shopper's review of one order line: written once the line was
// delivered to them, editable for 30 days (stars, text, up to 4 photos). Multipart, works without
// JavaScript; a review the operator hid shows its reason to its author.
import { getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { FieldErrorList, ReviewText, SellerReply, useReviewErrorText } from "~/components/reviews/ReviewParts";
import { formatDate } from "~/lib/format";
import { CACHE_NONE } from "~/lib/http";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { notFound, requireUser } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { readUploadForm, UploadTooLargeError } from "~/modules/products/index.server";
import { IMAGE_ACCEPT, PHOTO_MAX_BYTES } from "~/modules/products/schemas";
import { createReview, getReviewFormData, updateReview } from "~/modules/reviews/index.server";
import { REVIEW_BODY_MAX, REVIEW_PHOTOS_MAX, reviewFormSchema } from "~/modules/reviews/schemas";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Đánh giá sản phẩm · Chợ OCOP" }, { name: "robots", content: "noindex" }];

const LINE_ID = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const lineId = LINE_ID.safeParse(params.lineId);
  const form = lineId.success ? await getReviewFormData(user.id, lineId.data) : null;
  if (!form) throw notFound();
  const t = getFixedT(getLocale(request), "reviews");
  return data(
    { title: `${form.review ? t("form.editTitle") : t("form.newTitle")} · ${form.line.title}`, form },
    // Not delivered yet: the page says so; nothing to fill in.
    { status: form.delivered ? 200 : 403, headers: { "Cache-Control": CACHE_NONE } },
  );
}

type ActionReply = { result: SubmissionResult<string[]> };

const STATUS = { not_found: 404, not_delivered: 403, already_reviewed: 409, edit_window_closed: 409, rate_limited: 429, invalid: 400 } as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const lineId = LINE_ID.safeParse(params.lineId);
  if (!lineId.success) throw notFound();
  let formData: FormData;
  try {
    formData = await readUploadForm(request, { maxFileBytes: PHOTO_MAX_BYTES, maxFiles: REVIEW_PHOTOS_MAX });
  } catch (error) {
    if (error instanceof UploadTooLargeError) {
      return data<ActionReply>({ result: { status: "error", error: { "": ["errors.uploadTooLarge"] } } }, { status: 413, headers: { "Cache-Control": CACHE_NONE } });
    }
    throw error;
  }
  const submission = parseWithZod(formData, { schema: reviewFormSchema });
  if (submission.status !== "success") {
    return data<ActionReply>({ result: submission.reply({ hideFields: ["photos"] }) }, { status: 400, headers: { "Cache-Control": CACHE_NONE } });
  }
  const form = await getReviewFormData(user.id, lineId.data);
  if (!form) throw notFound();
  const { rating, body, photos, removePhotos } = submission.value;
  const outcome = form.review
    ? await updateReview({ userId: user.id, reviewId: form.review.id, input: { rating, body, photos }, removePhotos })
    : await createReview({ userId: user.id, lineId: lineId.data, input: { rating, body, photos } });
  if (!outcome.ok) {
    if (outcome.error === "not_found") throw notFound();
    const reply =
      outcome.error === "invalid"
        ? submission.reply({ fieldErrors: outcome.fieldErrors, hideFields: ["photos"] })
        : submission.reply({ formErrors: [`errors.${outcome.error}`], hideFields: ["photos"] });
    const headers: Record<string, string> = { "Cache-Control": CACHE_NONE };
    if (outcome.error === "rate_limited" && outcome.retryAfterSeconds) headers["Retry-After"] = String(outcome.retryAfterSeconds);
    return data<ActionReply>({ result: reply }, { status: STATUS[outcome.error], headers });
  }
  return redirect(`/account/reviews/${lineId.data}?saved=1`, { headers: { "Cache-Control": CACHE_NONE } });
}

export default function ReviewFormPage() {
  const { form } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useT("reviews");
  const { line, review } = form;
  const saved = searchParams.get("saved") === "1" && !actionData;

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <Link to={`/account/orders/${line.orderId}`} className="text-sm text-brand-700 underline">
          {t("form.backToOrder")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold text-stone-900">{review ? t("form.editTitle") : t("form.newTitle")}</h1>
        <p className="mt-1 text-stone-700">
          <Link to={`/products/${line.productSlug}`} className="font-medium text-stone-900 hover:text-brand-700">
            {line.title}
          </Link>{" "}
          · {line.variantLabel}
        </p>
        <p className="mt-1 inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800">{t("verified")}</p>
      </div>

      {saved ? (
        <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-800">
          <p>{t("form.saved")}</p>
          <Link to={`/products/${line.productSlug}#reviews-title`} className="underline">
            {t("form.seeOnProduct")}
          </Link>
        </div>
      ) : null}

      {review?.status === "HIDDEN" ? (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">{t("form.hidden")}</p>
          <p className="mt-1">
            {t("form.hiddenReason")}: <span className="whitespace-pre-line">{review.hiddenReason}</span>
          </p>
        </div>
      ) : null}

      {!form.delivered ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900">
          {t("errors.not_delivered")}
        </p>
      ) : review && !review.canEdit ? (
        <section aria-label={t("form.yourReview")} className="rounded-xl border border-stone-200 bg-white p-4">
          <p className="text-sm text-stone-600">{t("form.windowClosed", { date: formatDate(review.editableUntil) })}</p>
          <p className="mt-2 font-medium">{t("stars", { count: review.rating })}</p>
          <ReviewText body={review.body} className="mt-1" />
          <SellerReply reply={review.reply} />
        </section>
      ) : (
        <>
          <ReviewForm lastResult={actionData?.result} review={review} />
          {review ? <SellerReply reply={review.reply} /> : null}
        </>
      )}
    </div>
  );
}

type ReviewShape = z.input<typeof reviewFormSchema>;

function ReviewForm({ lastResult, review }: { lastResult?: SubmissionResult<string[]>; review: { rating: number; body: string; photos: { key: string; src: string }[]; editableUntil: string | Date } | null }) {
  const { t } = useT("reviews");
  const errorText = useReviewErrorText();
  const navigation = useNavigation();
  const [form, fields] = useForm<ReviewShape, z.output<typeof reviewFormSchema>>({
    id: "review-form",
    lastResult,
    // Inputs hold strings; Conform's default-value type follows the schema's input types.
    defaultValue: (review ? { rating: String(review.rating), body: review.body } : undefined) as never,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reviewFormSchema }),
  });
  const ratingValue = fields.rating.value ?? fields.rating.initialValue;
  const busy = navigation.state === "submitting";

  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-5 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-5">
      {form.errors?.length ? (
        <div id={form.errorId} role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {form.errors.map((e) => (
            <p key={e}>{errorText(e)}</p>
          ))}
        </div>
      ) : null}

      <fieldset aria-describedby={fields.rating.errors?.length ? fields.rating.errorId : undefined} aria-invalid={fields.rating.errors?.length ? true : undefined}>
        <legend className="text-sm font-medium text-stone-800">{t("form.rating")}</legend>
        <div className="mt-2 flex flex-row-reverse justify-end gap-1">
          {[5, 4, 3, 2, 1].map((n) => (
            <label key={n} className="flex cursor-pointer items-center gap-1.5 rounded-md border border-stone-300 px-3 py-2 text-sm has-[:checked]:border-ocop-500 has-[:checked]:bg-amber-50 has-[:checked]:font-semibold">
              <input type="radio" name={fields.rating.name} value={String(n)} defaultChecked={ratingValue === String(n)} className="h-4 w-4 accent-brand-600" />
              <span aria-hidden="true" className="text-ocop-500">
                {"★".repeat(n)}
              </span>
              <span>{t("starsShort", { count: n })}</span>
            </label>
          ))}
        </div>
        <FieldErrorList id={fields.rating.errorId} errors={fields.rating.errors} />
      </fieldset>

      <div>
        <label htmlFor={fields.body.id} className="block text-sm font-medium text-stone-800">
          {t("form.body")} <span className="font-normal text-stone-500">{t("form.optional")}</span>
        </label>
        <textarea
          {...getTextareaProps(fields.body, { ariaDescribedBy: `${fields.body.id}-hint` })}
          rows={6}
          maxLength={REVIEW_BODY_MAX}
          className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-base aria-[invalid=true]:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100"
        />
        <p id={`${fields.body.id}-hint`} className="mt-1 text-xs text-stone-500">
          {t("form.bodyHint", { max: REVIEW_BODY_MAX })}
        </p>
        <FieldErrorList id={fields.body.errorId} errors={fields.body.errors} />
      </div>

      {review?.photos.length ? (
        <fieldset>
          <legend className="text-sm font-medium text-stone-800">{t("form.currentPhotos")}</legend>
          <ul role="list" className="mt-2 flex flex-wrap gap-3">
            {review.photos.map((photo, i) => (
              <li key={photo.key} className="text-sm">
                <img src={photo.src} alt={t("form.photoAlt", { n: i + 1 })} width={96} height={96} className="h-24 w-24 rounded-md border border-stone-200 object-cover" />
                <label className="mt-1 flex items-center gap-1">
                  <input type="checkbox" name={fields.removePhotos.name} value={photo.key} />
                  {t("form.removePhoto", { n: i + 1 })}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}

      <div>
        <label htmlFor={fields.photos.id} className="block text-sm font-medium text-stone-800">
          {t("form.photos")} <span className="font-normal text-stone-500">{t("form.optional")}</span>
        </label>
        <input
          {...getInputProps(fields.photos, { type: "file", ariaDescribedBy: `${fields.photos.id}-hint` })}
          multiple
          accept={IMAGE_ACCEPT}
          className="mt-1 block w-full text-sm"
        />
        <p id={`${fields.photos.id}-hint`} className="mt-1 text-xs text-stone-500">
          {t("form.photosHint", { max: REVIEW_PHOTOS_MAX, mb: Math.round(PHOTO_MAX_BYTES / 1024 / 1024) })}
        </p>
        <FieldErrorList id={fields.photos.errorId} errors={fields.photos.errors} />
      </div>

      {review ? <p className="text-xs text-stone-500">{t("form.editableUntil", { date: formatDate(review.editableUntil) })}</p> : null}

      <button type="submit" disabled={busy} className="rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700 disabled:opacity-70">
        {review ? t("form.update") : t("form.submit")}
      </button>
    </Form>
  );
}

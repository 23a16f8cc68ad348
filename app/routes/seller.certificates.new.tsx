import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { FieldErrors, FormErrors, FormField, inputClass } from "~/components/seller/FormField";
import { SellerErrorBoundary } from "~/components/seller/SellerErrorBoundary";
import { SellerShell } from "~/components/seller/SellerShell";
import { sellerPath } from "~/components/seller/links";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { OCOP_GROUP_SLUGS } from "~/lib/ocop";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { submitCertificate } from "~/modules/certificates/index.server";
import { certificateSchema, SCAN_ACCEPT, SCAN_MAX_BYTES } from "~/modules/certificates/schemas";
import { readUploadForm, UploadTooLargeError } from "~/modules/products/index.server";
import { portalHeaders, portalView, requirePortal, requirePortalWrite } from "~/modules/sellers/index.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Thêm giấy chứng nhận OCOP · Kênh người bán" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  const t = getFixedT(getLocale(request), "seller");
  return data({ title: `${t("certificates.new")} · ${t("portal")}`, portal: portalView(portal) }, { headers: portalHeaders(portal) });
}

export async function action({ request }: ActionFunctionArgs) {
  const portal = await requirePortalWrite(request);
  let formData: FormData;
  try {
    formData = await readUploadForm(request, { maxFileBytes: SCAN_MAX_BYTES, maxFiles: 1 });
  } catch (error) {
    if (error instanceof UploadTooLargeError) return data({ result: { status: "error" as const, error: { "": ["errors.uploadTooLarge"] } } }, { status: 413 });
    throw error;
  }
  const submission = parseWithZod(formData, { schema: certificateSchema });
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["scan"] }) }, { status: 400 });
  const outcome = await submitCertificate({ sellerId: portal.seller.id, input: submission.value });
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors, hideFields: ["scan"] }) }, { status: 400 });
  return redirect(sellerPath("/seller/certificates", portal.query, { added: 1 }));
}

export default function NewCertificatePage() {
  const { portal } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useT("seller");
  const { t: tc } = useT("common");
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: getZodConstraint(certificateSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: certificateSchema }),
  });
  const submitting = navigation.state === "submitting" && navigation.formMethod === "POST";

  return (
    <SellerShell portal={portal}>
      <div>
        <Link to={sellerPath("/seller/certificates", portal.query)} className="text-sm text-brand-700 underline">
          {t("certificates.back")}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold text-stone-900">{t("certificates.new")}</h1>
        <p className="mt-1 text-sm text-stone-600">{t("certificates.newIntro")}</p>
      </div>
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
        <FormErrors id={form.errorId} errors={form.errors} />
        <fieldset disabled={!portal.canWrite} className="grid gap-4 sm:grid-cols-2">
          <FormField id={fields.productName.id} errorId={fields.productName.errorId} label={t("certificates.productName")} hint={t("certificates.productNameHint")} errors={fields.productName.errors} className="sm:col-span-2">
            <input {...getInputProps(fields.productName, { type: "text", ariaDescribedBy: `${fields.productName.id}-hint` })} className={inputClass} />
          </FormField>
          <FormField id={fields.decisionNumber.id} errorId={fields.decisionNumber.errorId} label={t("certificates.decisionNumber")} errors={fields.decisionNumber.errors}>
            <input {...getInputProps(fields.decisionNumber, { type: "text" })} placeholder="1234/QĐ-UBND" className={inputClass} />
          </FormField>
          <FormField id={fields.issuedAt.id} errorId={fields.issuedAt.errorId} label={t("certificates.issuedAt")} hint={t("certificates.issuedAtHint")} errors={fields.issuedAt.errors}>
            <input {...getInputProps(fields.issuedAt, { type: "text", ariaDescribedBy: `${fields.issuedAt.id}-hint` })} inputMode="numeric" placeholder="dd/mm/yyyy" className={inputClass} />
          </FormField>
          <FormField id={fields.issuingAuthority.id} errorId={fields.issuingAuthority.errorId} label={t("certificates.issuingAuthority")} errors={fields.issuingAuthority.errors} className="sm:col-span-2">
            <input {...getInputProps(fields.issuingAuthority, { type: "text" })} placeholder={t("certificates.issuingAuthorityPlaceholder")} className={inputClass} />
          </FormField>
          <fieldset>
            <legend className="block text-sm font-medium text-stone-800">{t("certificates.stars")}</legend>
            <div className="mt-1 flex gap-3">
              {[3, 4, 5].map((n) => (
                <label key={n} className="flex items-center gap-2 rounded-md border border-stone-300 px-3 py-2 text-sm">
                  <input type="radio" name={fields.stars.name} value={n} defaultChecked={fields.stars.initialValue === String(n)} />
                  {tc("product.stars", { count: n })}
                </label>
              ))}
            </div>
            <FieldErrors id={fields.stars.errorId} errors={fields.stars.errors} />
          </fieldset>
          <FormField id={fields.groupSlug.id} errorId={fields.groupSlug.errorId} label={t("certificates.group")} errors={fields.groupSlug.errors}>
            <select id={fields.groupSlug.id} name={fields.groupSlug.name} defaultValue={fields.groupSlug.initialValue ?? ""} aria-invalid={fields.groupSlug.errors ? true : undefined} className={inputClass}>
              <option value="">{t("certificates.chooseGroup")}</option>
              {OCOP_GROUP_SLUGS.map((g) => (
                <option key={g} value={g}>
                  {tc(`ocopGroups.${g}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id={fields.scan.id} errorId={fields.scan.errorId} label={t("certificates.scan")} hint={t("certificates.scanHint")} errors={fields.scan.errors} className="sm:col-span-2">
            <input {...getInputProps(fields.scan, { type: "file", ariaDescribedBy: `${fields.scan.id}-hint` })} accept={SCAN_ACCEPT} className="mt-1 block w-full text-sm" />
          </FormField>
          <div className="sm:col-span-2">
            <button type="submit" disabled={submitting} className="w-full rounded-md bg-brand-600 px-4 py-3 font-medium text-white hover:bg-brand-700 disabled:opacity-70 sm:w-auto">
              {submitting ? t("certificates.submitting") : t("certificates.submit")}
            </button>
          </div>
        </fieldset>
      </Form>
    </SellerShell>
  );
}

export function ErrorBoundary() {
  return <SellerErrorBoundary />;
}

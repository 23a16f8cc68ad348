import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useFetcher, useLoaderData, useNavigation } from "@remix-run/react";
import { useState, type ReactNode } from "react";
import { BankAccountFields } from "~/components/seller/BankAccountFields";
import { FormErrors, FormField, inputClass, Notice } from "~/components/seller/FormField";
import { useHydrated } from "~/components/product/useHydrated";
import { formatDate } from "~/lib/format";
import { sellerLogoUrl } from "~/lib/images.server";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { requireUser } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { readUploadForm, UploadTooLargeError } from "~/modules/products/index.server";
import { IMAGE_ACCEPT } from "~/modules/products/schemas";
import { getOwnApplication, listProvinces, listWards, submitApplication } from "~/modules/sellers/index.server";
import { applicationSchema, LOGO_MAX_BYTES, SELLER_KINDS } from "~/modules/sellers/schemas";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Đăng ký bán hàng · Chợ OCOP" }, { name: "robots", content: "noindex" }];

// Fields a province reload (GET, without JavaScript) carries back into the form.
const KEPT_FIELDS = ["businessName", "kind", "taxCode", "representative", "phone", "email", "provinceCode", "wardCode", "addressLine", "story", "bankBin", "bankAccountNo", "bankAccountName"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const application = await getOwnApplication(user.id);
  // Values typed before a province reload win over the stored application.
  const fromUrl: Record<string, string> = {};
  for (const name of KEPT_FIELDS) {
    const value = url.searchParams.get(name);
    if (value !== null) fromUrl[name] = value.slice(0, 3000);
  }
  const defaults: Record<string, string> = {
    ...(application?.editable ? application.values : { email: user.email, representative: user.name }),
    ...fromUrl,
  };
  const [provinces, wards] = await Promise.all([listProvinces(), listWards(defaults.provinceCode)]);
  const t = getFixedT(getLocale(request), "seller");
  return data(
    {
      title: `${t("apply.title")} · Chợ OCOP`,
      application: application && {
        status: application.status,
        statusReason: application.statusReason,
        submittedAt: application.submittedAt.toISOString(),
        editable: application.editable,
        name: application.values.businessName,
        logo: application.logoPath ? sellerLogoUrl(application.logoPath, 96) : null,
      },
      defaults,
      provinces,
      wards,
      submitted: url.searchParams.get("submitted") === "1",
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  let formData: FormData;
  try {
    formData = await readUploadForm(request, { maxFileBytes: LOGO_MAX_BYTES, maxFiles: 1 });
  } catch (error) {
    if (error instanceof UploadTooLargeError) {
      return data({ result: { status: "error" as const, error: { "": ["errors.uploadTooLarge"] } } }, { status: 413 });
    }
    throw error;
  }
  const submission = parseWithZod(formData, { schema: applicationSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["logo"] }) }, { status: submission.status === "error" ? 400 : 200 });
  }
  const outcome = await submitApplication(user.id, submission.value);
  if (!outcome.ok) {
    return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors, hideFields: ["logo"] }) }, { status: 400 });
  }
  return redirect("/sell?submitted=1");
}

export default function SellPage() {
  const { application, defaults, provinces, wards: initialWards, submitted } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const hydrated = useHydrated();
  const { t } = useT("seller");
  const wardsFetcher = useFetcher<typeof loader>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: getZodConstraint(applicationSchema),
    defaultValue: defaults,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: applicationSchema }),
  });
  // After a failed submit without JavaScript the page is new: start from what was sent.
  const [province, setProvince] = useState(fields.provinceCode.initialValue ?? defaults.provinceCode ?? "");
  const wards = wardsFetcher.data?.wards && wardsFetcher.data.defaults.provinceCode === province ? wardsFetcher.data.wards : province === defaults.provinceCode ? initialWards : [];
  const submitting = navigation.state === "submitting" && navigation.formMethod === "POST";
  const showForm = !application || application.editable;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-stone-900">{t("apply.title")}</h1>
        <p className="mt-2 text-stone-600">{t("apply.intro")}</p>
      </div>

      {submitted ? <Notice>{t("apply.submittedNotice")}</Notice> : null}

      {application ? (
        <section aria-labelledby="application-status" className="rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="application-status" className="text-lg font-semibold">
            {t(`apply.status.${application.status}`)}
          </h2>
          <p className="mt-1 text-sm text-stone-600">{t("apply.statusFor", { name: application.name, date: formatDate(application.submittedAt) })}</p>
          {application.status === "PENDING" ? <p className="mt-2 text-stone-700">{t("apply.pendingText")}</p> : null}
          {application.status === "REJECTED" ? (
            <div className="mt-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
              <p className="font-medium">{t("apply.rejectedReason", { reason: application.statusReason ?? "" })}</p>
              <p className="mt-1">{t("apply.rejectedText")}</p>
            </div>
          ) : null}
          {application.status === "APPROVED" || application.status === "SUSPENDED" ? (
            <p className="mt-3">
              <Link to="/seller" className="font-medium text-brand-700 underline">
                {t("apply.openPortal")}
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}

      {showForm ? (
        <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-6">
          <FormErrors id={form.errorId} errors={form.errors} />

          <Section title={t("apply.sectionBusiness")}>
            <FormField id={fields.businessName.id} errorId={fields.businessName.errorId} label={t("apply.businessName")} errors={fields.businessName.errors} className="sm:col-span-2">
              <input {...getInputProps(fields.businessName, { type: "text" })} autoComplete="organization" className={inputClass} />
            </FormField>
            <fieldset className="sm:col-span-2">
              <legend className="block text-sm font-medium text-stone-800">{t("apply.kind")}</legend>
              <div className="mt-1 flex flex-wrap gap-3">
                {SELLER_KINDS.map((kind) => (
                  <label key={kind} className="flex items-center gap-2 rounded-md border border-stone-300 px-3 py-2 text-sm">
                    <input type="radio" name={fields.kind.name} value={kind} defaultChecked={fields.kind.initialValue === kind} aria-invalid={fields.kind.errors ? true : undefined} />
                    {t(`kind.${kind}`)}
                  </label>
                ))}
              </div>
              {fields.kind.errors ? <p className="mt-1 text-sm text-red-700">{fields.kind.errors.map((e) => t(e)).join(" ")}</p> : null}
            </fieldset>
            <FormField id={fields.taxCode.id} errorId={fields.taxCode.errorId} label={t("apply.taxCode")} hint={t("apply.taxCodeHint")} errors={fields.taxCode.errors}>
              <input {...getInputProps(fields.taxCode, { type: "text", ariaDescribedBy: `${fields.taxCode.id}-hint` })} inputMode="numeric" className={inputClass} />
            </FormField>
            <FormField id={fields.representative.id} errorId={fields.representative.errorId} label={t("apply.representative")} errors={fields.representative.errors}>
              <input {...getInputProps(fields.representative, { type: "text" })} autoComplete="name" className={inputClass} />
            </FormField>
            <FormField id={fields.phone.id} errorId={fields.phone.errorId} label={t("apply.phone")} hint={t("apply.phoneHint")} errors={fields.phone.errors}>
              <input {...getInputProps(fields.phone, { type: "tel", ariaDescribedBy: `${fields.phone.id}-hint` })} autoComplete="tel" className={inputClass} />
            </FormField>
            <FormField id={fields.email.id} errorId={fields.email.errorId} label={t("apply.email")} errors={fields.email.errors}>
              <input {...getInputProps(fields.email, { type: "email" })} autoComplete="email" autoCapitalize="none" spellCheck={false} className={inputClass} />
            </FormField>
          </Section>

          <Section title={t("apply.sectionAddress")}>
            <FormField id={fields.provinceCode.id} errorId={fields.provinceCode.errorId} label={t("apply.province")} errors={fields.provinceCode.errors}>
              <select
                {...getSelectProps(fields.provinceCode)}
                defaultValue={undefined}
                value={province}
                onChange={(event) => {
                  const code = event.currentTarget.value;
                  setProvince(code);
                  if (code) wardsFetcher.load(`/sell?provinceCode=${encodeURIComponent(code)}`);
                }}
                className={inputClass}
              >
                <option value="">{t("apply.chooseProvince")}</option>
                {provinces.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField id={fields.wardCode.id} errorId={fields.wardCode.errorId} label={t("apply.ward")} errors={fields.wardCode.errors}>
              <select {...getSelectProps(fields.wardCode)} key={`ward-${province}`} defaultValue={wards.some((w) => w.code === fields.wardCode.initialValue) ? fields.wardCode.initialValue : ""} className={inputClass}>
                <option value="">{province ? t("apply.chooseWard") : t("apply.chooseProvinceFirst")}</option>
                {wards.map((w) => (
                  <option key={w.code} value={w.code}>
                    {w.name}
                  </option>
                ))}
              </select>
            </FormField>
            {!hydrated ? (
              <div className="sm:col-span-2">
                {/* Without JavaScript: reload the page for the chosen province, keeping what was typed. */}
                <button type="submit" formMethod="get" formNoValidate className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-50">
                  {t("apply.loadWards")}
                </button>
              </div>
            ) : null}
            <FormField id={fields.addressLine.id} errorId={fields.addressLine.errorId} label={t("apply.addressLine")} hint={t("apply.addressLineHint")} errors={fields.addressLine.errors} className="sm:col-span-2">
              <input {...getInputProps(fields.addressLine, { type: "text", ariaDescribedBy: `${fields.addressLine.id}-hint` })} autoComplete="street-address" className={inputClass} />
            </FormField>
          </Section>

          <Section title={t("apply.sectionStory")}>
            <FormField id={fields.story.id} errorId={fields.story.errorId} label={t("apply.story")} hint={t("apply.storyHint")} errors={fields.story.errors} className="sm:col-span-2">
              <textarea {...getTextareaProps(fields.story, { ariaDescribedBy: `${fields.story.id}-hint` })} rows={5} className={inputClass} />
            </FormField>
            <FormField id={fields.logo.id} errorId={fields.logo.errorId} label={t("apply.logo")} hint={t("apply.logoHint")} errors={fields.logo.errors} className="sm:col-span-2">
              {application?.logo ? <img src={application.logo} alt="" width={64} height={64} className="mt-1 h-16 w-16 rounded-full" /> : null}
              <input {...getInputProps(fields.logo, { type: "file", ariaDescribedBy: `${fields.logo.id}-hint` })} accept={IMAGE_ACCEPT} className="mt-1 block w-full text-sm" />
            </FormField>
          </Section>

          <Section title={t("apply.sectionBank")} intro={t("apply.bankIntro")}>
            <BankAccountFields bankBin={fields.bankBin} bankAccountNo={fields.bankAccountNo} bankAccountName={fields.bankAccountName} />
          </Section>

          <button type="submit" disabled={submitting} className="w-full rounded-md bg-brand-600 px-4 py-3 font-medium text-white hover:bg-brand-700 disabled:opacity-70 sm:w-auto">
            {submitting ? t("apply.submitting") : application ? t("apply.resubmit") : t("apply.submit")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}

function Section({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
      <legend className="px-1 text-base font-semibold text-stone-900">{title}</legend>
      {intro ? <p className="mb-3 text-sm text-stone-600">{intro}</p> : null}
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

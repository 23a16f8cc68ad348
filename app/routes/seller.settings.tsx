// /seller/settings — the seller's contact details and story (any member) and the
// payout bank account (the owner only; staff see it masked). Name, province and
// ward are shown but not editable: they were approved by the operator.
// docs/decisions/0017.
import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { BankAccountFields } from "~/components/seller/BankAccountFields";
import { FormErrors, FormField, inputClass, Notice } from "~/components/seller/FormField";
import { SellerErrorBoundary } from "~/components/seller/SellerErrorBoundary";
import { SellerShell } from "~/components/seller/SellerShell";
import { sellerPath } from "~/components/seller/links";
import { readFormData } from "~/lib/form-data.server";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { clientIp, notFound } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { getSellerSettings, portalHeaders, portalView, requirePortal, requirePortalWrite, updateSellerBank, updateSellerProfile } from "~/modules/sellers/index.server";
import { BANK_FIELDS, bankSchema, profileSchema } from "~/modules/sellers/team-schemas";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Thông tin gian hàng · Kênh người bán" }, { name: "robots", content: "noindex" }];

const DONE = ["profile", "bank", "unchanged"] as const;
const noStore = { "Cache-Control": "private, no-store" };

export async function loader({ request }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  const settings = await getSellerSettings(portal.seller.id, portal.role);
  if (!settings) throw notFound();
  const doneParam = new URL(request.url).searchParams.get("done");
  const t = getFixedT(getLocale(request), "team");
  return data(
    {
      title: `${t("settings.title")} · ${t("portal")}`,
      portal: portalView(portal),
      settings,
      isOwner: portal.role === "OWNER",
      done: DONE.find((d) => d === doneParam) ?? null,
    },
    { headers: portalHeaders(portal) },
  );
}

function ownerOnly() {
  return data({ intent: "bank" as const, result: undefined, refusal: "not_owner" as const }, { status: 403, headers: noStore });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const portal = await requirePortalWrite(request);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  // A staff member's form has no bank fields: any bank field (or the bank intent) from staff is
  // refused whole, so nothing of a crafted request is written.
  if (portal.role !== "OWNER" && (intent === "bank" || BANK_FIELDS.some((name) => formData.has(name)))) return ownerOnly();
  const done = (what: (typeof DONE)[number]) => redirect(sellerPath("/seller/settings", portal.query, { done: what }), { headers: noStore });

  if (intent === "profile") {
    const submission = parseWithZod(formData, { schema: profileSchema });
    if (submission.status !== "success") return data({ intent: "profile" as const, result: submission.reply(), refusal: null }, { status: 400, headers: noStore });
    const { intent: _intent, ...profile } = submission.value;
    const outcome = await updateSellerProfile({ sellerId: portal.seller.id, actorId: portal.user.id, profile, ipAddress: clientIp(context) });
    if (!outcome.ok) throw notFound();
    return done(outcome.changed ? "profile" : "unchanged");
  }
  if (intent === "bank") {
    const submission = parseWithZod(formData, { schema: bankSchema });
    if (submission.status !== "success") return data({ intent: "bank" as const, result: submission.reply(), refusal: null }, { status: 400, headers: noStore });
    const { intent: _intent, ...bank } = submission.value;
    const outcome = await updateSellerBank({ sellerId: portal.seller.id, actorId: portal.user.id, bank, ipAddress: clientIp(context) });
    if (!outcome.ok) {
      if (outcome.reason === "not_owner") return ownerOnly();
      throw notFound();
    }
    return done(outcome.changed ? "bank" : "unchanged");
  }
  return data({ intent: null, result: undefined, refusal: null }, { status: 400, headers: noStore });
}

export default function SellerSettingsPage() {
  const { portal, settings, isOwner, done } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useT("team");
  const { t: ts } = useT("seller");
  const here = sellerPath("/seller/settings", portal.query);
  const busy = (intent: string) => navigation.state === "submitting" && navigation.formData?.get("intent") === intent;
  const [profileForm, profile] = useForm({
    id: "profile",
    lastResult: reply?.intent === "profile" ? reply.result : undefined,
    constraint: getZodConstraint(profileSchema),
    defaultValue: settings.profile,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileSchema }),
  });
  const [bankForm, bank] = useForm({
    id: "bank",
    lastResult: reply?.intent === "bank" ? reply.result : undefined,
    constraint: getZodConstraint(bankSchema),
    defaultValue: { bankBin: settings.bank.bankBin, bankAccountNo: settings.bank.bankAccountNo, bankAccountName: settings.bank.bankAccountName },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: bankSchema }),
  });
  const canWrite = portal.canWrite;

  return (
    <SellerShell portal={portal}>
      <div>
        <h1 className="text-2xl font-semibold text-stone-900">{t("settings.title")}</h1>
        <p className="mt-1 text-stone-600">{t("settings.intro")}</p>
      </div>

      {done ? <Notice>{t(`settings.done.${done}`)}</Notice> : null}
      {reply?.refusal === "not_owner" ? <Notice tone="warning">{t("settings.bankOwnerOnly")}</Notice> : null}

      <Panel id="identity" title={t("settings.identity")} intro={t("settings.identityLocked")}>
        <dl className="grid gap-3 text-sm sm:col-span-2 sm:grid-cols-3">
          <div>
            <dt className="text-stone-500">{t("settings.name")}</dt>
            <dd className="font-medium text-stone-900">{settings.name}</dd>
          </div>
          <div>
            <dt className="text-stone-500">{t("settings.province")}</dt>
            <dd className="font-medium text-stone-900">{settings.provinceName}</dd>
          </div>
          <div>
            <dt className="text-stone-500">{t("settings.ward")}</dt>
            <dd className="font-medium text-stone-900">{settings.wardName}</dd>
          </div>
        </dl>
      </Panel>

      <Form method="post" action={here} {...getFormProps(profileForm)} className="space-y-3">
        <input type="hidden" name="intent" value="profile" />
        <Section title={t("settings.profile")}>
          <FormErrors id={profileForm.errorId} errors={profileForm.errors} />
          <FormField id={profile.phone.id} errorId={profile.phone.errorId} label={ts("apply.phone")} hint={ts("apply.phoneHint")} errors={profile.phone.errors}>
            <input {...getInputProps(profile.phone, { type: "tel", ariaDescribedBy: `${profile.phone.id}-hint` })} autoComplete="tel" disabled={!canWrite} className={inputClass} />
          </FormField>
          <FormField id={profile.email.id} errorId={profile.email.errorId} label={ts("apply.email")} errors={profile.email.errors}>
            <input {...getInputProps(profile.email, { type: "email" })} autoComplete="email" autoCapitalize="none" spellCheck={false} disabled={!canWrite} className={inputClass} />
          </FormField>
          <FormField id={profile.addressLine.id} errorId={profile.addressLine.errorId} label={ts("apply.addressLine")} hint={ts("apply.addressLineHint")} errors={profile.addressLine.errors} className="sm:col-span-2">
            <input {...getInputProps(profile.addressLine, { type: "text", ariaDescribedBy: `${profile.addressLine.id}-hint` })} autoComplete="street-address" disabled={!canWrite} className={inputClass} />
          </FormField>
          <FormField id={profile.story.id} errorId={profile.story.errorId} label={ts("apply.story")} hint={ts("apply.storyHint")} errors={profile.story.errors} className="sm:col-span-2">
            <textarea {...getTextareaProps(profile.story, { ariaDescribedBy: `${profile.story.id}-hint` })} rows={6} disabled={!canWrite} className={inputClass} />
          </FormField>
        </Section>
        {canWrite ? (
          <button type="submit" disabled={busy("profile")} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-70">
            {t("settings.saveProfile")}
          </button>
        ) : null}
      </Form>

      {isOwner && canWrite ? (
        <Form method="post" action={here} {...getFormProps(bankForm)} className="space-y-3">
          <input type="hidden" name="intent" value="bank" />
          <Section title={t("settings.bank")} intro={t("settings.bankIntroOwner")}>
            <FormErrors id={bankForm.errorId} errors={bankForm.errors} />
            <BankAccountFields bankBin={bank.bankBin} bankAccountNo={bank.bankAccountNo} bankAccountName={bank.bankAccountName} />
          </Section>
          <button type="submit" disabled={busy("bank")} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-70">
            {t("settings.saveBank")}
          </button>
        </Form>
      ) : (
        <Panel id="bank" title={t("settings.bank")} intro={isOwner ? t("settings.bankSuspended") : t("settings.bankStaff")}>
          <dl className="grid gap-3 text-sm sm:col-span-2 sm:grid-cols-3">
            <div>
              <dt className="text-stone-500">{ts("apply.bank")}</dt>
              <dd className="font-medium text-stone-900">{settings.bank.bankName}</dd>
            </div>
            <div>
              <dt className="text-stone-500">{ts("apply.bankAccountNo")}</dt>
              <dd className="font-medium text-stone-900">{settings.bank.bankAccountNo}</dd>
            </div>
            <div>
              <dt className="text-stone-500">{ts("apply.bankAccountName")}</dt>
              <dd className="font-medium text-stone-900">{settings.bank.bankAccountName}</dd>
            </div>
          </dl>
        </Panel>
      )}
    </SellerShell>
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

/** A read-only block with a heading (forms use Section, a fieldset). */
function Panel({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id={`${id}-heading`} className="text-base font-semibold text-stone-900">
        {title}
      </h2>
      {intro ? <p className="mb-3 mt-1 text-sm text-stone-600">{intro}</p> : null}
      {children}
    </section>
  );
}

export function ErrorBoundary() {
  return <SellerErrorBoundary />;
}

import { getFormProps, getInputProps, useForm, type FieldMetadata } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { clientIp, registerUser, requireAnonymous } from "~/modules/accounts/index.server";
import { safeRedirect, withRedirectTo } from "~/modules/accounts/redirect";
import { mergeGuestCartOnLogin } from "~/modules/cart/index.server";
import { NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, registerSchema } from "~/modules/accounts/schemas";
import { passThroughHeaders } from "~/modules/accounts/route-headers";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Tạo tài khoản · Chợ OCOP" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
  await requireAnonymous(request, redirectTo);
  const t = getFixedT(getLocale(request), "auth");
  return data({ redirectTo, title: `${t("registerTitle")} · Chợ OCOP` }, { headers: { "Cache-Control": "private, no-store" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: registerSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }), retryAfterMinutes: 0 }, { status: 400 });
  }
  const outcome = await registerUser(
    { ...submission.value, locale: getLocale(request) },
    { ipAddress: clientIp(context), userAgent: request.headers.get("User-Agent") },
  );
  if (outcome.ok) {
    const headers = new Headers({ "Set-Cookie": outcome.session.cookie });
    // The guest's cart joins the account's cart; the guest cookie goes.
    const clearCart = await mergeGuestCartOnLogin(request, outcome.userId);
    if (clearCart) headers.append("Set-Cookie", clearCart);
    return redirect(safeRedirect(submission.value.redirectTo), { headers });
  }
  if (outcome.reason === "email_taken") {
    return data({ result: submission.reply({ fieldErrors: { email: ["errors.emailTaken"] }, hideFields: ["password"] }), retryAfterMinutes: 0 }, { status: 400 });
  }
  return data(
    { result: submission.reply({ formErrors: ["errors.registerLimited"], hideFields: ["password"] }), retryAfterMinutes: Math.ceil(outcome.retryAfterSeconds / 60) },
    { status: 429, headers: { "Retry-After": String(outcome.retryAfterSeconds) } },
  );
}

export default function RegisterPage() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useT("auth");
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: getZodConstraint(registerSchema),
    defaultValue: { redirectTo },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: registerSchema }),
  });
  const params = { minutes: actionData?.retryAfterMinutes ?? 0, minPassword: PASSWORD_MIN, maxPassword: PASSWORD_MAX, maxName: NAME_MAX };
  const submitting = navigation.state !== "idle" && navigation.formAction?.startsWith("/register");

  return (
    <>
      <h1 className="text-2xl font-semibold text-stone-900">{t("registerTitle")}</h1>
      <p className="mt-2 text-sm text-stone-600">{t("register.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="mt-6 space-y-4">
        {form.errors?.length ? (
          <div id={form.errorId} role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            {form.errors.map((e) => (
              <p key={e}>{t(e, params)}</p>
            ))}
          </div>
        ) : null}
        <input {...getInputProps(fields.redirectTo, { type: "hidden" })} />
        <Field field={fields.name} label={t("register.name")} params={params}>
          <input {...getInputProps(fields.name, { type: "text" })} autoComplete="name" className={inputClass} />
        </Field>
        <Field field={fields.email} label={t("register.email")} params={params}>
          <input {...getInputProps(fields.email, { type: "email" })} autoComplete="email" inputMode="email" autoCapitalize="none" spellCheck={false} className={inputClass} />
        </Field>
        <Field field={fields.password} label={t("register.password")} hint={t("register.passwordHint", params)} params={params}>
          <input
            {...getInputProps(fields.password, { type: "password", ariaDescribedBy: `${fields.password.id}-hint` })}
            autoComplete="new-password"
            className={inputClass}
          />
        </Field>
        <button type="submit" disabled={submitting} className="w-full rounded-md bg-brand-600 px-4 py-2.5 font-medium text-white hover:bg-brand-700 disabled:opacity-70">
          {submitting ? t("register.submitting") : t("register.submit")}
        </button>
      </Form>
      <p className="mt-6 text-center text-sm text-stone-600">
        {t("register.haveAccount")}{" "}
        <Link to={withRedirectTo("/login", redirectTo)} className="font-medium text-brand-700 underline">
          {t("register.loginLink")}
        </Link>
      </p>
    </>
  );
}

const inputClass =
  "mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-base aria-[invalid=true]:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100";

function Field({ field, label, hint, params, children }: { field: FieldMetadata<string>; label: string; hint?: string; params: Record<string, unknown>; children: ReactNode }) {
  const { t } = useT("auth");
  return (
    <div>
      <label htmlFor={field.id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${field.id}-hint`} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      {field.errors?.length ? (
        <p id={field.errorId} className="mt-1 text-sm text-red-700">
          {field.errors.map((e) => t(e, params)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}

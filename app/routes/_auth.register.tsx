import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AuthSwitch } from "~/components/auth/AuthSwitch";
import { Field, FormErrors, inputClass } from "~/components/forms/Field";
import { inputProps, useServerForm } from "~/components/forms/useServerForm";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { clientIp, registerUser } from "~/modules/accounts/index.server";
import { loadAuthPage, redirectSignedIn } from "~/modules/accounts/auth-pages.server";
import { withRedirectTo } from "~/modules/accounts/redirect";
import { NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, registerSchema } from "~/modules/accounts/schemas";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { readFormData } from "~/lib/form-data.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Tạo tài khoản · Chợ OCOP" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await loadAuthPage(request, "registerTitle");
  // The fields' rules travel as data: the browser gets no zod (the action validates).
  return data({ ...page.data, constraint: getZodConstraint(registerSchema), limits: { minPassword: PASSWORD_MIN, maxPassword: PASSWORD_MAX, maxName: NAME_MAX } }, page.init ?? undefined);
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: registerSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }), retryAfterMinutes: 0 }, { status: 400 });
  }
  const outcome = await registerUser(
    { ...submission.value, locale: getLocale(request) },
    { ipAddress: clientIp(context), userAgent: request.headers.get("User-Agent") },
  );
  if (outcome.ok) return redirectSignedIn(request, outcome, submission.value.redirectTo);
  if (outcome.reason === "email_taken") {
    return data({ result: submission.reply({ fieldErrors: { email: ["errors.emailTaken"] }, hideFields: ["password"] }), retryAfterMinutes: 0 }, { status: 400 });
  }
  return data(
    { result: submission.reply({ formErrors: ["errors.registerLimited"], hideFields: ["password"] }), retryAfterMinutes: Math.ceil(outcome.retryAfterSeconds / 60) },
    { status: 429, headers: { "Retry-After": String(outcome.retryAfterSeconds) } },
  );
}

export default function RegisterPage() {
  const { redirectTo, constraint, limits } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useT("auth");
  const { form, fields, submitting } = useServerForm({
    id: "register-form",
    path: "/register",
    names: ["name", "email", "password", "redirectTo"],
    lastResult: actionData?.result,
    defaultValue: { redirectTo },
    constraint,
  });
  const params = { minutes: actionData?.retryAfterMinutes ?? 0, ...limits };

  return (
    <>
      <h1 className="text-2xl font-semibold text-stone-900">{t("registerTitle")}</h1>
      <p className="mt-2 text-sm text-stone-600">{t("register.intro")}</p>
      <Form method="post" {...form.props} className="mt-6 space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} ns="auth" params={params} />
        <input {...inputProps(fields.redirectTo, { type: "hidden" })} />
        <Field field={fields.name} label={t("register.name")} ns="auth" params={params}>
          <input {...inputProps(fields.name, { type: "text" })} autoComplete="name" className={inputClass} />
        </Field>
        <Field field={fields.email} label={t("register.email")} ns="auth" params={params}>
          <input {...inputProps(fields.email, { type: "email" })} autoComplete="email" inputMode="email" autoCapitalize="none" spellCheck={false} className={inputClass} />
        </Field>
        <Field field={fields.password} label={t("register.password")} hint={t("register.passwordHint", params)} ns="auth" params={params}>
          <input
            {...inputProps(fields.password, { type: "password", ariaDescribedBy: `${fields.password.id}-hint` })}
            autoComplete="new-password"
            className={inputClass}
          />
        </Field>
        <button type="submit" disabled={submitting} className="w-full rounded-md bg-brand-600 px-4 py-2.5 font-medium text-white hover:bg-brand-700 disabled:opacity-70">
          {submitting ? t("register.submitting") : t("register.submit")}
        </button>
      </Form>
      <AuthSwitch text={t("register.haveAccount")} linkText={t("register.loginLink")} to={withRedirectTo("/login", redirectTo)} />
    </>
  );
}

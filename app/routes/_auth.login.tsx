import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AuthSwitch } from "~/components/auth/AuthSwitch";
import { Field, FormErrors, inputClass } from "~/components/forms/Field";
import { inputProps, useServerForm } from "~/components/forms/useServerForm";
import { useT } from "~/lib/i18n/react";
import { clientIp, loginUser } from "~/modules/accounts/index.server";
import { loadAuthPage, redirectSignedIn } from "~/modules/accounts/auth-pages.server";
import { withRedirectTo } from "~/modules/accounts/redirect";
import { loginSchema, PASSWORD_MAX } from "~/modules/accounts/schemas";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { readFormData } from "~/lib/form-data.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Đăng nhập · Chợ OCOP" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await loadAuthPage(request, "loginTitle");
  // The fields' rules travel as data: the browser gets no zod (the action validates).
  return data({ ...page.data, constraint: getZodConstraint(loginSchema), limits: { maxPassword: PASSWORD_MAX } }, page.init ?? undefined);
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: loginSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }), retryAfterMinutes: 0 }, { status: 400 });
  }
  const outcome = await loginUser(submission.value, { ipAddress: clientIp(context), userAgent: request.headers.get("User-Agent") });
  if (outcome.ok) return redirectSignedIn(request, outcome, submission.value.redirectTo);
  if (outcome.reason === "invalid") {
    return data({ result: submission.reply({ formErrors: ["errors.invalidCredentials"], hideFields: ["password"] }), retryAfterMinutes: 0 }, { status: 400 });
  }
  const message = outcome.reason === "locked" ? "errors.locked" : "errors.ipLimited";
  return data(
    { result: submission.reply({ formErrors: [message], hideFields: ["password"] }), retryAfterMinutes: Math.ceil(outcome.retryAfterSeconds / 60) },
    { status: 429, headers: { "Retry-After": String(outcome.retryAfterSeconds) } },
  );
}

export default function LoginPage() {
  const { redirectTo, constraint, limits } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useT("auth");
  const { form, fields, submitting } = useServerForm({
    id: "login-form",
    path: "/login",
    names: ["email", "password", "redirectTo"],
    lastResult: actionData?.result,
    defaultValue: { redirectTo },
    constraint,
  });
  const params = { minutes: actionData?.retryAfterMinutes ?? 0, ...limits };

  return (
    <>
      <h1 className="text-2xl font-semibold text-stone-900">{t("loginTitle")}</h1>
      <p className="mt-2 text-sm text-stone-600">{t("login.intro")}</p>
      <Form method="post" {...form.props} className="mt-6 space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} ns="auth" params={params} />
        <input {...inputProps(fields.redirectTo, { type: "hidden" })} />
        <Field field={fields.email} label={t("login.email")} ns="auth" params={params}>
          <input {...inputProps(fields.email, { type: "email" })} autoComplete="email" inputMode="email" autoCapitalize="none" spellCheck={false} className={inputClass} />
        </Field>
        <Field field={fields.password} label={t("login.password")} ns="auth" params={params}>
          <input {...inputProps(fields.password, { type: "password" })} autoComplete="current-password" className={inputClass} />
        </Field>
        <button type="submit" disabled={submitting} className="w-full rounded-md bg-brand-600 px-4 py-2.5 font-medium text-white hover:bg-brand-700 disabled:opacity-70">
          {submitting ? t("login.submitting") : t("login.submit")}
        </button>
      </Form>
      <AuthSwitch text={t("login.noAccount")} linkText={t("login.registerLink")} to={withRedirectTo("/register", redirectTo)} />
    </>
  );
}

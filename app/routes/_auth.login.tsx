import { getFormProps, getInputProps, useForm, type FieldMetadata } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { clientIp, loginUser, requireAnonymous } from "~/modules/accounts/index.server";
import { safeRedirect, withRedirectTo } from "~/modules/accounts/redirect";
import { mergeGuestCartOnLogin } from "~/modules/cart/index.server";
import { loginSchema, PASSWORD_MAX } from "~/modules/accounts/schemas";
import { passThroughHeaders } from "~/modules/accounts/route-headers";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Đăng nhập · Chợ OCOP" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
  await requireAnonymous(request, redirectTo);
  const t = getFixedT(getLocale(request), "auth");
  return data({ redirectTo, title: `${t("loginTitle")} · Chợ OCOP` }, { headers: { "Cache-Control": "private, no-store" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: loginSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }), retryAfterMinutes: 0 }, { status: 400 });
  }
  const outcome = await loginUser(submission.value, { ipAddress: clientIp(context), userAgent: request.headers.get("User-Agent") });
  if (outcome.ok) {
    const headers = new Headers({ "Set-Cookie": outcome.session.cookie });
    // The guest's cart joins the account's cart; the guest cookie goes.
    const clearCart = await mergeGuestCartOnLogin(request, outcome.userId);
    if (clearCart) headers.append("Set-Cookie", clearCart);
    return redirect(safeRedirect(submission.value.redirectTo), { headers });
  }
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
  const { redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useT("auth");
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: getZodConstraint(loginSchema),
    defaultValue: { redirectTo },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema }),
  });
  const params = { minutes: actionData?.retryAfterMinutes ?? 0, maxPassword: PASSWORD_MAX };
  const submitting = navigation.state !== "idle" && navigation.formAction?.startsWith("/login");

  return (
    <>
      <h1 className="text-2xl font-semibold text-stone-900">{t("loginTitle")}</h1>
      <p className="mt-2 text-sm text-stone-600">{t("login.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="mt-6 space-y-4">
        {form.errors?.length ? (
          <div id={form.errorId} role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            {form.errors.map((e) => (
              <p key={e}>{t(e, params)}</p>
            ))}
          </div>
        ) : null}
        <input {...getInputProps(fields.redirectTo, { type: "hidden" })} />
        <Field field={fields.email} label={t("login.email")} params={params}>
          <input {...getInputProps(fields.email, { type: "email" })} autoComplete="email" inputMode="email" autoCapitalize="none" spellCheck={false} className={inputClass} />
        </Field>
        <Field field={fields.password} label={t("login.password")} params={params}>
          <input {...getInputProps(fields.password, { type: "password" })} autoComplete="current-password" className={inputClass} />
        </Field>
        <button type="submit" disabled={submitting} className="w-full rounded-md bg-brand-600 px-4 py-2.5 font-medium text-white hover:bg-brand-700 disabled:opacity-70">
          {submitting ? t("login.submitting") : t("login.submit")}
        </button>
      </Form>
      <p className="mt-6 text-center text-sm text-stone-600">
        {t("login.noAccount")}{" "}
        <Link to={withRedirectTo("/register", redirectTo)} className="font-medium text-brand-700 underline">
          {t("login.registerLink")}
        </Link>
      </p>
    </>
  );
}

const inputClass =
  "mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-base aria-[invalid=true]:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100";

function Field({ field, label, params, children }: { field: FieldMetadata<string>; label: string; params: Record<string, unknown>; children: ReactNode }) {
  const { t } = useT("auth");
  return (
    <div>
      <label htmlFor={field.id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
      {field.errors?.length ? (
        <p id={field.errorId} className="mt-1 text-sm text-red-700">
          {field.errors.map((e) => t(e, params)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}

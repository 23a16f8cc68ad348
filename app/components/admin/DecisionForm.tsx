import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useNavigation } from "@remix-run/react";
import { useMemo } from "react";
import { z } from "zod";
import { useT } from "~/lib/i18n/react";
import { optionalNote, requiredReason } from "./forms";

const TONES = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  danger: "bg-red-700 text-white hover:bg-red-800",
  neutral: "border border-stone-300 bg-white text-stone-800 hover:bg-stone-100",
} as const;

/**
 * One decision (approve, reject with a reason, …) as its own form posting an
 * `intent`; works without JavaScript (the server answers with the same errors).
 * `extra` adds hidden fields (e.g. the product id on the products page).
 */
export function DecisionForm({
  intent,
  submitLabel,
  reasonLabel,
  reasonRequired,
  lastResult,
  tone = "primary",
  formId,
  extra,
  compact = false,
}: {
  intent: string;
  submitLabel: string;
  reasonLabel: string;
  reasonRequired: boolean;
  lastResult?: SubmissionResult<string[]> | null;
  tone?: keyof typeof TONES;
  formId?: string;
  extra?: Record<string, string>;
  compact?: boolean;
}) {
  const { t } = useT("admin");
  const navigation = useNavigation();
  const schema = useMemo(
    () => z.object({ intent: z.literal(intent), reason: reasonRequired ? requiredReason : optionalNote }).passthrough(),
    [intent, reasonRequired],
  );
  const [form, fields] = useForm({
    id: formId ?? `decision-${intent}`,
    lastResult,
    // No `required` attribute: the browser's own bubble would say it in the browser's
    // language before our message could; the server checks the same schema without JavaScript.
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === intent && (!extra || Object.entries(extra).every(([k, v]) => navigation.formData?.get(k) === v));

  return (
    <Form method="post" {...getFormProps(form)} className={compact ? "space-y-2" : "space-y-2 rounded-lg border border-stone-200 bg-stone-50 p-3"}>
      <input type="hidden" name="intent" value={intent} />
      {extra ? Object.entries(extra).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />) : null}
      {form.errors?.length ? (
        <div id={form.errorId} role="alert" className="rounded-md border border-red-200 bg-red-50 p-2 text-sm text-red-800">
          {form.errors.map((e) => (
            <p key={e}>{t(e)}</p>
          ))}
        </div>
      ) : null}
      <div>
        <label htmlFor={fields.reason.id} className="block text-sm font-medium text-stone-800">
          {reasonLabel}
          <span className="font-normal text-stone-500"> {reasonRequired ? t("form.required") : t("form.optional")}</span>
        </label>
        <textarea
          {...getTextareaProps(fields.reason)}
          rows={compact ? 2 : 3}
          className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100"
        />
        {fields.reason.errors?.length ? (
          <p id={fields.reason.errorId} className="mt-1 text-sm text-red-700">
            {fields.reason.errors.map((e) => t(e)).join(" ")}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={busy} className={`rounded-md px-4 py-2 text-sm font-medium disabled:opacity-70 ${TONES[tone]}`}>
        {submitLabel}
      </button>
    </Form>
  );
}

// Pieces of the login and register forms: labelled fields with their errors
// (and an optional hint), the form-level errors, the link to the other page.
import { useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Link, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { Field } from "~/components/checkout/Field";
import type { z } from "zod";
import { useT } from "~/lib/i18n/react";

export const authInputClass =
  "mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-base aria-[invalid=true]:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100";

/**
 * The Conform form of an auth page: validated on blur, again as the visitor
 * types, carrying `redirectTo`; `submitting` while it posts to `path`.
 */
export function useAuthForm<Schema extends z.ZodObject>(schema: Schema, path: string, lastResult: SubmissionResult<string[]> | undefined, redirectTo: string) {
  const navigation = useNavigation();
  const [form, fields] = useForm<z.input<Schema>, z.output<Schema>>({
    lastResult,
    constraint: getZodConstraint(schema),
    // Every auth schema has redirectTo (TypeScript cannot see that through the generic).
    defaultValue: { redirectTo } as never,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const submitting = navigation.state !== "idle" && Boolean(navigation.formAction?.startsWith(path));
  return { form, fields, submitting };
}

/** A field: label, the input (children), a hint with id `<field id>-hint`, errors ("auth" keys). */
export function AuthField(props: { field: FieldMetadata<string>; label: string; hint?: string; params: Record<string, unknown>; children: ReactNode }) {
  return <Field ns="auth" {...props} />;
}

/** Errors about the whole form (wrong password, too many attempts), announced. */
export function AuthFormErrors({ id, errors, params }: { id: string; errors: string[] | undefined; params: Record<string, unknown> }) {
  const { t } = useT("auth");
  if (!errors?.length) return null;
  return (
    <div id={id} role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      {errors.map((e) => (
        <p key={e}>{t(e, params)}</p>
      ))}
    </div>
  );
}

/** "No account yet? Create one" / "Already have one? Log in", under the form. */
export function AuthSwitch({ text, linkText, to }: { text: string; linkText: string; to: string }) {
  return (
    <p className="mt-6 text-center text-sm text-stone-600">
      {text}{" "}
      <Link to={to} className="font-medium text-brand-700 underline">
        {linkText}
      </Link>
    </p>
  );
}

// Pieces of the login and register forms: the form's state from the action's last reply, labelled
// fields with their errors (and an optional hint), the form-level errors, the link to the other page.
//
// Validated on the server only: the action answers Conform's `submission.reply()` and this reads it
// (errors next to each field, what was typed, the first invalid field focused), with or without
// JavaScript. Validating in the browser too would put zod, the schemas and Conform's client into
// the page's bundle (~47 KB gzip; bench/README.md, page weight).
import type { SubmissionResult } from "@conform-to/react";
import { Link, useNavigation } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import { useHydrated } from "~/components/product/useHydrated";
import { useT } from "~/lib/i18n/react";

export const authInputClass =
  "mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-base aria-[invalid=true]:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100";

/** The HTML constraints of a schema's fields (Conform's getZodConstraint, run by the loader). */
export type AuthConstraint = Record<string, { required?: boolean; minLength?: number; maxLength?: number; pattern?: string }>;

/** One field of an auth form: its ids, and the errors ("auth" keys) the last reply gave it. */
export type AuthFieldState = { id: string; name: string; errorId: string; errors: string[] | undefined; initialValue: string | undefined; constraint: AuthConstraint[string] };

/**
 * The state of an auth form posting to `path` ("/login"): its fields from the action's last reply
 * and the loader's constraints, `redirectTo` carried along, `submitting` while it posts.
 */
export function useAuthForm<Name extends string>(path: string, names: readonly Name[], lastResult: SubmissionResult<string[]> | undefined, redirectTo: string, constraint: AuthConstraint) {
  const navigation = useNavigation();
  const hydrated = useHydrated();
  const ref = useRef<HTMLFormElement>(null);
  const id = `${path.slice(1)}-form`;
  const errors = lastResult?.error ?? {};
  const values = lastResult?.initialValue ?? { redirectTo };

  // As Conform does: after a refused submission, the first field with an error gets the focus.
  useEffect(() => {
    const form = ref.current;
    if (!form || lastResult?.status !== "error") return;
    const invalid = [...form.elements].find((el): el is HTMLInputElement => el instanceof HTMLInputElement && Boolean(lastResult.error?.[el.name]?.length));
    invalid?.focus();
  }, [lastResult]);

  const fields = Object.fromEntries(
    names.map((name) => {
      const value = values[name];
      const field: AuthFieldState = {
        id: `${id}-${name}`,
        name,
        errorId: `${id}-${name}-error`,
        errors: errors[name] ?? undefined,
        initialValue: typeof value === "string" ? value : undefined,
        constraint: constraint[name] ?? {},
      };
      return [name, field];
    }),
  ) as Record<Name, AuthFieldState>;
  const formErrors = errors[""] ?? undefined;
  const form = {
    errorId: `${id}-error`,
    errors: formErrors,
    // Without JavaScript the browser checks the constraints first; with it, the server's messages show.
    props: { id, ref, noValidate: hydrated, "aria-describedby": formErrors ? `${id}-error` : undefined },
  };
  const submitting = navigation.state !== "idle" && Boolean(navigation.formAction?.startsWith(path));
  return { form, fields, submitting };
}

/** An input's attributes: name, id, constraints, what was typed, and its error for assistive technology. */
export function authInputProps(field: AuthFieldState, options: { type: string; ariaDescribedBy?: string }) {
  const invalid = field.errors !== undefined;
  return {
    id: field.id,
    name: field.name,
    type: options.type,
    required: field.constraint.required || undefined,
    minLength: field.constraint.minLength,
    maxLength: field.constraint.maxLength,
    pattern: field.constraint.pattern,
    defaultValue: field.initialValue,
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? `${field.errorId} ${options.ariaDescribedBy ?? ""}`.trim() : options.ariaDescribedBy,
  };
}

/** A field: label, the input (children), a hint with id `<field id>-hint`, errors ("auth" keys). */
export function AuthField({ field, label, hint, params, children }: { field: AuthFieldState; label: string; hint?: string; params: Record<string, unknown>; children: ReactNode }) {
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

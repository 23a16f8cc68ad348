// The markup of a server-validated form's fields (useServerForm): label, control, hint, errors.
import type { ReactNode } from "react";
import type { Namespace } from "~/lib/i18n/config";
import { useT } from "~/lib/i18n/react";
import type { FieldState } from "./useServerForm";

export const inputClass =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100";

/** A field: label, the control (children), a hint with id `<field id>-hint`, its errors (keys of `ns`). */
export function Field({
  field,
  label,
  hint,
  ns,
  params,
  children,
}: {
  field: FieldState;
  label: string;
  hint?: string;
  ns: Namespace;
  params?: Record<string, unknown>;
  children: ReactNode;
}) {
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
      <FieldErrors id={field.errorId} errors={field.errors} ns={ns} params={params} />
    </div>
  );
}

/** A field's errors (keys of `ns`) in one line, under it; `id` is what the control's aria-describedby names. */
export function FieldErrors({ id, errors, ns, params }: { id: string; errors: string[] | undefined; ns: Namespace; params?: Record<string, unknown> }) {
  const { t } = useT(ns);
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {errors.map((e) => t(e, params)).join(" ")}
    </p>
  );
}

/** Errors about the whole form (keys of `ns`: wrong password, the checkout expired), announced. */
export function FormErrors({ id, errors, ns, params }: { id: string; errors: string[] | undefined; ns: Namespace; params?: Record<string, unknown> }) {
  const { t } = useT(ns);
  if (!errors?.length) return null;
  return (
    <div id={id} role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      {errors.map((e) => (
        <p key={e}>{t(e, params)}</p>
      ))}
    </div>
  );
}

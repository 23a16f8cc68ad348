import type { ReactNode } from "react";
import { useT } from "~/lib/i18n/react";

/** Errors are "seller" dictionary keys, optionally with parameters: `key|{"name":"a.jpg"}`. */
export function useErrorText() {
  const { t } = useT("seller");
  return (error: string, extra: Record<string, unknown> = {}) => {
    const bar = error.indexOf("|");
    if (bar < 0) return t(error, extra);
    let params: Record<string, unknown> = {};
    try {
      params = JSON.parse(error.slice(bar + 1));
    } catch {
      // a malformed parameter list: show the message without them
    }
    return t(error.slice(0, bar), { ...extra, ...params });
  };
}

export const inputClass =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100 disabled:bg-stone-100";

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  const text = useErrorText();
  if (!errors?.length) return null;
  return (
    <div id={id} className="mt-1 space-y-0.5 text-sm text-red-700">
      {errors.map((e) => (
        <p key={e}>{text(e)}</p>
      ))}
    </div>
  );
}

/** A labelled field with an optional hint and its errors (ids match Conform's aria-describedby). */
export function FormField({
  id,
  errorId,
  label,
  hint,
  errors,
  children,
  className,
}: {
  id: string;
  errorId: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

/** Form-level errors (a banner at the top of the form). */
export function FormErrors({ id, errors }: { id?: string; errors?: string[] }) {
  const text = useErrorText();
  if (!errors?.length) return null;
  return (
    <div id={id} role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      {errors.map((e) => (
        <p key={e}>{text(e)}</p>
      ))}
    </div>
  );
}

export function Notice({ children, tone = "success" }: { children: ReactNode; tone?: "success" | "info" | "warning" }) {
  const cls =
    tone === "success" ? "border-brand-100 bg-brand-50 text-brand-800" : tone === "warning" ? "border-amber-300 bg-amber-50 text-amber-900" : "border-sky-200 bg-sky-50 text-sky-900";
  return (
    <div role="status" className={`rounded-md border p-3 text-sm ${cls}`}>
      {children}
    </div>
  );
}

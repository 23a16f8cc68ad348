import type { FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import type { Namespace } from "~/lib/i18n/config";
import { useT } from "~/lib/i18n/react";

export const inputClass =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100";

/** A labelled form field with its hint and its error (a key of `ns`, "checkout" unless told) under it. */
export function Field({
  field,
  label,
  hint,
  ns = "checkout",
  params,
  children,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  hint?: string;
  ns?: Namespace;
  params?: Record<string, unknown>;
  children: ReactNode;
}) {
  const { t } = useT(ns);
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

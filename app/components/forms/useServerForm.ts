// A form validated on the server only (login, register, checkout). The action answers Conform's
// `submission.reply()`; this reads it: each field's ids, its errors (dictionary keys), what was
// typed, `aria-invalid`/`aria-describedby`, and the focus on the first invalid field, the same
// with or without JavaScript. Validating in the browser too would put zod, the schemas and
// Conform's client into the page's bundle (~40 KB gzip; bench/README.md, page weight).
import type { SubmissionResult } from "@conform-to/react";
import { useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useHydrated } from "~/components/product/useHydrated";

/** The HTML constraints of a schema's fields (Conform's getZodConstraint, run by the loader). */
export type FieldConstraints = Record<string, { required?: boolean; minLength?: number; maxLength?: number; pattern?: string }>;

/** One field: its ids, the errors the last reply gave it, and its value to show. */
export type FieldState = {
  id: string;
  name: string;
  errorId: string;
  /** Dictionary keys, translated where they are shown. */
  errors: string[] | undefined;
  /** What was posted, else the default; a checked checkbox is "on". */
  initialValue: string | undefined;
  constraint: FieldConstraints[string];
};

type FormOptions<Name extends string> = {
  id: string;
  names: readonly Name[];
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: Partial<Record<Name, unknown>>;
  constraint?: FieldConstraints;
};

/**
 * Form `id`'s `names` fields from the action's last reply (what was posted and its errors), else
 * from `defaultValue`, and its errors about the whole form (the reply's "" key).
 */
export function readReply<Name extends string>({ id, names, lastResult, defaultValue, constraint = {} }: FormOptions<Name>) {
  const errorsOf = (name: string) => {
    const list = lastResult?.error?.[name];
    return list?.length ? list : undefined;
  };
  const values: Record<string, unknown> = lastResult?.initialValue ?? defaultValue;
  const fields = Object.fromEntries(
    names.map((name) => {
      const value = values[name];
      const field: FieldState = {
        id: `${id}-${name}`,
        name,
        errorId: `${id}-${name}-error`,
        errors: errorsOf(name),
        initialValue: typeof value === "string" ? value : value === true ? "on" : undefined,
        constraint: constraint[name] ?? {},
      };
      return [name, field];
    }),
  ) as Record<Name, FieldState>;
  return { fields, formErrors: errorsOf("") };
}

/**
 * readReply for a form posting to `path`, with the focus on its first invalid field and `submitting`
 * while it posts. A field's error goes away once the shopper changes that field (it was about what
 * had been typed); the server checks again on the next submission.
 */
export function useServerForm<Name extends string>(options: FormOptions<Name> & { path: string }) {
  const { id, path, lastResult } = options;
  const navigation = useNavigation();
  const hydrated = useHydrated();
  const ref = useRef<HTMLFormElement>(null);

  // As Conform does: after a refused submission, the first field with an error gets the focus.
  useEffect(() => {
    const form = ref.current;
    if (!form || lastResult?.status !== "error") return;
    const invalid = [...form.elements].find(
      (el): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
        ((el instanceof HTMLInputElement && el.type !== "hidden") || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) &&
        Boolean(lastResult.error?.[el.name]?.length),
    );
    invalid?.focus();
  }, [lastResult]);

  // The fields changed since the last reply (a new reply starts afresh).
  const [edited, setEdited] = useState<ReadonlySet<string>>(() => new Set());
  const [editedSince, setEditedSince] = useState(lastResult);
  if (editedSince !== lastResult) {
    setEditedSince(lastResult);
    setEdited(new Set());
  }
  const onEdit = (event: FormEvent<HTMLFormElement>) => {
    const name = (event.target as Partial<HTMLInputElement>).name;
    if (!name || edited.has(name) || !lastResult?.error?.[name]?.length) return;
    setEdited(new Set(edited).add(name));
  };

  const reply = readReply(options);
  const fields = Object.fromEntries(
    Object.entries<FieldState>(reply.fields).map(([name, field]) => [name, edited.has(name) ? { ...field, errors: undefined } : field]),
  ) as typeof reply.fields;
  const formErrors = reply.formErrors;
  const form = {
    errorId: `${id}-error`,
    errors: formErrors,
    // Without JavaScript the browser checks the constraints first; with it, the server's messages show.
    props: { id, ref, noValidate: hydrated, "aria-describedby": formErrors ? `${id}-error` : undefined, onInput: onEdit, onChange: onEdit },
  };
  const submitting = navigation.state !== "idle" && navigation.formMethod?.toUpperCase() === "POST" && Boolean(navigation.formAction?.startsWith(path));
  return { form, fields, submitting };
}

/**
 * An input's (or select's, without `type`) attributes: name, id, constraints, what was typed, and
 * its error for assistive technology. A checkbox is checked when its value was posted.
 */
export function inputProps(field: FieldState, { type, ariaDescribedBy }: { type?: string; ariaDescribedBy?: string } = {}) {
  const invalid = field.errors !== undefined;
  return {
    id: field.id,
    name: field.name,
    type,
    required: field.constraint.required || undefined,
    minLength: field.constraint.minLength,
    maxLength: field.constraint.maxLength,
    pattern: field.constraint.pattern,
    ...(type === "checkbox" ? { defaultChecked: field.initialValue === "on" } : { defaultValue: field.initialValue }),
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? `${field.errorId} ${ariaDescribedBy ?? ""}`.trim() : ariaDescribedBy,
  };
}

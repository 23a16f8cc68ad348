// Before → after as rows a person can read: one row per field that changed.
// Browser-safe (the audit page renders it); values stay raw, the page labels them.
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type AuditChange = {
  field: string;
  before: JsonValue | undefined;
  after: JsonValue | undefined;
};

function asObject(value: unknown): Record<string, JsonValue> | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, JsonValue>) : null;
}

/**
 * The fields whose values differ, in the order they first appear (before's keys,
 * then after's new ones). A field missing on one side counts as a change.
 * Non-object snapshots are compared as a whole under the field "value".
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const b = asObject(before);
  const a = asObject(after);
  if (!b && !a) {
    if (before == null && after == null) return [];
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: "value", before: before as JsonValue, after: after as JsonValue }];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const changes: AuditChange[] = [];
  for (const field of keys) {
    const from = b?.[field];
    const to = a?.[field];
    if (JSON.stringify(from ?? null) === JSON.stringify(to ?? null) && (from === undefined) === (to === undefined)) continue;
    changes.push({ field, before: from, after: to });
  }
  return changes;
}

/** Fields present in both snapshots with the same value (context such as the name). */
export function auditUnchanged(before: unknown, after: unknown): { field: string; value: JsonValue }[] {
  const b = asObject(before);
  const a = asObject(after);
  if (!b || !a) return [];
  return Object.keys(b)
    .filter((field) => field in a && JSON.stringify(b[field]) === JSON.stringify(a[field]))
    .map((field) => ({ field, value: b[field] }));
}

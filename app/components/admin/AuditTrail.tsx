import { Link } from "@remix-run/react";
import type { TFunction } from "i18next";
import { formatDateTime } from "~/lib/format";
import { useT } from "~/lib/i18n/react";
import { auditChanges, auditUnchanged, type JsonValue } from "~/modules/audit/diff";

/** An audit entry as the loader sends it (dates as strings). */
export type AuditEntryView = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  label: string | null;
  before: JsonValue | null;
  after: JsonValue | null;
  reason: string | null;
  ipAddress: string | null;
  createdAt: string | Date;
  actor: { id: string; name: string; email: string } | null;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Where the operator looks at the entity an entry is about. */
export function entityHref(entityType: string, entityId: string): string | null {
  switch (entityType) {
    case "seller":
      return `/admin/sellers/${entityId}`;
    case "certificate":
      return `/admin/certificates/${entityId}`;
    case "product":
      return `/admin/products?q=${encodeURIComponent(entityId)}`;
    case "user":
      return `/admin/users?q=${encodeURIComponent(entityId)}`;
    default:
      return null;
  }
}

/** A snapshot value in words: statuses and roles translated, dates formatted, nothing as "—". */
export function formatAuditValue(t: TFunction, entityType: string, field: string, value: JsonValue | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") {
    if (field === "status" || field === "statusBeforeHidden") return t(`status.${entityType}.${value}`, { defaultValue: value });
    if (field === "role") return t(`status.role.${value}`, { defaultValue: value });
    if (ISO_DATE.test(value)) return formatDateTime(value);
    return value;
  }
  if (typeof value === "boolean") return value ? t("audit.yes") : t("audit.no");
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

function fieldLabel(t: TFunction, field: string): string {
  return t(`audit.fields.${field}`, { defaultValue: field });
}

/** One entry: when, who, what, about which entity, why, and before → after field by field. */
export function AuditEntryItem({ entry, showEntity = true }: { entry: AuditEntryView; showEntity?: boolean }) {
  const { t } = useT("admin");
  const changes = auditChanges(entry.before, entry.after);
  const context = auditUnchanged(entry.before, entry.after).filter((c) => c.field !== "name" || !entry.label);
  const href = entityHref(entry.entityType, entry.entityId);
  const time = typeof entry.createdAt === "string" ? entry.createdAt : entry.createdAt.toISOString();
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-3 text-sm" aria-label={`${t(`audit.actions.${entry.action}`, { defaultValue: entry.action })} · ${entry.label ?? entry.entityId}`}>
      <p className="flex flex-wrap items-baseline gap-x-2 text-stone-700">
        <time dateTime={time} className="tabular-nums text-stone-500">
          {formatDateTime(time)}
        </time>
        <span className="font-semibold text-stone-900">{t(`audit.actions.${entry.action}`, { defaultValue: entry.action })}</span>
        <span>
          {t("audit.by")} {entry.actor ? <span className="font-medium text-stone-900">{entry.actor.name}</span> : t("audit.system")}
          {entry.actor ? <span className="text-stone-500"> ({entry.actor.email})</span> : null}
        </span>
      </p>
      {showEntity ? (
        <p className="mt-1 text-stone-700">
          {t(`audit.entityTypes.${entry.entityType}`, { defaultValue: entry.entityType })}:{" "}
          {href ? (
            <Link to={href} className="font-medium text-brand-700 hover:underline">
              {entry.label ?? entry.entityId}
            </Link>
          ) : (
            <span className="font-medium">{entry.label ?? entry.entityId}</span>
          )}
        </p>
      ) : null}
      {entry.reason ? (
        <p className="mt-1 whitespace-pre-line text-stone-800">
          <span className="text-stone-500">{t("audit.reason")}: </span>
          {entry.reason}
        </p>
      ) : null}
      {changes.length ? (
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">{t("audit.changes")}</caption>
          <thead className="text-xs text-stone-500">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("audit.field")}
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("audit.before")}
              </th>
              <th scope="col" className="py-1 font-medium">
                {t("audit.after")}
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.field} className="border-t border-stone-100 align-top">
                <th scope="row" className="py-1 pr-3 font-normal text-stone-600">
                  {fieldLabel(t, c.field)}
                </th>
                <td className="py-1 pr-3 text-red-800">
                  <del className="no-underline">{formatAuditValue(t, entry.entityType, c.field, c.before)}</del>
                </td>
                <td className="py-1 text-emerald-800">
                  <span aria-hidden="true">→ </span>
                  <ins className="no-underline">{formatAuditValue(t, entry.entityType, c.field, c.after)}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {context.length ? (
        <p className="mt-1 text-xs text-stone-500">
          {context.map((c) => `${fieldLabel(t, c.field)}: ${formatAuditValue(t, entry.entityType, c.field, c.value)}`).join(" · ")}
        </p>
      ) : null}
      {entry.ipAddress ? <p className="mt-1 text-xs text-stone-500">{t("audit.ip", { ip: entry.ipAddress })}</p> : null}
    </article>
  );
}

/** The history of one entity (on its admin page). */
export function AuditTrail({ entries, title }: { entries: AuditEntryView[]; title: string }) {
  const { t } = useT("admin");
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-lg font-semibold">
        {title}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-stone-600">{t("audit.noHistory")}</p>
      ) : (
        <ol className="space-y-2">
          {entries.map((entry) => (
            <li key={entry.id}>
              <AuditEntryItem entry={entry} showEntity={false} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

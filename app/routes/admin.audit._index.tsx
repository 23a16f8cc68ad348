// /admin/audit — the audit log: every admin action (who, what, when, before →
// after, reason), newest first; searchable by words, action, kind of entity,
// actor and dates; paginated. Read-only: the log has no update or delete path.
// Money, commission rates, payout days and reconciliation outcomes in the
// snapshots are put into words by the audit module (presentAuditEntries), so
// payout.record, commission.set, payment.confirm_transfer and refund.* entries
// read as "150.000 ₫", "5%", "26/11/2026", "Khớp đơn hàng" rather than raw values.
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AdminHeading, AdminShell } from "~/components/admin/AdminShell";
import { AuditEntryItem } from "~/components/admin/AuditTrail";
import { pageParam } from "~/components/admin/forms";
import { Pagination } from "~/components/search/Pagination";
import { CACHE_NONE } from "~/lib/http";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { requireAdmin } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from "~/modules/audit/actions";
import { presentAuditEntries, searchAuditLog } from "~/modules/audit/index.server";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);
const filtersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  entityType: z.enum(AUDIT_ENTITY_TYPES).optional().catch(undefined),
  actor: z.string().trim().max(200).optional().catch(undefined),
  from: day,
  to: day,
});

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Nhật ký quản trị · Quản trị" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const url = new URL(request.url);
  const raw = Object.fromEntries([...url.searchParams].filter(([, v]) => v !== ""));
  const filters = filtersSchema.parse(raw);
  const result = await searchAuditLog({ ...filters, page: pageParam(url.searchParams.get("page")) });
  const locale = getLocale(request);
  const t = getFixedT(locale, "admin");
  const entries = presentAuditEntries(result.entries, locale);
  return data({ title: `${t("audit.title")} · ${t("overview.short")}`, filters, ...result, entries }, { headers: { "Cache-Control": CACHE_NONE } });
}

export default function AdminAudit() {
  const { filters, entries, total, page, pageCount } = useLoaderData<typeof loader>();
  const { t } = useT("admin");
  const hrefFor = (p: number) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) if (v) search.set(k, String(v));
    if (p > 1) search.set("page", String(p));
    const s = search.toString();
    return s ? `/admin/audit?${s}` : "/admin/audit";
  };
  const input = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2";

  return (
    <AdminShell>
      <AdminHeading title={t("audit.title")} intro={t("audit.intro")} />

      <Form method="get" role="search" aria-label={t("audit.filtersLabel")} className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="sm:col-span-2 lg:col-span-3">
          <label htmlFor="audit-q" className="block text-sm font-medium text-stone-800">
            {t("audit.searchLabel")}
          </label>
          <input id="audit-q" name="q" type="search" defaultValue={filters.q ?? ""} className={input} />
        </div>
        <div>
          <label htmlFor="audit-action" className="block text-sm font-medium text-stone-800">
            {t("audit.actionLabel")}
          </label>
          <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className={input}>
            <option value="">{t("filters.all")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`audit.actions.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-entity" className="block text-sm font-medium text-stone-800">
            {t("audit.entityLabel")}
          </label>
          <select id="audit-entity" name="entityType" defaultValue={filters.entityType ?? ""} className={input}>
            <option value="">{t("filters.all")}</option>
            {AUDIT_ENTITY_TYPES.map((e) => (
              <option key={e} value={e}>
                {t(`audit.entityTypes.${e}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-actor" className="block text-sm font-medium text-stone-800">
            {t("audit.actorLabel")}
          </label>
          <input id="audit-actor" name="actor" type="search" defaultValue={filters.actor ?? ""} className={input} />
        </div>
        <div>
          <label htmlFor="audit-from" className="block text-sm font-medium text-stone-800">
            {t("audit.fromLabel")}
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} className={input} />
        </div>
        <div>
          <label htmlFor="audit-to" className="block text-sm font-medium text-stone-800">
            {t("audit.toLabel")}
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} className={input} />
        </div>
        <div className="flex items-end">
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("filters.search")}
          </button>
        </div>
      </Form>

      <p className="text-sm text-stone-600" aria-live="polite">
        {t("filters.results", { count: total })}
      </p>

      {entries.length === 0 ? (
        <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-600">{t("audit.empty")}</p>
      ) : (
        <ol className="space-y-2" aria-label={t("audit.title")}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <AuditEntryItem entry={entry} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} totalPages={pageCount} hrefFor={hrefFor} />
    </AdminShell>
  );
}

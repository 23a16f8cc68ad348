// The filters above an admin list: status tabs, the search form (a GET form, so
// it works without JavaScript) and the live result count.
import { Form, Link } from "@remix-run/react";
import { formatNumber } from "~/lib/format";
import { useT } from "~/lib/i18n/react";

export type AdminStatusTab = { value: string | null; label: string; count: number };

/** Status tabs with counts; the current one is marked aria-current="page". */
export function AdminStatusTabs({ tabs, current, hrefFor }: { tabs: AdminStatusTab[]; current: string | null; hrefFor: (value: string | null) => string }) {
  const { t } = useT("admin");
  return (
    <nav aria-label={t("filters.byStatus")}>
      <ul role="list" className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <li key={tab.value ?? "all"}>
            <Link
              to={hrefFor(tab.value)}
              aria-current={tab.value === current ? "page" : undefined}
              className={`inline-block rounded-full border px-3 py-1 text-sm ${tab.value === current ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100"}`}
            >
              {tab.label} ({formatNumber(tab.count)})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export type AdminFilterSelect = {
  name: string;
  label: string;
  value: string | null;
  options: readonly { value: string; label: string }[];
};

/**
 * `<form role="search">` with a text field `q` (id `<idPrefix>-q`), an optional
 * select (id `<idPrefix>-<name>`, first option "all") and hidden fields that
 * keep other filters (left out when empty).
 */
export function AdminFilterForm({
  idPrefix,
  searchLabel,
  q,
  select,
  hidden = {},
}: {
  idPrefix: string;
  searchLabel: string;
  q: string;
  select?: AdminFilterSelect;
  hidden?: Record<string, string | null | undefined>;
}) {
  const { t } = useT("admin");
  return (
    <Form method="get" role="search" className="flex flex-wrap items-end gap-2">
      {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <div className="min-w-0 flex-1">
        <label htmlFor={`${idPrefix}-q`} className="block text-sm font-medium text-stone-800">
          {searchLabel}
        </label>
        <input id={`${idPrefix}-q`} name="q" type="search" defaultValue={q} className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2" />
      </div>
      {select ? (
        <div>
          <label htmlFor={`${idPrefix}-${select.name}`} className="block text-sm font-medium text-stone-800">
            {select.label}
          </label>
          <select id={`${idPrefix}-${select.name}`} name={select.name} defaultValue={select.value ?? ""} className="mt-1 block rounded-md border border-stone-300 bg-white px-3 py-2">
            <option value="">{t("filters.all")}</option>
            {select.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        {t("filters.search")}
      </button>
    </Form>
  );
}

/** "12 kết quả", announced when the filters change. */
export function AdminResultCount({ total }: { total: number }) {
  const { t } = useT("admin");
  return (
    <p className="text-sm text-stone-600" aria-live="polite">
      {t("filters.results", { count: total })}
    </p>
  );
}

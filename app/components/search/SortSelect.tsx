import { Form, useSubmit } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import type { ListingFilters } from "~/modules/catalog/listing.server";
import { SORTS } from "~/modules/search/constants";
import { HiddenFilters, useCleanGetSubmit } from "./forms";

/**
 * Sort order in a GET form that keeps the filters. With JavaScript a choice
 * applies at once; the button stays for keyboard users and for pages without
 * JavaScript.
 */
export function SortSelect({ filters, pathname }: { filters: ListingFilters; pathname: string }) {
  const { t } = useT("search");
  const onSubmit = useCleanGetSubmit(pathname);
  const submit = useSubmit();
  return (
    <Form method="get" action={pathname} onSubmit={onSubmit} className="flex w-full items-center gap-2 sm:w-auto" key={filters.sort}>
      <HiddenFilters filters={filters} omit={["sort", "page"]} />
      <label htmlFor="listing-sort" className="text-sm whitespace-nowrap text-stone-700">
        {t("sort.label")}
      </label>
      <select
        id="listing-sort"
        name="sort"
        defaultValue={filters.sort}
        onChange={(event) => {
          const form = event.currentTarget.form;
          if (form) form.requestSubmit ? form.requestSubmit() : submit(form);
        }}
        className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-base sm:flex-none sm:text-sm"
      >
        {SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {sort === "relevance" && !filters.q ? t("sort.featured") : t(`sort.${sort}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium whitespace-nowrap text-stone-800 hover:bg-stone-100">
        {t("sort.submit")}
      </button>
    </Form>
  );
}

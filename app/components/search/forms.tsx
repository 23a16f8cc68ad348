import { useNavigate } from "@remix-run/react";
import type { FormEvent } from "react";
import type { ListingFilters } from "~/modules/catalog/listing.server";
import { hiddenFilterFields, type FilterKey } from "./url";

/** Hidden inputs that carry the current filters through a GET form. */
export function HiddenFilters({ filters, omit }: { filters: ListingFilters; omit: readonly FilterKey[] }) {
  return (
    <>
      {hiddenFilterFields(filters, omit).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/**
 * With JavaScript, a filter form navigates client-side and leaves empty fields
 * out of the URL (no "minPrice=&maxPrice="); without it the browser submits the
 * form as usual and the loader ignores the empty values.
 */
export function useCleanGetSubmit(pathname: string) {
  const navigate = useNavigate();
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "" && !(key === "sort" && value === "relevance")) params.append(key, value.trim());
    }
    const search = params.toString();
    navigate(`${pathname}${search ? `?${search}` : ""}`);
  };
}

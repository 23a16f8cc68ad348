/**
 * A link to an admin list that keeps its filters: empty values are left out,
 * `page` only past the first page, parameters in the order given.
 */
export function adminListHref(path: string, params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    if (key === "page" && (typeof value !== "number" || value <= 1)) continue;
    search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `${path}?${s}` : path;
}

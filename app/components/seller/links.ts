// Portal URLs carry `?seller=<slug>` when the user works for several sellers
// (portal.query is then "?seller=…", else ""), so a page or form always acts
// for the seller it was shown for.
export function sellerPath(path: string, query: string, params: Record<string, string | number | undefined | null | false> = {}): string {
  const search = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== false && value !== "") search.set(name, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

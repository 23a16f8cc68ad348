import { FILTER_KEYS } from "./url";

/**
 * Meta tags of a listing page (OCOP group, category, province, seller). The
 * plain page (and its page 2, 3, …) is for search engines; filtered or sorted
 * variants are `noindex` so they do not compete with it.
 */
export function listingMeta(meta: { title: string; description: string } | undefined, search: string) {
  if (!meta) return [{ title: "Chợ OCOP" }, { name: "robots", content: "noindex" }];
  const params = new URLSearchParams(search);
  const variant = FILTER_KEYS.some((key) => key !== "page" && params.get(key));
  return [
    { title: meta.title },
    { name: "description", content: meta.description },
    { property: "og:title", content: meta.title },
    { property: "og:description", content: meta.description },
    { property: "og:type", content: "website" },
    ...(variant ? [{ name: "robots", content: "noindex, follow" }] : []),
  ];
}

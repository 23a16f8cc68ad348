// Search-as-you-type suggestions (the JSON behind the search box).
import { getProductsIndex } from "~/modules/search/index.server";

export type Suggestion = { name: string; slug: string; price: number };

/**
 * Search-as-you-type: the top products for what was typed so far (the last
 * word counts as a prefix). One Meilisearch query, no facets. When Meilisearch
 * is down this answers nothing rather than sending every keystroke to
 * PostgreSQL: the search page itself still falls back.
 */
export async function suggestProducts(q: string, limit = 6): Promise<Suggestion[]> {
  const query = q.trim().replace(/\s+/g, " ").slice(0, 100);
  const index = getProductsIndex();
  if (query.length < 2 || !index) return [];
  try {
    const result = await index.search(query, {
      limit,
      attributesToRetrieve: ["name", "slug", "price"],
      // Every word must match, as on the search page (search module: MATCHING_STRATEGY).
      matchingStrategy: "all",
    });
    return result.hits.map((hit) => ({ name: hit.name, slug: hit.slug, price: hit.price }));
  } catch (error) {
    console.warn("[search] suggestions unavailable:", error instanceof Error ? error.message : error);
    return [];
  }
}

// The `products` index: settings live here, in code, and are applied at
// start-up idempotently (Meilisearch ignores an update that changes nothing).
// Choices and measurements: docs/decisions/0010-search-index.md.
import type { Settings } from "meilisearch";
import synonymData from "./synonyms.json";

export const PRODUCTS_INDEX = "products";

export function productsIndexName(): string {
  return `${process.env.MEILISEARCH_INDEX_PREFIX ?? ""}${PRODUCTS_INDEX}`;
}

/** Expands the curated groups into Meilisearch's one-way map, both directions. */
export function buildSynonyms(groups: string[][] = synonymData.groups): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    for (const word of group) {
      const key = word.toLowerCase();
      map[key] = [...new Set([...(map[key] ?? []), ...group.map((w) => w.toLowerCase()).filter((w) => w !== key)])];
    }
  }
  return map;
}

export const productsIndexSettings: Settings = {
  // Ordered by importance: a hit in the name beats one in the producer, and so on.
  searchableAttributes: ["name", "producer", "category", "groupName", "province", "description"],
  filterableAttributes: ["group", "categorySlug", "provinceCode", "region", "stars", "price", "inStock", "sellerId", "rating"],
  sortableAttributes: ["price", "createdAt", "rating", "ratingScore", "ratingCount", "sales"],
  displayedAttributes: ["*"],
  // "sort" first: a shopper who sorts by price expects a strictly sorted list; it
  // only applies when a sort is requested, so relevance order is unchanged.
  rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness", "sales:desc"],
  // Vietnamese syllables are short: most are ≤ 4 letters ("mắm", "trà", "gạo"),
  // so the default (no typo under 5 letters) forgives almost nothing. Measured on
  // the demo catalogue (decision 0010): one typo from 4 letters, two from 8.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  synonyms: buildSynonyms(),
  localizedAttributes: [{ attributePatterns: ["*"], locales: ["vie"] }],
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
  pagination: { maxTotalHits: 5000 },
};

/** Measured on the demo data (decision 0010): "all" keeps "nuoc mam" to fish sauce only. */
export const MATCHING_STRATEGY = "all" as const;

// Help on the 404 page: products matching the words of an unknown URL.
import { searchProducts } from "~/modules/search/index.server";
import { DEFAULT_SEARCH_PARAMS, didYouMean, hitsToCards } from "./listing.server";
import type { ProductCardData } from "./types";

// Path words that name a kind of page, not what the visitor wanted.
const PATH_NOISE = new Set(["products", "product", "search", "category", "categories", "seller", "sellers", "shop", "index", "html", "php"]);

/** Words a mistyped or outdated URL may still carry: "/mat-ong-u-minh" → "mat ong u minh". */
export function wordsFromPath(pathname: string): string {
  if (/^\/(media|assets|build)\//.test(pathname) || /\.[a-z0-9]{2,5}$/i.test(pathname)) return "";
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // a malformed escape: use the path as it is
  }
  return decoded
    .split("/")
    .filter((segment) => segment.length > 1) // "/c/", "/p/", "/s/" name the kind of page
    .flatMap((segment) => segment.split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length >= 1 && w.length <= 20 && !/^\d+$/.test(w) && !PATH_NOISE.has(w.toLowerCase()))
    .slice(-5)
    .join(" ")
    .toLowerCase();
}

/** Products matching the words of an unknown URL, for the 404 page (never throws). */
export async function suggestForPath(pathname: string, limit = 4): Promise<{ q: string; products: ProductCardData[] } | null> {
  const q = wordsFromPath(pathname);
  if (!q) return null;
  try {
    let result = await searchProducts({ ...DEFAULT_SEARCH_PARAMS, q, perPage: limit });
    let query = q;
    // Old slugs often end in a word that matches nothing: every word but one beats "most words".
    if (result.total === 0 || result.relaxed) {
      const other = await didYouMean(q);
      if (other) {
        query = other.q;
        result = await searchProducts({ ...DEFAULT_SEARCH_PARAMS, q: query, perPage: limit });
      }
    }
    return result.total > 0 ? { q: query, products: hitsToCards(result.hits) } : null;
  } catch (error) {
    console.warn("[catalog] 404 suggestions failed:", error instanceof Error ? error.message : error);
    return null;
  }
}

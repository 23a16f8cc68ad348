// The dictionary a page carries to the browser: one language, the namespaces of its area (area.ts).
import { resources, type Locale } from "./config";
import { AREA_NAMESPACES, areaOf } from "./area";

export type AreaMessages = Partial<(typeof resources)[Locale]>;

/** One object per language and area, made once: the same object lets renders share one i18next instance (cachedI18n). */
const made = new Map<string, AreaMessages>();

export function messagesFor(locale: Locale, pathname: string): AreaMessages {
  const area = areaOf(pathname);
  const key = `${locale}:${area}`;
  let messages = made.get(key);
  if (!messages) {
    const all = resources[locale];
    messages = Object.fromEntries(AREA_NAMESPACES[area].map((ns) => [ns, all[ns]])) as AreaMessages;
    made.set(key, messages);
  }
  return messages;
}

/**
 * Whether this request renders a whole document (server.js says so in the load context; a
 * client navigation's `.data` request does not). A document carries its dictionary as a JSON
 * block written once per language and area (root's Layout) instead of in root's loader data,
 * which Remix re-encodes (turbo-stream) on every request: ~10 % of a home request's CPU
 * (bench/README.md, storefront under load). Without the load context (tests): loader data.
 */
export function rendersDocument(context: unknown): boolean {
  return (context as { documentRequest?: unknown } | null | undefined)?.documentRequest === true;
}

// Which language the visitor chose: ?lang=en|vi (remembered in the `lang`
// cookie), else the cookie, else Vietnamese. The JSON API follows Accept-Language.
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";

// A plain `lang=vi|en` cookie: nothing secret, read synchronously everywhere.
function cookieLocale(request: Request): Locale | null {
  const match = /(?:^|;\s*)lang=([a-z]{2})(?:;|$)/.exec(request.headers.get("Cookie") ?? "");
  return match && isLocale(match[1]) ? match[1] : null;
}

/** The language requested in the URL (?lang=…), if any: the caller should remember it. */
export function requestedLocale(request: Request): Locale | null {
  const lang = new URL(request.url).searchParams.get("lang");
  return isLocale(lang) ? lang : null;
}

export function getLocale(request: Request): Locale {
  return requestedLocale(request) ?? cookieLocale(request) ?? DEFAULT_LOCALE;
}

/** For the JSON API: Accept-Language (q-weighted), then Vietnamese. */
export function getApiLocale(request: Request): Locale {
  const header = request.headers.get("Accept-Language");
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { lang: tag.toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.lang).find(isLocale) ?? DEFAULT_LOCALE;
}

/** Set-Cookie value remembering the language for a year. */
export function localeCookie(locale: Locale, secure = false): string {
  return `lang=${locale}; Path=/; Max-Age=${60 * 60 * 24 * 365}; SameSite=Lax; HttpOnly${secure ? "; Secure" : ""}`;
}

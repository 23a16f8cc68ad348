import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { i18n as I18n, TFunction } from "i18next";
import type { Locale, Namespace } from "./config";
import { cachedI18n, type Dictionaries } from "./i18n";

/** What `useT(ns)` returns: the namespace's translation function and the instance. */
export type Translation = { t: TFunction; i18n: I18n; ready: true };

/** One instance per dictionary, and one `Translation` per namespace of it, made once. */
type Translations = { locale: Locale; i18n: I18n; byNamespace: Map<string, Translation> };

const TranslationsContext = createContext<Translations | null>(null);

const translationsByInstance = new WeakMap<I18n, Translations>();

function translationsOf(locale: Locale, i18n: I18n): Translations {
  let translations = translationsByInstance.get(i18n);
  if (!translations) {
    translations = { locale, i18n, byNamespace: new Map() };
    translationsByInstance.set(i18n, translations);
  }
  return translations;
}

/** Texts kept per namespace of an instance (keys × the values interpolated into them: prices, queries…); then it starts again. */
const MAX_REMEMBERED = 5_000;

type Interpolations = Record<string, unknown>;

/**
 * The cache key of a call whose options are all strings, numbers or booleans; null otherwise.
 * Strings are JSON-quoted, so a value (a search query, say) can never contain the separators and
 * pass for another call's options.
 */
function callKey(key: string, options: Interpolations): string | null {
  let id = key;
  for (const name in options) {
    const value = options[name];
    const type = typeof value;
    if (type === "string") id += `\u0000${name}\u0001${JSON.stringify(value)}`;
    else if (type === "number" || type === "boolean") id += `\u0000${name}\u0001${type[0]}${String(value)}`;
    else return null;
  }
  return id;
}

/**
 * `t` that remembers what it returned. An instance's messages never change (cachedI18n) and a text
 * depends only on the key and its options (interpolated values, count, context), so the same call
 * gives the same text; i18next's own `t` copies its whole options object on every call, which was
 * ~8 % of a home page render (~150 cards, each with a price, a badge, …).
 */
function remembered(t: TFunction): TFunction {
  const translate = t as unknown as (key: unknown, options?: unknown, ...rest: unknown[]) => unknown;
  const texts = new Map<string, unknown>();
  const rememberingT = (key: unknown, options?: unknown, ...rest: unknown[]) => {
    const id =
      typeof key !== "string" || rest.length > 0 ? null : options === undefined ? key : typeof options === "object" && options !== null && !Array.isArray(options) ? callKey(key, options as Interpolations) : null;
    if (id === null) return translate(key, options, ...rest);
    if (texts.has(id)) return texts.get(id);
    const text = translate(key, options);
    if (texts.size >= MAX_REMEMBERED) texts.clear();
    texts.set(id, text);
    return text;
  };
  return rememberingT as unknown as TFunction;
}

/** Translations for `locale` from the namespaces in `messages` (the root loader sends the page's area's). */
export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Dictionaries; children: ReactNode }) {
  // The same dictionary object gives the same instance (the root loader reuses one per language
  // and area), so a server render does not build and initialise an i18next instance per request.
  const translations = useMemo(() => translationsOf(locale, cachedI18n(locale, messages)), [locale, messages]);
  return <TranslationsContext.Provider value={translations}>{children}</TranslationsContext.Provider>;
}

/**
 * `const { t } = useT("auth")` — translations for the visitor's language.
 *
 * Not react-i18next's `useTranslation`: that copies every property of the i18next instance into a
 * new wrapper object and asks for a new fixed `t` for each component it renders on the server
 * (bench/README.md, storefront under load: ~9 % of a home render, for ~150 cards' `useT`). The
 * language only changes with a new instance (a new dictionary from the root loader), which this
 * context hands down, so a `t` per instance and namespace is enough.
 */
export function useT(ns: Namespace = "common"): Translation {
  const translations = useContext(TranslationsContext);
  if (!translations) throw new Error("useT needs an I18nProvider above it");
  let translation = translations.byNamespace.get(ns);
  if (!translation) {
    const { locale, i18n } = translations;
    translation = { t: remembered(i18n.getFixedT(locale, ns)), i18n, ready: true };
    translations.byNamespace.set(ns, translation);
  }
  return translation;
}

// i18next instances, the same on server and client. Only the visitor's
// language's messages travel to the browser (through the root loader).
import i18next, { type i18n as I18n, type Resource, type TFunction } from "i18next";
import { DEFAULT_LOCALE, resources, type Locale, type Namespace } from "./config";

/** Some namespaces of one language's dictionary (the root loader sends the page's area's). */
export type Dictionaries = Partial<Record<Namespace, object>>;

/**
 * An instance for `locale` with the given namespaces. `messages` is required: a default of
 * `resources[locale]` would put every dictionary of both languages into the browser's bundle
 * (bench/README.md, page weight); server code passes them through getFixedT.
 */
export function createI18n(locale: Locale, messages: Dictionaries): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    resources: { [locale]: messages } as unknown as Resource,
    ns: Object.keys(messages),
    defaultNS: "common",
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

const byMessages = new WeakMap<Dictionaries, Map<Locale, I18n>>();

/**
 * The instance for this dictionary object, made once: the root loader hands every request of a
 * language and area the same object, so server renders share one initialised instance instead of
 * building one per request (nothing changes an instance's language or resources after init). In the
 * browser a new dictionary (after ?lang=…) is a new object, hence a new instance.
 */
export function cachedI18n(locale: Locale, messages: Dictionaries): I18n {
  let byLocale = byMessages.get(messages);
  if (!byLocale) {
    byLocale = new Map();
    byMessages.set(messages, byLocale);
  }
  let instance = byLocale.get(locale);
  if (!instance) {
    instance = createI18n(locale, messages);
    byLocale.set(locale, instance);
  }
  return instance;
}

const fixed = new Map<string, TFunction>();

/** A translation function for server code (loaders, actions, emails, API errors). */
export function getFixedT(locale: Locale, ns: string = "common"): TFunction {
  const key = `${locale}:${ns}`;
  let t = fixed.get(key);
  if (!t) {
    t = cachedI18n(locale, resources[locale]).getFixedT(locale, ns);
    fixed.set(key, t);
  }
  return t;
}

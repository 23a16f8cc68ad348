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

const cache = new Map<Locale, I18n>();

/** A translation function for server code (loaders, actions, emails, API errors). */
export function getFixedT(locale: Locale, ns: string = "common"): TFunction {
  let instance = cache.get(locale);
  if (!instance) {
    instance = createI18n(locale, resources[locale]);
    cache.set(locale, instance);
  }
  return instance.getFixedT(locale, ns);
}

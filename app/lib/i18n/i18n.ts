// i18next instances, the same on server and client. Only the visitor's
// language's messages travel to the browser (through the root loader).
import i18next, { type i18n as I18n, type Resource, type TFunction } from "i18next";
import { DEFAULT_LOCALE, resources, type Locale, type Messages } from "./config";

export function createI18n(locale: Locale, messages: Messages = resources[locale]): I18n {
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
    instance = createI18n(locale);
    cache.set(locale, instance);
  }
  return instance.getFixedT(locale, ns);
}

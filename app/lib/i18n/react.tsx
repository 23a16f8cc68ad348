import { useMemo, type ReactNode } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import type { Locale, Namespace } from "./config";
import { createI18n, type Dictionaries } from "./i18n";

/** Translations for `locale` from the namespaces in `messages` (the root loader sends the page's area's). */
export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Dictionaries; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(locale, messages), [locale, messages]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/** `const { t } = useT("auth")` — translations for the visitor's language. */
export function useT(ns: Namespace = "common") {
  return useTranslation(ns);
}
